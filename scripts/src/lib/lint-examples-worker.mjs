// The worker thread of lintExamplesInWorker (lint-examples.ts): plain JavaScript, because a
// worker starts without the TypeScript loader of the thread that made it (tsx, or vitest's).
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { lintExamples } = await import("./lint-examples.ts");
const { rootFile, configPath, cwd, exampleRenewal } = workerData;
try {
  parentPort.postMessage({ problems: await lintExamples(rootFile, configPath, cwd, exampleRenewal) });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
