/**
 * How compileStandaloneInWorkers hands batches out, in-process. The real worker threads
 * (emit-validators.test.ts) run compile-batch without the active mutant and race this thread, so
 * which thread compiled what, and the failure paths of a thread, are not visible there. Here
 * `Worker` is a stand-in that compiles each batch it is sent with compile-batch in this thread,
 * answering on the next tick: before the next `setImmediate`, where the compile's own loop yields,
 * so the hand-out is the same on any machine. A `$comment` in a schema makes the stand-in fail as
 * a thread can: an `error` event, or an end without an answer.
 */
import { beforeEach, expect, test, vi } from "vitest";
import { compileStandalone, compileStandaloneInWorkers } from "../src/emit-validators.ts";
import type { SchemaObject } from "../src/lib/schema-tree.ts";

const threads = vi.hoisted(() => [] as Array<{ url: string; posted: string[][]; ended: Promise<void> }>);

vi.mock("node:worker_threads", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:worker_threads")>();
  const { EventEmitter } = await import("node:events");
  const { compileBatch } = await import("../src/lib/compile-batch.ts");
  class Worker extends EventEmitter {
    private readonly posted: string[][] = [];
    private end = () => {};
    constructor(url: URL) {
      super();
      threads.push({ url: String(url), posted: this.posted, ended: new Promise((done) => (this.end = done)) });
      process.nextTick(() => this.emit("online"));
    }
    postMessage(batch: Record<string, SchemaObject>): void {
      this.posted.push(Object.keys(batch));
      const comments = Object.values(batch).map((schema) => schema.$comment);
      process.nextTick(() => {
        if (comments.includes("thread error")) return void this.emit("error", new Error("the thread threw"));
        if (comments.includes("thread exit")) return void this.emit("exit", 7);
        try {
          this.emit("message", { code: compileBatch(batch) });
        } catch (error) {
          this.emit("message", { error: (error as Error).message });
        }
      });
    }
    terminate(): Promise<number> {
      process.nextTick(() => this.emit("exit", 1));
      this.end();
      return Promise.resolve(1);
    }
  }
  return { ...real, Worker };
});

beforeEach(() => {
  threads.length = 0;
});

const schema = (name: string, extra: SchemaObject = {}): SchemaObject => ({
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: `https://example.test/2020-12/${name}.json`,
  type: "string",
  ...extra,
});
/** Schemas named `names`, none referring to another: one batch each with a batch size of 1. */
const independent = (...names: string[]) => Object.fromEntries(names.map((name) => [name, schema(name)]));

test.each([
  ["5 batches on 2 threads: this one takes the first, the worker the rest", 5, 2, [[["B"], ["C"], ["D"], ["E"]]]],
  ["3 batches on 8 threads: one worker a batch, none idle", 3, 8, [[["B"]], [["C"]]]],
  [
    "5 batches on 3 threads: the 2 workers take turns",
    5,
    3,
    [
      [["B"], ["D"]],
      [["C"], ["E"]],
    ],
  ],
  ["5 batches on 1 thread: no worker", 5, 1, []],
])("%s, and the same files as compileStandalone", async (_, count, width, posted) => {
  const given = independent(..."ABCDE".slice(0, count));
  expect(await compileStandaloneInWorkers(given, width, 1)).toEqual(compileStandalone(given, 1));
  expect(threads.map((thread) => thread.posted)).toEqual(posted);
  expect(threads.every((thread) => thread.url.endsWith("/src/lib/compile-batch-worker.mjs"))).toBe(true);
});

test("a spec of one batch starts no worker", async () => {
  const given = independent("A", "B", "C");
  expect(await compileStandaloneInWorkers(given, 4, 500)).toEqual(compileStandalone(given, 500));
  expect(threads).toEqual([]);
});

// Three threads: this one compiles A, workers 1 and 2 get B and C; D and E are never handed out.
test.each([
  ["a batch ajv refuses in a worker fails with ajv's message", { tpye: "x" }, /unknown keyword: "tpye"/],
  ["a worker thread that throws fails with its error", { $comment: "thread error" }, /^the thread threw$/],
  [
    "a worker thread that ends without answering fails, saying so",
    { $comment: "thread exit" },
    /^a compile-batch worker ended with 7 before answering$/,
  ],
])("%s, and no batch is handed out after it", async (_, trouble, message) => {
  const given = { ...independent("A", "C", "D", "E"), B: schema("B", trouble) };
  await expect(compileStandaloneInWorkers(given, 3, 1)).rejects.toThrow(message);
  await Promise.all(threads.map((thread) => thread.ended));
  expect(threads.map((thread) => thread.posted)).toEqual([[["B"]], [["C"]]]);
});

test("a batch this thread fails on stops the hand-out: the worker gets none", async () => {
  const given = { A: schema("A", { tpye: "x" }), ...independent("B", "C") };
  await expect(compileStandaloneInWorkers(given, 2, 1)).rejects.toThrow(/unknown keyword: "tpye"/);
  await Promise.all(threads.map((thread) => thread.ended));
  expect(threads.map((thread) => thread.posted)).toEqual([[]]);
});
