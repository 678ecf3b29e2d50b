import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { requiredTool } from "@scenario-api/scripts/src/lib/required-tool.ts";
import { examples, findPackage, pkgDir, readDistSpec, samplesDir } from "./spec-fixtures.ts";

const spec = readDistSpec();
const { request: requestExample, response: responseExample } = examples(spec);
const API_URL = "https://api.cloud.scenario.com/v1";
const KEY = "test-key";
const SECRET = "test-secret";
const python = "/usr/bin/python3";

interface Received {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A stand-in for the API on 127.0.0.1 that records each request and answers with `answer`. */
async function startApi(
  answer: () => { status: number; body: unknown },
): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      received.push({ method: req.method, url: req.url, headers: req.headers, body });
      const { status, body: out } = answer();
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(out));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, received };
}

/** A sample with the API's base URL pointed at the local server, in a scratch directory. */
function pointedAt(file: string, url: string): string {
  const source = readFileSync(join(samplesDir, file), "utf8");
  expect(source).toContain(API_URL);
  const dir = mkdtempSync(join(tmpdir(), "docs-sample-"));
  const out = join(dir, file);
  writeFileSync(out, source.replaceAll(API_URL, url));
  return out;
}

function run(
  cmd: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: options.cwd, env: { PATH: process.env.PATH, ...options.env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const basicAuth = `Basic ${Buffer.from(`${KEY}:${SECRET}`).toString("base64")}`;

describe("the curl sample", () => {
  const missing =
    existsSync("/usr/bin/curl") && existsSync("/bin/bash") ? undefined : "/usr/bin/curl or /bin/bash is missing";
  const runIt = requiredTool("curl sample", missing);

  test("is valid shell (bash -n)", () => {
    expect(spawnSync("bash", ["-n", join(samplesDir, "curl.sh")], { encoding: "utf8" }).stderr).toBe("");
  });

  test.skipIf(!runIt)(
    "sends PUT with basic auth from both env variables, JSON content type and the example body",
    async () => {
      const api = await startApi(() => ({ status: 200, body: responseExample }));
      try {
        const result = await run("bash", [pointedAt("curl.sh", api.url)], {
          env: {
            WORKFLOW_ID: "workflow_9pQm2xV4kT7sLr1Hb3Nc",
            SCENARIO_SDK_API_KEY: KEY,
            SCENARIO_SDK_API_SECRET: SECRET,
          },
        });
        expect(result.code, result.stderr).toBe(0);
        expect(JSON.parse(result.stdout)).toEqual(responseExample);
        expect(api.received).toHaveLength(1);
        const [req] = api.received;
        expect(req!.method).toBe("PUT");
        expect(req!.url).toBe("/v1/workflows/workflow_9pQm2xV4kT7sLr1Hb3Nc/run");
        // The reference page's sample reads "$SCENARIO_SDK_API_KEY:SCENARIO_SDK_API_SECRET",
        // which would send the literal text as the password.
        expect(req!.headers.authorization).toBe(basicAuth);
        expect(req!.headers["content-type"]).toBe("application/json");
        expect(JSON.parse(req!.body)).toEqual(requestExample);
      } finally {
        api.server.close();
      }
    },
  );
});

describe("the Python sample", () => {
  test("compiles (python3 -m py_compile)", ({ skip }) => {
    const missing = existsSync(python) ? undefined : `${python} is missing`;
    if (!requiredTool("Python sample syntax", missing)) skip();
    const out = join(mkdtempSync(join(tmpdir(), "docs-pyc-")), "python.pyc");
    const result = spawnSync(
      python,
      [
        "-c",
        "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)",
        join(samplesDir, "python.py"),
        out,
      ],
      { encoding: "utf8" },
    );
    expect(result.status, result.stderr).toBe(0);
  });

  // It validates with the Python package scenario-api-schemas (packages/schemas-python), put on
  // the path as its sources: the wheel's own tests install it the way pip does.
  const schemasPython = findPackage("@scenario-api/schemas-python");
  const pythonPath = schemasPython && join(schemasPython, "src");
  const imports = existsSync(python)
    ? spawnSync(python, ["-c", "import requests, jsonschema"], { encoding: "utf8" })
    : undefined;
  const missing =
    imports?.status !== 0
      ? `${python} cannot import requests and jsonschema (Debian: python3-requests python3-jsonschema)`
      : !pythonPath || !existsSync(join(pythonPath, "scenario_api_schemas/__init__.py"))
        ? "@scenario-api/schemas-python (src/scenario_api_schemas) does not resolve from packages/docs"
        : undefined;
  const runIt = requiredTool("Python sample against a local API", missing);
  const projectDir = mkdtempSync(join(tmpdir(), "docs-python-"));
  const env = {
    SCENARIO_SDK_API_KEY: KEY,
    SCENARIO_SDK_API_SECRET: SECRET,
    PYTHONPATH: pythonPath ?? "",
    PYTHONDONTWRITEBYTECODE: "1",
  };

  let api: Awaited<ReturnType<typeof startApi>>;
  let answer: { status: number; body: unknown } = { status: 200, body: responseExample };
  beforeAll(async () => {
    api = await startApi(() => answer);
  });
  afterAll(() => api.server.close());

  test.skipIf(!runIt)(
    "sends the run with basic auth and the example body, and accepts the reference response",
    async () => {
      answer = { status: 200, body: responseExample };
      const result = await run(python, [pointedAt("python.py", api.url)], {
        cwd: projectDir,
        env,
      });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(responseExample.job.jobId);
      const req = api.received.at(-1)!;
      expect(req.method).toBe("PUT");
      expect(req.url).toBe("/v1/workflows/workflow_9pQm2xV4kT7sLr1Hb3Nc/run");
      expect(req.headers.authorization).toBe(basicAuth);
      expect(JSON.parse(req.body)).toEqual(requestExample);
    },
  );

  test.skipIf(!runIt)("rejects a response whose job status is not one of the documented ones", async () => {
    answer = { status: 200, body: { ...responseExample, job: { ...responseExample.job, status: "exploded" } } };
    const result = await run(python, [pointedAt("python.py", api.url)], {
      cwd: projectDir,
      env,
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/ValidationError[\s\S]*exploded/);
  });
});

describe("the TypeScript sample type-checks against @scenario-api/client (tsc --noEmit, strict, node16)", () => {
  const clientDir = findPackage("@scenario-api/client");
  const missing = clientDir
    ? undefined
    : "@scenario-api/client does not resolve from packages/docs (it is built by its own package)";
  const runIt = requiredTool("TypeScript sample type-check", missing);
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

  test.skipIf(!runIt)("samples/typescript.ts compiles", () => {
    const result = spawnSync(process.execPath, [tsc, "-p", join(samplesDir, "tsconfig.json")], { encoding: "utf8" });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  test.skipIf(!runIt)("the same check rejects a misspelled job field (the check can fail)", () => {
    // Inside the package so that node_modules and the "type": "module" scope resolve as for the sample.
    mkdirSync(join(pkgDir, "node_modules"), { recursive: true });
    const dir = mkdtempSync(join(pkgDir, "node_modules", ".typecheck-"));
    try {
      const source = readFileSync(join(samplesDir, "typescript.ts"), "utf8");
      expect(source).toContain("job.jobId");
      writeFileSync(join(dir, "typescript.ts"), source.replace("job.jobId", "job.jobIdd"));
      writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
      writeFileSync(
        join(dir, "tsconfig.json"),
        JSON.stringify({
          extends: join(samplesDir, "tsconfig.json"),
          compilerOptions: { typeRoots: [join(findPackage("@types/node")!, "..")] },
          files: ["./typescript.ts"],
        }),
      );
      const result = spawnSync(process.execPath, [tsc, "-p", join(dir, "tsconfig.json")], { encoding: "utf8" });
      expect(result.status).not.toBe(0);
      expect(result.stdout).toMatch(/typescript\.ts\(\d+,\d+\): error TS\d+: .*jobIdd/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the sample uses the client's documented entry points", () => {
    const source = readFileSync(join(samplesDir, "typescript.ts"), "utf8");
    expect(source).toMatch(/import \{ createScenarioClient, ScenarioApiError \} from "@scenario-api\/client";/);
    expect(source).toContain("client.workflows.run(");
  });
});
