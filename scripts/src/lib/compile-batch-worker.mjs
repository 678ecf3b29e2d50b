// A worker thread of emit-validators (see compileBatchesInWorkers): compiles each batch of
// schemas it is sent and answers with its code. Plain JavaScript, because a worker starts without
// the TypeScript loader of the thread that made it (tsx, or vitest's).
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { compileBatch } = await import("./compile-batch.ts");
parentPort.on("message", (batch) => {
  try {
    parentPort.postMessage({ code: compileBatch(batch) });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
