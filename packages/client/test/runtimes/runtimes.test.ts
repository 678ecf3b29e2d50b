// The contract table (contract.ts) run in every runtime people call the API from, each through
// the built client. One launch per runtime runs every case; each case then checks its own outcome.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, test } from "vitest";
import { startMockServer, type MockServer, type ScenarioReply } from "@scenario-api/mock-server";
import { requiredTool } from "@scenario-api/scripts/src/lib/required-tool.ts";
import { freePort } from "../servers.js";
import { contract, KEY, SECRET, type CaseContext } from "./contract.js";
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
      planned.push({ name: c.name, call: c.call(ctx) });
    }
    try {
      results = await runtime.run(planned, { SCENARIO_SDK_API_KEY: KEY, SCENARIO_SDK_API_SECRET: SECRET });
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
});
