// How each runtime is started with the contract's plan, and what it is expected to differ in.
// Every runtime gets the same run-plan.ts, bundled by esbuild with the client's dist/index.js.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Platform } from "esbuild";
import { EdgeRuntime } from "edge-runtime";
import { chromium } from "playwright-core";
import type { RuntimeFacts } from "./contract.js";
import type { PlannedCase, Results } from "./plan.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const bin = (name: string) => fileURLToPath(new URL(`../../../../node_modules/.bin/${name}`, import.meta.url));

export interface Launcher extends RuntimeFacts {
  name: string;
  /** Why the runtime cannot run here, or undefined when it can. */
  missing(): string | undefined;
  /** Runs the plan in the runtime, with `env` as its environment where it has one. */
  run(cases: PlannedCase[], env: Record<string, string>): Promise<Results>;
}

/** The entry bundled with the client, the way a user's bundler would for that platform. */
async function bundle(entry: string, platform: Platform, format: "esm" | "iife"): Promise<string> {
  const out = await build({
    entryPoints: [join(here, entry)],
    bundle: true,
    platform,
    format,
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return out.outputFiles[0]!.text;
}

/** A child process's stdout, or a failure naming the command and quoting its stderr. */
function output(cmd: string, args: string[], options: { env: Record<string, string> }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`${cmd} ${args[0]} exited with ${code}:\n${stderr}`)),
    );
  });
}

function lastJsonLine(stdout: string): Results {
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as Results;
}

