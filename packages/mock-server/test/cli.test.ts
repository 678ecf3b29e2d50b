import { spawn } from "node:child_process";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

test("the CLI prints its URL and credentials, serves the endpoint, and stops on SIGTERM", async () => {
  const child = spawn(
    process.execPath,
    [cli, "--port", "0", "--api-key", "k1", "--api-secret", "s1", "--max-body-bytes", "64"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let out = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+\/v1)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  expect(out).toContain("API key 'k1', API secret 's1'");
  const res = await fetch(`${url}/workflows/wf/run`, {
    method: "PUT",
    headers: { authorization: `Basic ${Buffer.from("k1:s1").toString("base64")}`, "content-type": "application/json" },
    body: "{}",
  });
  expect(res.status).toBe(200);
  const tooLarge = await fetch(`${url}/workflows/wf/run`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ prompt: "x".repeat(52) }),
  });
  expect(tooLarge.status).toBe(413);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  expect(await exited).toBe(0);
});

test.each([[["--port", "x"]], [["--nope"]], [["--max-body-bytes", "-1"]]])(
  "bad arguments %j exit 2 with usage",
  async (args) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => (err += chunk));
    const code = await new Promise((resolve) => child.once("exit", resolve));
    expect(code).toBe(2);
    expect(err).toContain("usage: scenario-mock-server");
  },
);

/** Runs the CLI to its exit; `stdout` is the listening banner when it started. */
async function runCli(args: string[]): Promise<{ code: number | null; err: string }> {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let err = "";
  child.stderr.on("data", (chunk: Buffer) => (err += chunk));
  // A CLI that did start is stopped once it says so: the test is about the ones that must not.
  child.stdout.on("data", (chunk: Buffer) => {
    if (String(chunk).includes("listening on")) child.kill("SIGTERM");
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { code, err };
}

test.each([
  [["--port", "99999"], /^--port must be a whole number from 0 to 65535, got '99999'\n/],
  [["--port=-1"], /^--port must be a whole number from 0 to 65535/],
  [["--rate-limit", "5", "--rate-window-ms", "0"], /^--rate-window-ms must be a whole number from 1 to /],
  [["--latency-ms", "99999999999"], /^--latency-ms must be a whole number from 0 to 2147483647/],
])("out-of-range %j: one line and the usage, exit 2, no stack", async (args, message) => {
  const { code, err } = await runCli(args);
  expect(code).toBe(2);
  expect(err).toMatch(message);
  expect(err).not.toMatch(/\n\s+at /);
});

test("a port in use: one line naming the port, exit 2, no stack", async () => {
  const holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = holder.address() as AddressInfo;
    const { code, err } = await runCli(["--port", String(port)]);
    expect(code).toBe(2);
    expect(err).toBe(
      `scenario-mock-server: port ${port} on 127.0.0.1 is already in use: stop what holds it or pick another --port\n`,
    );
  } finally {
    await new Promise((resolve) => holder.close(resolve));
  }
});
