// A page's module script: the test calls `runPlan` through the page.
import { runPlan } from "./run-plan.js";

(globalThis as { runPlan?: typeof runPlan }).runPlan = runPlan;
