import { spawn } from "node:child_process";
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
