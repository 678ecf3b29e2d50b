// The contract table (contract.ts) run in every runtime people call the API from, each through
// the built client. One launch per runtime runs every case; each case then checks its own outcome.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startMockServer, type MockServer, type ScenarioReply } from "@scenario-api/mock-server";
import { requiredTool } from "@scenario-api/scripts/src/lib/required-tool.ts";
import { freePort } from "../servers.js";
import { contract, CREDENTIALS, KEY, SECRET, type CaseContext } from "./contract.js";
import { launchers } from "./launchers.js";
import type { Results } from "./plan.js";

/** A gate per case: GET /<case index> answers once that case's gate is opened. */
async function startGates() {
  const waiting = new Map<string, ServerResponse[]>();
  const opened = new Set<string>();
  const answer = (res: ServerResponse) =>
    res.writeHead(200, { "access-control-allow-origin": "*", "content-type": "text/plain" }).end("open");
  const server = createServer((req, res) => {
    const id = req.url ?? "";
    if (opened.has(id)) answer(res);
    else waiting.set(id, [...(waiting.get(id) ?? []), res]);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (id: string) => `${base}${id}`,
    open(id: string) {
      opened.add(id);
      for (const res of waiting.get(id) ?? []) answer(res);
      waiting.delete(id);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe.each(launchers)("$name", (runtime) => {
  const available = requiredTool(`the client in ${runtime.name}`, runtime.missing());
  const mocks: MockServer[] = [];
  let results: Results = {};
  let release: (reply: ScenarioReply) => void = () => {};
  let closeGates = async () => {};

  beforeAll(async () => {
    if (!available) return;
    const gates = await startGates();
    closeGates = gates.close;
    // Held requests are let go (hung up) when the runtime is done: servers that never answer.
    const never = new Promise<ScenarioReply>((resolve) => (release = resolve));
    const refusedUrl = `http://127.0.0.1:${await freePort()}/v1`;
    const planned = [];
    for (const [i, c] of contract.entries()) {
      const gate = `/${i}`;
      const partial = { refusedUrl, gateUrl: gates.url(gate), openGate: () => gates.open(gate), never };
      const mock = await startMockServer({ credentials: { apiKey: KEY, apiSecret: SECRET }, ...c.mock?.(partial) });
      mocks.push(mock);
      const ctx: CaseContext = { ...partial, mockUrl: mock.url };
      const call = c.call(ctx);
      // Logging at debug in every case: from the environment where the runtime has one, else the option.
      if (runtime.logLevelFrom === "logLevel") call.client.logLevel = "debug";
      planned.push({ name: c.name, call });
    }
    try {
      results = await runtime.run(planned, {
        SCENARIO_SDK_API_KEY: KEY,
        SCENARIO_SDK_API_SECRET: SECRET,
        SCENARIO_LOG: "debug",
      });
    } finally {
      release({ hangUp: true });
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all(mocks.map((m) => m.close()));
    await closeGates();
  });

  test.skipIf(!available).each(contract.map((c, i) => [c.name, i] as const))("%s", (name, i) => {
    const outcome = results[name];
    if (!outcome) throw new Error(`${runtime.name} reported nothing for "${name}"`);
    contract[i]!.check(outcome, mocks[i]!.requests, runtime);
  });

  // Every path of send() the contract takes (success, 401, retries, timeout, abort, refused and
  // dropped connections, both call paths) logged at debug: an entry per attempt, no credential in any.
  test.skipIf(!available)("logs at debug: an entry per attempt where logging is on, no credential in any entry", () => {
    const outcomes = contract.map((c) => results[c.name]!);
    const logs = outcomes.flatMap((o) => o?.logs ?? []);
    const printed = JSON.stringify(logs);
    for (const secret of CREDENTIALS) expect(printed).not.toContain(secret);
    expect(printed.toLowerCase()).not.toContain("authorization");
    if (!runtime.logLevelFrom) return expect(logs).toEqual([]);
    // Each case that sent a request logged its first attempt; each failure logged its error.
    outcomes.forEach((o, i) => {
      const sent = mocks[i]!.requests.length > 0 || (o.fetches ?? 0) > 0;
      if (sent) expect(o.logs.some(([l, m, f]) => l === "debug" && m === "attempt" && f.attempt === 1)).toBe(true);
      if (!o.ok && sent) expect(o.logs.at(-1)?.slice(0, 2)).toEqual(["error", "request failed"]);
    });
  });
});
