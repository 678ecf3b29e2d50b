// The worker thread of bundle-spec's example rules (see bundleSpec): plain JavaScript, because a
// worker starts without the TypeScript loader of the thread that made it (tsx, or vitest's).
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { lintExamples } = await import("../bundle-spec.ts");
const { rootFile, configPath, cwd, exampleRenewal } = workerData;
try {
  parentPort.postMessage({ problems: await lintExamples(rootFile, configPath, cwd, exampleRenewal) });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
