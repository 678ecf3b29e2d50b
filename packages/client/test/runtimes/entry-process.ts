// Node, Bun and Deno: the plan is the first argument, the results go to stdout as one JSON line.
import { runPlan } from "./run-plan.js";

declare const Deno: { args: string[] } | undefined;

const plan = typeof Deno !== "undefined" ? Deno.args[0] : process.argv[2];
console.log(JSON.stringify(await runPlan(JSON.parse(plan ?? "[]"))));
