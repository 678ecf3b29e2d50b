/**
 * The worker pool of emit-validators: `compileBatch` over many batches, spread over threads.
 * Today's spec is one batch, which compiles in this thread alone (no worker starts); the pool
 * pays at hundreds of schemas (bench).
 */
import { Worker } from "node:worker_threads";
import { compileBatch } from "./compile-batch.ts";
import type { SchemaObject } from "./schema-tree.ts";

/**
 * The code of each batch, in batch order, compiled by `width` threads: this one and
 * `width - 1` workers (compile-batch-worker.mjs), never more threads than batches.
 */
export async function compileBatchesInWorkers(
  batches: Array<Record<string, SchemaObject>>,
  width: number,
): Promise<string[]> {
  const codes: string[] = new Array(batches.length);
  let next = 0;
  let failed = false;
  // Takes the batches left, one at a time, yielding between them so that a worker asking for
  // its next batch is answered; the first batches are done here while the workers start.
  const here = async () => {
    while (next < batches.length && !failed) {
      const index = next++;
      try {
        codes[index] = compileBatch(batches[index]!);
      } catch (error) {
        failed = true;
        throw error;
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const worker = () =>
    new Promise<void>((resolve, reject) => {
      const thread = new Worker(new URL("./compile-batch-worker.mjs", import.meta.url));
      let stopped = false;
      const stop = (settle: () => void) => {
        stopped = true;
        thread.terminate().then(settle, reject);
      };
      // No batch is handed out after a failure: the other threads end with the batch they hold.
      const fail = (error: Error) => {
        failed = true;
        stop(() => reject(error));
      };
      const send = () => {
        if (next >= batches.length || failed) return stop(resolve);
        const index = next++;
        thread.once("message", (answer: { code: string } | { error: string }) => {
          if ("error" in answer) return fail(new Error(answer.error));
          codes[index] = answer.code;
          send();
        });
        thread.postMessage(batches[index]);
      };
      thread.once("error", fail);
      // A thread that ends on its own (not stopped here) would leave its batch without code.
      thread.once("exit", (code) => {
        if (!stopped) fail(new Error(`a compile-batch worker ended with ${code} before answering`));
      });
      thread.once("online", send);
    });
  const workers = Math.min(width, batches.length) - 1;
  await Promise.all([here(), ...Array.from({ length: workers }, worker)]);
  return codes;
}
