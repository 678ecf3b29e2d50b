// An application's calls, written once against today's spec, made with the client against the
// mock server, both as built from a scratch copy (run with tsx; its tsconfig maps the packages
// to the copy's sources). Then the row's probes, raw requests with the statuses it expects.
// Prints one JSON object: { calls: [{ what, error? }], probes: [{ what, status }] }.
import { readFileSync } from "node:fs";
import { DEFAULT_CREDENTIALS, startMockServer } from "@scenario-api/mock-server";

// tsup defines the client's version when it bundles it; its sources, run as they are, need it set.
(globalThis as { __VERSION__?: string }).__VERSION__ = "0.0.0-evolution";
const { createScenarioClient } = await import("@scenario-api/client");

interface Probe {
  what: string;
  query?: Record<string, string>;
  body: unknown;
}

const probes = JSON.parse(readFileSync(process.argv[2] ?? "", "utf8")) as Probe[];
const mock = await startMockServer();
const { apiKey, apiSecret } = DEFAULT_CREDENTIALS;
const client = createScenarioClient({ apiKey, apiSecret, baseUrl: mock.url, maxRetries: 0 });
const id = "workflow_9pQm2xV4kT7sLr1Hb3Nc";
const calls: Array<[string, () => Promise<unknown>]> = [
  ["the README's run", () => client.workflows.run(id, { prompt: "a lighthouse" })],
  [
    "a run in a project",
    () => client.workflows.run(id, { prompt: "a lighthouse", numSamples: 2 }, { projectId: "proj_1" }),
  ],
  ["an estimate", () => client.workflows.estimate(id, { prompt: "a lighthouse" })],
];
const out: { calls: Array<{ what: string; error?: string }>; probes: Array<{ what: string; status: number }> } = {
  calls: [],
  probes: [],
};
for (const [what, call] of calls) {
  try {
    await call();
    out.calls.push({ what });
  } catch (error) {
    out.calls.push({ what, error: error instanceof Error ? error.message : String(error) });
  }
}
const auth = `Basic ${Buffer.from(`${apiKey}:${apiSecret}`).toString("base64")}`;
for (const probe of probes) {
  const url = `${mock.url}/workflows/${id}/run?${new URLSearchParams(probe.query ?? {})}`;
  const res = await fetch(url, {
    method: "PUT",
    headers: { authorization: auth, "content-type": "application/json" },
    body: JSON.stringify(probe.body),
  });
  await res.arrayBuffer();
  out.probes.push({ what: probe.what, status: res.status });
}
await mock.close();
process.stdout.write(JSON.stringify(out));
