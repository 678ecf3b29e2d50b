import { fork } from "node:child_process";
import axios from "axios";
import createClient from "openapi-fetch";
import type { paths } from "@scenario-api/types";
import { createScenarioClient } from "@scenario-api/client";
import { responseValidators } from "@scenario-api/client/validate";
import { rounds, summarize } from "./measure.ts";
import type { Row, Section } from "./report.ts";

const KEY = "bench-key";
const SECRET = "bench-secret";
const body = { prompt: "a lighthouse on a cliff at dusk", numSamples: 2 };

async function startServer(): Promise<{ baseUrl: string; stop: () => void }> {
  const child = fork(new URL("./http-server.mjs", import.meta.url), { stdio: "inherit" });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (m) => resolve((m as { port: number }).port));
    child.once("error", reject);
  });
  return { baseUrl: `http://127.0.0.1:${port}/v1`, stop: () => child.disconnect() };
}

/**
 * Requests per second for `total` requests, `concurrency` at a time. Also pushes this process's
 * CPU time per request (µs) to `cpu`: what the client itself costs, a figure that a busy machine
 * disturbs far less than requests per second (the server is another process).
 */
async function throughput(
  send: () => Promise<unknown>,
  total: number,
  concurrency: number,
  cpu: number[],
): Promise<number> {
  let started = 0;
  const start = performance.now();
  const used = process.cpuUsage();
  const worker = async () => {
    while (started < total) {
      started++;
      await send();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = performance.now() - start;
  const { user, system } = process.cpuUsage(used);
  cpu.push((user + system) / total);
  return (total * 1000) / elapsed;
}

export async function clientOverheadBench(): Promise<Section> {
  const server = await startServer();
  try {
    const url = `${server.baseUrl}/workflows/wf_bench/run`;
    const authorization = `Basic ${Buffer.from(`${KEY}:${SECRET}`).toString("base64")}`;
    const headers = { "content-type": "application/json", accept: "application/json", authorization };
    const ours = createScenarioClient({ apiKey: KEY, apiSecret: SECRET, baseUrl: server.baseUrl });
    const validated = createScenarioClient({
      apiKey: KEY,
      apiSecret: SECRET,
      baseUrl: server.baseUrl,
      validateResponses: responseValidators,
    });
    const plain = createClient<paths>({ baseUrl: server.baseUrl, headers: { authorization } });
    const contenders = {
      "raw fetch": () => fetch(url, { method: "PUT", headers, body: JSON.stringify(body) }).then((r) => r.json()),
      // What any client with a per-attempt timeout pays: the same fetch with an abort signal and a timer.
      "raw fetch + timeout signal": async () => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), 60_000);
        try {
          return await fetch(url, {
            method: "PUT",
            headers,
            body: JSON.stringify(body),
            signal: controller.signal,
          }).then((r) => r.json());
        } finally {
          clearTimeout(timer);
        }
      },
      // The per-attempt timeout alternatives (#14). A shared, never-aborted signal is not among them:
      // undici adds a listener to it per request, 1,500 of them warn (MaxListenersExceededWarning).
      // Racing the fetch against a timer, with no signal, bounds the caller's wait but not the
      // connection, which stays open until the server answers: not a timeout of the attempt.
      "raw fetch + AbortSignal.timeout": () =>
        fetch(url, { method: "PUT", headers, body: JSON.stringify(body), signal: AbortSignal.timeout(60_000) }).then(
          (r) => r.json(),
        ),
      "client.workflows.run (ours)": () => ours.workflows.run("wf_bench", body),
      // Opt-in costs, against the line above: the schema check of each answer, and the raw answer kept.
      "ours, validateResponses": () => validated.workflows.run("wf_bench", body),
      "ours, .withResponse()": () => ours.workflows.run("wf_bench", body).withResponse(),
      "plain openapi-fetch PUT": () =>
        plain.PUT("/workflows/{workflowId}/run", { params: { path: { workflowId: "wf_bench" } }, body }),
      "axios.put": () => axios.put(url, body, { headers }).then((r) => r.data),
    };
    const rows: Row[] = [];
    const ratios: Record<string, number> = {};
    for (const [mode, total, concurrency] of [
      ["sequential", 600, 1],
      ["64 concurrent", 4000, 64],
    ] as const) {
      const cpu = Object.fromEntries(Object.keys(contenders).map((name) => [name, [] as number[]]));
      const stats = await rounds(
        Object.fromEntries(
          Object.entries(contenders).map(([name, send]) => [
            name,
            () => throughput(send, total, concurrency, cpu[name]!),
          ]),
        ),
        { warmup: 1, count: 5 },
      );
      const base = stats["raw fetch"]!;
      for (const [name, stat] of Object.entries(stats)) {
        rows.push({ name: `${mode}: ${name}`, unit: "req/s", stat, ratio: stat.median / base.median });
        ratios[`${mode}: ${name}`] = stat.median / base.median;
      }
      // Each contender's first sample is its warm-up round's.
      const cpuStats = Object.fromEntries(
        Object.entries(cpu).map(([name, samples]) => [name, summarize(samples.slice(1))]),
      );
      for (const [name, stat] of Object.entries(cpuStats)) {
        rows.push({
          name: `${mode}: ${name}, CPU per request`,
          unit: "µs",
          stat,
          ratio: stat.median / cpuStats["raw fetch"]!.median,
        });
      }
    }
    const seq = ratios["sequential: client.workflows.run (ours)"]!;
    const conc = ratios["64 concurrent: client.workflows.run (ours)"]!;
    const versusOurs = (mode: string, name: string) =>
      ratios[`${mode}: ${name}`]! / ratios[`${mode}: client.workflows.run (ours)`]!;
    const signalCost = (mode: string) =>
      ratios[`${mode}: client.workflows.run (ours)`]! / ratios[`${mode}: raw fetch + timeout signal`]!;
    return {
      title: "1. Client overhead against one node:http server on 127.0.0.1 (reference response example), requests/s",
      baseline: "raw fetch",
      rows,
      targets: [
        { name: "ours vs raw fetch, sequential", want: "≥ 0.95×", actual: seq, met: seq >= 0.95 },
        { name: "ours vs raw fetch, 64 concurrent", want: "≥ 0.95×", actual: conc, met: conc >= 0.95 },
      ],
      notes: [
        "Each round runs every client in turn (rotating order); the server is a separate process.",
        `Against ours unvalidated, validateResponses is ${versusOurs("sequential", "ours, validateResponses").toFixed(2)}× sequential and ${versusOurs("64 concurrent", "ours, validateResponses").toFixed(2)}× at 64 concurrent; .withResponse() is ${versusOurs("sequential", "ours, .withResponse()").toFixed(2)}× and ${versusOurs("64 concurrent", "ours, .withResponse()").toFixed(2)}× (the default path only keeps a reference to the answer).`,
        `Against raw fetch with the same timeout signal, ours is ${signalCost("sequential").toFixed(2)}× sequential and ${signalCost("64 concurrent").toFixed(2)}× at 64 concurrent: what remains is the abort signal undici must watch, which any client with a timeout pays.`,
      ],
    };
  } finally {
    server.stop();
  }
}
