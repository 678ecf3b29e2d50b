import { fork } from "node:child_process";
import axios from "axios";
import { Agent } from "undici";
import createClient from "openapi-fetch";
import type { paths } from "@scenario-api/types";
import { createScenarioClient } from "@scenario-api/client";
import { responseValidators } from "@scenario-api/client/validate";
import { perRoundRatio, roundSamples, summarize, type Stat } from "./measure.ts";
import { target, type Row, type Section, type Target } from "./report.ts";

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
  // Node's own fetch with undici's per-connection timeouts instead of an abort signal: time to
  // the headers, and idle time between body chunks (not the attempt as a whole).
  const timeouts = new Agent({ headersTimeout: 60_000, bodyTimeout: 60_000 });
  // One timer for every request in flight, sweeping their deadlines each second.
  const deadlines = new Map<AbortController, number>();
  const sweeper = setInterval(() => {
    const now = performance.now();
    for (const [controller, deadline] of deadlines) if (deadline <= now) controller.abort();
  }, 1000);
  sweeper.unref();
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
    // Logging at debug to a logger that drops the entries: the client's cost of building them, not a sink's.
    const drop = () => {};
    const silent = createScenarioClient({ apiKey: KEY, apiSecret: SECRET, baseUrl: server.baseUrl, logLevel: "off" });
    const logged = createScenarioClient({
      apiKey: KEY,
      apiSecret: SECRET,
      baseUrl: server.baseUrl,
      logLevel: "debug",
      logger: { error: drop, warn: drop, info: drop, debug: drop },
    });
    const plain = createClient<paths>({ baseUrl: server.baseUrl, headers: { authorization } });
    // Raw fetch, the JSON answer read; `init` adds what bounds the attempt.
    const put = (init: RequestInit = {}) =>
      fetch(url, { method: "PUT", headers, body: JSON.stringify(body), ...init }).then((r) => r.json());
    const contenders = {
      "raw fetch": () => put(),
      // What any client with a per-attempt timeout pays: the same fetch with an abort signal and a timer.
      "raw fetch + timeout signal": async () => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), 60_000);
        try {
          return await put({ signal: controller.signal });
        } finally {
          clearTimeout(timer);
        }
      },
      // The per-attempt timeout alternatives (#14). A shared, never-aborted signal is not among them:
      // undici adds a listener to it per request, 1,500 of them warn (MaxListenersExceededWarning).
      // Racing the fetch against a timer, with no signal, bounds the caller's wait but not the
      // connection, which stays open until the server answers: not a timeout of the attempt.
      "raw fetch + AbortSignal.timeout": () => put({ signal: AbortSignal.timeout(60_000) }),
      "raw fetch + one shared timer": async () => {
        const controller = new AbortController();
        deadlines.set(controller, performance.now() + 60_000);
        try {
          return await put({ signal: controller.signal });
        } finally {
          deadlines.delete(controller);
        }
      },
      // undici's own option of Node's fetch, not in the DOM's RequestInit.
      "raw fetch + undici dispatcher timeouts": () => put({ dispatcher: timeouts } as RequestInit),
      "client.workflows.run (ours)": () => ours.workflows.run("wf_bench", body),
      // Opt-in costs, against the line above: the schema check of each answer, and the raw answer kept.
      "ours, validateResponses": () => validated.workflows.run("wf_bench", body),
      "ours, .withResponse()": () => ours.workflows.run("wf_bench", body).withResponse(),
      // Logging is off by default (the line "ours" above); at debug every attempt builds an entry.
      "ours, logLevel off (explicit)": () => silent.workflows.run("wf_bench", body),
      "ours, logLevel debug": () => logged.workflows.run("wf_bench", body),
      "plain openapi-fetch PUT": () =>
        plain.PUT("/workflows/{workflowId}/run", { params: { path: { workflowId: "wf_bench" } }, body }),
      "axios.put": () => axios.put(url, body, { headers }).then((r) => r.data),
    };
    const rows: Row[] = [];
    const ratios: Record<string, number> = {};
    const targets: Target[] = [];
    for (const [mode, total, concurrency] of [
      ["sequential", 600, 1],
      ["64 concurrent", 4000, 64],
    ] as const) {
      const cpu = Object.fromEntries(Object.keys(contenders).map((name) => [name, [] as number[]]));
      const samples = await roundSamples(
        Object.fromEntries(
          Object.entries(contenders).map(([name, send]) => [
            name,
            () => throughput(send, total, concurrency, cpu[name]!),
          ]),
        ),
        { warmup: 1, count: 5 },
      );
      const stats: Record<string, Stat> = Object.fromEntries(
        Object.entries(samples).map(([name, kept]) => [name, summarize(kept)]),
      );
      const base = stats["raw fetch"]!;
      // Both figures of each ratio come from the same round.
      const ours = samples["client.workflows.run (ours)"]!;
      targets.push(
        target(`ours vs raw fetch, ${mode}`, "≥ 0.95×", perRoundRatio(ours, samples["raw fetch"]!), (r) => r >= 0.95),
        target(
          `ours vs raw fetch with the same timeout signal, ${mode}`,
          "≥ 1.00×",
          perRoundRatio(ours, samples["raw fetch + timeout signal"]!),
          (r) => r >= 1,
        ),
      );
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
    const versusOurs = (mode: string, name: string) =>
      ratios[`${mode}: ${name}`]! / ratios[`${mode}: client.workflows.run (ours)`]!;
    return {
      title: "1. Client overhead against one node:http server on 127.0.0.1 (reference response example), requests/s",
      baseline: "raw fetch",
      rows,
      targets,
      notes: [
        "Each round runs every client in turn (rotating order); the server is a separate process.",
        `Against ours unvalidated, validateResponses is ${versusOurs("sequential", "ours, validateResponses").toFixed(2)}× sequential and ${versusOurs("64 concurrent", "ours, validateResponses").toFixed(2)}× at 64 concurrent; .withResponse() is ${versusOurs("sequential", "ours, .withResponse()").toFixed(2)}× and ${versusOurs("64 concurrent", "ours, .withResponse()").toFixed(2)}× (the default path only keeps a reference to the answer).`,
        `Logging, against raw fetch (sequential, 64 concurrent): off ${ratios["sequential: ours, logLevel off (explicit)"]!.toFixed(2)}×, ${ratios["64 concurrent: ours, logLevel off (explicit)"]!.toFixed(2)}×; debug ${ratios["sequential: ours, logLevel debug"]!.toFixed(2)}×, ${ratios["64 concurrent: ours, logLevel debug"]!.toFixed(2)}× (against ours by default: ${versusOurs("sequential", "ours, logLevel debug").toFixed(2)}×, ${versusOurs("64 concurrent", "ours, logLevel debug").toFixed(2)}×).`,
        `The per-attempt timeout alternatives against raw fetch (sequential, 64 concurrent): ${[
          "raw fetch + timeout signal",
          "raw fetch + AbortSignal.timeout",
          "raw fetch + one shared timer",
          "raw fetch + undici dispatcher timeouts",
        ]
          .map(
            (name) =>
              `${name.replace("raw fetch + ", "")} ${ratios[`sequential: ${name}`]!.toFixed(2)}×, ${ratios[`64 concurrent: ${name}`]!.toFixed(2)}×`,
          )
          .join(
            "; ",
          )}. The dispatcher's timeouts bound the wait for the headers and each gap between body chunks, not the attempt as a whole, and need undici's Agent (Node only).`,
      ],
    };
  } finally {
    server.stop();
    clearInterval(sweeper);
    await timeouts.close();
  }
}
