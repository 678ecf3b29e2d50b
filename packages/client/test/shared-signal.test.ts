import { getEventListeners } from "node:events";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { ScenarioAbortError } from "@scenario-api/client";
import { callPaths, clientFor, rejection, serve } from "./servers.js";

// One AbortSignal for a batch of calls is the usual way to cancel them together. With a listener
// per call on it, Node printed a false MaxListenersExceededWarning past 10 calls. Counted here
// through process' 'warning' event; the calls are all in flight at once because the server holds
// every answer until it has seen every request.
const CALLS = 25;
let warnings: string[] = [];
const listen = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
beforeEach(() => {
  warnings = [];
  process.on("warning", listen);
});
afterEach(() => {
  process.off("warning", listen);
  vi.useRealTimers();
});

/** Waits until every pending warning (emitted on process.nextTick) has been delivered. */
const warningsDelivered = () => new Promise((resolve) => setImmediate(resolve));

/** A server that answers `answer` to every request once it holds `count` of them. */
async function heldServer(count: number, answer: { status: number; headers?: Record<string, string>; body: string }) {
  const held: Array<() => void> = [];
  const server = await serve((_, res) => {
    held.push(() =>
      res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers }).end(answer.body),
    );
    if (held.length === count) for (const release of held) release();
  });
  return server;
}

describe.each(callPaths)("%s", (_, call) => {
  test(`${CALLS} concurrent calls sharing one signal: no MaxListenersExceededWarning`, async () => {
    const server = await heldServer(CALLS, { status: 200, body: '{"job":{},"workflow":{}}' });
    const client = clientFor(server.url);
    const { signal } = new AbortController();
    await Promise.all(Array.from({ length: CALLS }, () => call(client, { signal })));
    await warningsDelivered();
    expect(server.seen).toHaveLength(CALLS);
    expect(warnings.filter((w) => w.startsWith("MaxListenersExceededWarning"))).toEqual([]);
  });

  test(`aborting the shared signal ends all ${CALLS} calls waiting to retry`, async () => {
    // Fake time never moves: each call waits out its Retry-After until the abort.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const server = await heldServer(CALLS, { status: 429, headers: { "retry-after": "60" }, body: "{}" });
    let answered = 0;
    let allAnswered!: () => void;
    const answers = new Promise<void>((resolve) => (allAnswered = resolve));
    const client = clientFor(server.url, {
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (++answered === CALLS) allAnswered();
        return response;
      },
    });
    const controller = new AbortController();
    let settled = 0;
    const pending = Array.from({ length: CALLS }, () =>
      rejection(call(client, { signal: controller.signal })).finally(() => settled++),
    );
    await answers;
    // What is left after the last answer (up to the wait) is microtasks, all run before this macrotask.
    await warningsDelivered();
    expect(settled).toBe(0);
    controller.abort();
    for (const error of await Promise.all(pending)) expect(error).toBeInstanceOf(ScenarioAbortError);
    expect(server.seen).toHaveLength(CALLS);
    await warningsDelivered();
    expect(warnings.filter((w) => w.startsWith("MaxListenersExceededWarning"))).toEqual([]);
  });
});

test("workflows.run leaves one abort listener on a shared signal however many calls used it", async () => {
  const server = await heldServer(CALLS, { status: 200, body: '{"job":{},"workflow":{}}' });
  const client = clientFor(server.url);
  const { signal } = new AbortController();
  await Promise.all(Array.from({ length: CALLS }, () => client.workflows.run("wf", {}, {}, { signal })));
  expect(getEventListeners(signal, "abort")).toHaveLength(1);
});
