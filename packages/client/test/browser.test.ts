import { existsSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { expect, test } from "vitest";
import { startMockServer } from "@scenario-api/mock-server";
import { requiredTool } from "@scenario-api/scripts/src/lib/required-tool.ts";
import { serve } from "./servers.js";

const CHROMIUM = "/usr/bin/chromium";
const available = requiredTool(
  "client in Chromium",
  existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is missing (apt-get install chromium)`,
);

/**
 * Runs `script` (a module importing from "/client.js", the ESM entry bundled for the browser) in
 * a page served from localhost, another origin than 127.0.0.1, so CORS is exercised. The script
 * ends by setting `window.result`, which this returns.
 */
async function inChromium(script: string): Promise<unknown> {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL("../dist/index.js", import.meta.url))],
    bundle: true,
    format: "esm",
    platform: "browser",
    write: false,
  });
  const page = `<!doctype html><script type="module">${script}</script>`;
  const site = createServer((req, res) => {
    if (req.url === "/client.js")
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(bundle.outputFiles[0]!.text);
    else res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
  });
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on("pageerror", (e) => errors.push(e.message));
    await tab.goto(`http://localhost:${(site.address() as AddressInfo).port}/`);
    // No time limit of its own: the page sets `result` when its script is done (the test's timeout bounds it).
    const result = await tab
      .waitForFunction(() => (window as unknown as { result?: unknown }).result, undefined, { timeout: 0 })
      .then((h) => h.jsonValue());
    expect(errors).toEqual([]);
    return result;
  } finally {
    await browser.close();
    site.closeAllConnections();
    site.close();
  }
}

test.skipIf(!available)(
  "in Chromium, from another origin: run, estimate and a typed error, with no process.env",
  async () => {
    const mock = await startMockServer();
    try {
      const result = await inChromium(`
      import { createScenarioClient, NotFoundError } from "/client.js";
      const client = createScenarioClient({ apiKey: "test-key", apiSecret: "test-secret", baseUrl: ${JSON.stringify(mock.url)} });
      const out = { hasProcess: typeof process !== "undefined" };
      out.run = (await client.workflows.run("wf/é")).job.status;
      out.estimate = (await client.workflows.estimate("wf")).estimatedCost;
      try { await client.workflows.run("missing_wf"); } catch (e) { out.error = [e instanceof NotFoundError, e.status, e.requestId?.slice(0, 4)]; }
      out.put = (await client.PUT("/workflows/{workflowId}/run", { params: { path: { workflowId: "wf" } }, body: {} })).data.job.status;
      window.result = out;
    `);
      expect(result).toEqual({
        hasProcess: false,
        run: "queued",
        estimate: 12,
        error: [true, 404, "req_"],
        put: "queued",
      });
      expect(mock.requests.map((r) => r.rawUrl)).toEqual([
        "/v1/workflows/wf%2F%C3%A9/run",
        "/v1/workflows/wf/run?dryRun=true",
        "/v1/workflows/missing_wf/run",
        "/v1/workflows/wf/run",
      ]);
      // No User-Agent of ours in a browser: CORS would have to allow it.
      expect(mock.requests[0]!.headers["user-agent"]).not.toContain("scenario-api-client");
    } finally {
      await mock.close();
    }
  },
);

test.skipIf(!available)(
  "in Chromium, a redirect (an opaque redirect there) is refused with RedirectError on both paths, never followed",
  async () => {
    const cors = { "access-control-allow-origin": "*" };
    const target = await serve((_, res) =>
      res.writeHead(200, { ...cors, "content-type": "application/json" }).end('{"job":{},"workflow":{}}'),
    );
    const origin = await serve((req, res) => {
      if (req.method === "OPTIONS") {
        res
          .writeHead(204, {
            ...cors,
            "access-control-allow-methods": "PUT",
            "access-control-allow-headers": req.headers["access-control-request-headers"] ?? "*",
          })
          .end();
      } else res.writeHead(307, { ...cors, location: `${target.url}/workflows/wf/run` }).end();
    });
    const result = await inChromium(`
    import { createScenarioClient, RedirectError } from "/client.js";
    const client = createScenarioClient({ apiKey: "test-key", apiSecret: "test-secret", baseUrl: ${JSON.stringify(origin.url)} });
    const seen = (e) => [e instanceof RedirectError, e.name, e.status ?? null, e.location ?? null];
    const out = {};
    try { await client.workflows.run("wf"); out.run = "resolved"; } catch (e) { out.run = seen(e); }
    try { await client.PUT("/workflows/{workflowId}/run", { params: { path: { workflowId: "wf" } }, body: {} }); out.put = "resolved"; } catch (e) { out.put = seen(e); }
    window.result = out;
  `);
    // The browser hides the status and the Location of an opaque redirect.
    expect(result).toEqual({ run: [true, "RedirectError", null, null], put: [true, "RedirectError", null, null] });
    expect(origin.seen.filter((r) => r.method === "PUT")).toHaveLength(2);
    expect(target.seen).toHaveLength(0);
  },
);
