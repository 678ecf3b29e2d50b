import { existsSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { expect, test } from "vitest";
import { startMockServer } from "@scenario-api/mock-server";
import { requiredTool } from "@scenario-api/scripts/src/lib/required-tool.ts";

const CHROMIUM = "/usr/bin/chromium";
const available = requiredTool("client in Chromium", existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is missing (apt-get install chromium)`);

test.skipIf(!available)("in Chromium, from another origin: run, estimate and a typed error, with no process.env", async () => {
  const mock = await startMockServer();
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL("../dist/index.js", import.meta.url))],
    bundle: true,
    format: "esm",
    platform: "browser",
    write: false,
  });
  const page = `<!doctype html><script type="module">
    import { createScenarioClient, NotFoundError } from "/client.js";
    const client = createScenarioClient({ apiKey: "test-key", apiSecret: "test-secret", baseUrl: ${JSON.stringify(mock.url)} });
    const out = { hasProcess: typeof process !== "undefined" };
    out.run = (await client.workflows.run("wf/é")).job.status;
    out.estimate = (await client.workflows.estimate("wf")).estimatedCost;
    try { await client.workflows.run("missing_wf"); } catch (e) { out.error = [e instanceof NotFoundError, e.status, e.requestId?.slice(0, 4)]; }
    out.put = (await client.PUT("/workflows/{workflowId}/run", { params: { path: { workflowId: "wf" } }, body: {} })).data.job.status;
    window.result = out;
  </script>`;
  const site = createServer((req, res) => {
    if (req.url === "/client.js") res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(bundle.outputFiles[0]!.text);
    else res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
  });
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  try {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on("pageerror", (e) => errors.push(e.message));
    // localhost, not 127.0.0.1: another origin than the mock's, so CORS is exercised.
    await tab.goto(`http://localhost:${(site.address() as AddressInfo).port}/`);
    const result = await tab.waitForFunction(() => (window as unknown as { result?: unknown }).result, undefined, { timeout: 10_000 }).then((h) => h.jsonValue());
    expect(errors).toEqual([]);
    expect(result).toEqual({ hasProcess: false, run: "queued", estimate: 12, error: [true, 404, "req_"], put: "queued" });
    expect(mock.requests.map((r) => r.rawUrl)).toEqual([
      "/v1/workflows/wf%2F%C3%A9/run",
      "/v1/workflows/wf/run?dryRun=true",
      "/v1/workflows/missing_wf/run",
      "/v1/workflows/wf/run",
    ]);
    // No User-Agent of ours in a browser: CORS would have to allow it.
    expect(mock.requests[0]!.headers["user-agent"]).not.toContain("scenario-api-client");
  } finally {
    await browser.close();
    site.closeAllConnections();
    site.close();
    await mock.close();
  }
});