/** Node, Bun and Deno run one ESM file: the plan in, one JSON line out. */
function processRuntime(
  name: string,
  facts: RuntimeFacts,
  command: () => { cmd: string; args: string[]; missing?: string | undefined },
): Launcher {
  return {
    name,
    ...facts,
    missing: () => command().missing,
    async run(cases, env) {
      const dir = mkdtempSync(join(tmpdir(), `scenario-${name.toLowerCase().replace(/\W+/g, "-")}-`));
      try {
        const file = join(dir, "contract.mjs");
        writeFileSync(file, await bundle("entry-process.ts", "neutral", "esm"));
        const { cmd, args } = command();
        // Only PATH from outside (and a HOME of its own): the credentials the runtime sees are the test's.
        const base = {
          PATH: process.env.PATH ?? "",
          HOME: dir,
          DENO_DIR: join(dir, "deno"),
          DENO_NO_UPDATE_CHECK: "1",
          NO_COLOR: "1",
        };
        return lastJsonLine(await output(cmd, [...args, file, JSON.stringify(cases)], { env: { ...base, ...env } }));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

const npmBinary = (name: string, pkg: string) =>
  existsSync(bin(name))
    ? undefined
    : `${bin(name)} is missing (npm ci installs ${pkg}, a devDependency of @scenario-api/client)`;

const ENV_NAMES = "SCENARIO_SDK_API_KEY,SCENARIO_SDK_API_SECRET,SCENARIO_BASE_URL,SCENARIO_LOG";

// Where credentials come from in every runtime that has an environment, and what the error says otherwise.
const fromEnv = {
  missingCredentials: /SCENARIO_SDK_API_SECRET$/,
  retriesRefused: true,
  resendsDroppedRequest: false,
  sendsUserAgent: true,
};
const NO_ENV = /this runtime has no environment variables: pass the options\)$/;

export const node = processRuntime(
  "Node",
  { ...fromEnv, credentialsFrom: "process.env", refused: /ECONNREFUSED/, logLevelFrom: "SCENARIO_LOG" },
  () => ({ cmd: process.execPath, args: [] }),
);

export const bun = processRuntime(
  "Bun",
  { ...fromEnv, credentialsFrom: "Bun.env (process.env)", refused: /ECONNREFUSED/, logLevelFrom: "SCENARIO_LOG" },
  () => ({
    cmd: bin("bun"),
    args: [],
    missing: npmBinary("bun", "bun"),
  }),
);

// The least a user would grant: the network to loopback, and the variables the client reads.
export const deno = processRuntime(
  "Deno",
  { ...fromEnv, credentialsFrom: "Deno.env", refused: /Connection refused/, logLevelFrom: "SCENARIO_LOG" },
  () => ({
    cmd: bin("deno"),
    args: ["run", "--no-prompt", "--allow-net=127.0.0.1", `--allow-env=${ENV_NAMES}`],
    missing: npmBinary("deno", "deno"),
  }),
);

// Without --allow-env the variables are set but unreadable: the error must say which flag is missing.
export const denoWithoutEnv = processRuntime(
  "Deno without --allow-env",
  {
    ...fromEnv,
    credentialsFrom: undefined,
    missingCredentials: /run with --allow-env=SCENARIO_SDK_API_KEY,SCENARIO_SDK_API_SECRET\)$/,
    refused: /Connection refused/,
    // SCENARIO_LOG is set but unreadable: no logs, and no prompt (--no-prompt would fail the run).
    logLevelFrom: undefined,
  },
  () => ({
    cmd: bin("deno"),
    args: ["run", "--no-prompt", "--allow-net=127.0.0.1"],
    missing: npmBinary("deno", "deno"),
  }),
);

/** A server on 127.0.0.1 for the runtimes' pages and files; closed by the returned function. */
async function serve(
  files: Record<string, { type: string; body: string }>,
): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const file = files[req.url ?? ""];
    if (file) res.writeHead(200, { "content-type": file.type }).end(file.body);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const CHROMIUM = "/usr/bin/chromium";

export const browser: Launcher = {
  name: "Chromium",
  credentialsFrom: undefined,
  missingCredentials: NO_ENV,
  refused: /Failed to fetch/,
  // "Failed to fetch" says nothing of how far the request went: not retried.
  retriesRefused: false,
  resendsDroppedRequest: true,
  sendsUserAgent: false,
  logLevelFrom: "logLevel",
  missing: () => (existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is missing (apt-get install chromium)`),
  async run(cases) {
    const site = await serve({
      "/": {
        type: "text/html; charset=utf-8",
        body: '<!doctype html><script type="module" src="/contract.js"></script>',
      },
      "/contract.js": {
        type: "text/javascript; charset=utf-8",
        body: await bundle("entry-browser.ts", "browser", "esm"),
      },
    });
    const instance = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    try {
      const page = await instance.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      // localhost: another origin than the mock's 127.0.0.1, so every call is a CORS request.
      await page.goto(`http://localhost:${site.port}/`);
      await page.waitForFunction(() => "runPlan" in globalThis);
      const results = await page.evaluate(
        (plan) => (globalThis as unknown as { runPlan(p: unknown): Promise<Results> }).runPlan(plan),
        cases,
      );
      if (errors.length > 0) throw new Error(`page errors: ${errors.join("; ")}`);
      return results;
    } finally {
      await instance.close();
      await site.close();
    }
  },
};

export const edge: Launcher = {
  name: "edge-runtime",
  credentialsFrom: undefined,
  missingCredentials: NO_ENV,
  refused: /ECONNREFUSED/,
  retriesRefused: true,
  resendsDroppedRequest: false,
  sendsUserAgent: true,
  logLevelFrom: "logLevel",
  // An npm devDependency imported above: whenever this file loads, it is there.
  missing: () => undefined,
  async run(cases) {
    const runtime = new EdgeRuntime({ initialCode: await bundle("entry-edge.ts", "browser", "iife") });
    const response = await runtime.dispatchFetch("http://edge.localhost/", {
      method: "POST",
      body: JSON.stringify(cases),
    });
    await response.waitUntil();
    return (await response.json()) as Results;
  },
};

/** A workerd config: the worker on 127.0.0.1 (port chosen by workerd), allowed to reach loopback. */
function workerdConfig(env: Record<string, string> | undefined): string {
  // With nodejs_compat (and a compatibility date from 2025-04-01 on), text bindings are also in process.env.
  const compat = env
    ? `compatibilityFlags = ["nodejs_compat"],\n  bindings = [${Object.entries(env)
        .map(([name, text]) => `(name = ${JSON.stringify(name)}, text = ${JSON.stringify(text)})`)
        .join(", ")}],`
    : "";
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    # Workers reach public addresses only by default; the mock is on loopback.
    (name = "loopback", network = (allow = ["local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2025-09-01",
  ${compat}
  globalOutbound = "loopback",
);
`;
}

/** Cloudflare's runtime; with nodejs_compat the environment becomes the worker's text bindings. */
function workerdRuntime(name: string, nodejsCompat: boolean): Launcher {
  return {
    name,
    credentialsFrom: nodejsCompat ? "process.env (text bindings, nodejs_compat)" : undefined,
    missingCredentials: NO_ENV,
    // The same words as for a connection dropped after the request went out: not retried.
    refused: /^Network connection lost\.$/m,
    retriesRefused: false,
    resendsDroppedRequest: false,
    sendsUserAgent: true,
    // With nodejs_compat SCENARIO_LOG would be read too; the contract holds Workers to the option.
    logLevelFrom: "logLevel",
    missing: () => npmBinary("workerd", "workerd"),
    async run(cases, env) {
      const dir = mkdtempSync(join(tmpdir(), "scenario-workerd-"));
      writeFileSync(join(dir, "worker.js"), await bundle("entry-worker.ts", "browser", "esm"));
      writeFileSync(join(dir, "config.capnp"), workerdConfig(nodejsCompat ? env : undefined));
      // workerd says on fd 3 which port it listens on, once it does: no polling, no guessing a port.
      const child = spawn(bin("workerd"), ["serve", join(dir, "config.capnp"), "--control-fd=3"], {
        stdio: ["ignore", "ignore", "pipe", "pipe"],
      });
      let stderr = "";
      child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
      try {
        const port = await new Promise<number>((resolve, reject) => {
          let control = "";
          (child.stdio[3] as NodeJS.ReadableStream).setEncoding("utf8");
          (child.stdio[3] as NodeJS.ReadableStream).on("data", (d: string) => {
            control += d;
            for (const line of control.split("\n").slice(0, -1)) {
              const message = JSON.parse(line) as { event?: string; socket?: string; port?: number };
              if (message.event === "listen" && message.socket === "http" && message.port) resolve(message.port);
            }
          });
          child.on("error", reject);
          child.on("exit", (code) => reject(new Error(`workerd exited with ${code} before listening:\n${stderr}`)));
        });
        const response = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: JSON.stringify(cases) });
        if (!response.ok) throw new Error(`workerd answered ${response.status}: ${await response.text()}\n${stderr}`);
        return (await response.json()) as Results;
      } finally {
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise((resolve) => child.once("exit", resolve));
          child.kill();
          await exited;
        }
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export const workerd = workerdRuntime("workerd", false);
export const workerdNodejsCompat = workerdRuntime("workerd with nodejs_compat", true);

export const launchers: Launcher[] = [node, bun, deno, denoWithoutEnv, workerd, workerdNodejsCompat, edge, browser];
