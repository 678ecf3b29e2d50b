import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { requiredTool } from "@scenario-api/scripts/src/lib/required-tool.ts";
import { UNSAFE_MARKDOWN_PAYLOADS } from "@scenario-api/scripts/test/fixtures/unsafe-markdown-payloads.ts";
import { deref, distDir, pkgDir, readDistSpec, runOperation, samplesDir } from "./spec-fixtures.ts";

const CHROMIUM = "/usr/bin/chromium";
const missing = existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is missing (Debian: apt-get install chromium)`;
const runIt = requiredTool("docs page in Chromium", missing);

const spec = readDistSpec();
const operation = runOperation(spec);
const schemas = spec.components.schemas;
const jobTypes: string[] = schemas.JobType.enum;
const jobStatuses: string[] = schemas.JobStatus.enum;
const jobFields = Object.keys(schemas.Job.properties);
const responseCodes = Object.keys(operation.responses);
const samples: Array<{ lang: string; label: string; source: string }> = operation["x-codeSamples"];
const html = readFileSync(join(distDir, "index.html"), "utf8");
const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">\n/;
const axeSource = readFileSync(createRequire(join(pkgDir, "package.json")).resolve("axe-core/axe.min.js"), "utf8");

/** Where the page puts things, as `#<id>` deep links and `data-section-id`s (see README). */
const OPERATION_ID = "tag/Workflows/operation/runWorkflow";

/**
 * The page as it would render a document carrying `payload` in its description, had the
 * build check let it through, and without its CSP: the sanitizer alone has to hold.
 */
function pageWithPayload(payload: string): string {
  const doc = readDistSpec();
  doc.info.description = `PAYLOAD-START ${payload} PAYLOAD-END\n\n${doc.info.description}`;
  const block = /(<script id="openapi-document" type="application\/json">)[\s\S]*?(<\/script>)/;
  return html
    .replace(CSP_META, "")
    .replace(
      block,
      (_, open: string, close: string) => `${open}${JSON.stringify(doc).replace(/</g, "\\u003c")}${close}`,
    );
}

/** Allowed: the page itself and loopback. Everything else is aborted and counted. */
function isLocal(url: string): boolean {
  if (url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:")) return true;
  try {
    return ["127.0.0.1", "localhost", "[::1]"].includes(new URL(url).hostname);
  } catch {
    return false;
  }
}

interface Visit {
  page: Page;
  external: string[];
  requests: string[];
  consoleErrors: string[];
  /** Every URL the main frame went to after the page loaded. */
  navigations: string[];
}

/** Serves dist/ under any path prefix, and the page without its CSP under /no-csp/. */
function startServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const payload = /^\/payload\/(\d+)\/index\.html$/.exec(path);
    if (payload)
      return void res
        .writeHead(200, { "content-type": "text/html; charset=utf-8" })
        .end(pageWithPayload(UNSAFE_MARKDOWN_PAYLOADS[Number(payload[1])]![1].text));
    const file = path.split("/").pop() || "index.html";
    if (!/^(index\.html|openapi\.json|openapi\.yaml|reference\.md|llms\.txt)$/.test(file))
      return void res.writeHead(404).end();
    const type = file.endsWith(".html")
      ? "text/html; charset=utf-8"
      : file.endsWith(".json")
        ? "application/json"
        : file.endsWith(".yaml")
          ? "application/yaml"
          : file.endsWith(".md")
            ? "text/markdown; charset=utf-8"
            : "text/plain; charset=utf-8";
    let body = readFileSync(join(distDir, file), "utf8");
    if (path.startsWith("/no-csp/") && file === "index.html") body = body.replace(CSP_META, "");
    res.writeHead(200, { "content-type": type }).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

describe.skipIf(!runIt)("the API reference in Chromium, with every non-local request aborted", () => {
  let context: BrowserContext;
  let userDataDir: string;
  let origin: string;
  let server: Server | undefined;
  const allExternal: string[] = [];

  beforeAll(async () => {
    ({ server, origin } = await startServer());
    userDataDir = mkdtempSync(join(tmpdir(), "docs-chromium-"));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
      viewport: { width: 1400, height: 1000 },
    });
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      allExternal.push(url);
      return route.abort("blockedbyclient");
    });
    // A CSP violation is reported as a console error, so a blocked reach-out cannot go unnoticed.
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
  });

  afterAll(async () => {
    await context?.close();
    server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    console.log(
      `docs browser test: ${allExternal.length} external request(s) attempted${allExternal.length ? `: ${allExternal.join(", ")}` : ""}`,
    );
  });

  async function visit(url: string, viewport?: { width: number; height: number }): Promise<Visit> {
    const page = await context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    const visit: Visit = { page, external: [], requests: [], consoleErrors: [], navigations: [] };
    let loaded = false;
    page.on("framenavigated", (frame) => {
      if (loaded && frame === page.mainFrame()) visit.navigations.push(frame.url());
    });
    page.on("request", (r) => {
      visit.requests.push(r.url());
      if (!isLocal(r.url())) visit.external.push(r.url());
    });
    page.on("console", (m) => {
      if (m.type() === "error") visit.consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => visit.consoleErrors.push(`uncaught: ${e.message}`));
    await page.goto(url);
    await page.waitForSelector("html[data-redoc]", { timeout: 30_000 });
    expect(await page.getAttribute("html", "data-redoc")).toBe("ready");
    loaded = true;
    return visit;
  }

  /** Resolves once the section `id` sits at the top of the viewport (the page scrolled there). */
  async function scrolledTo(page: Page, id: string): Promise<void> {
    await page.waitForFunction(
      (sectionId) => {
        const top = document.querySelector(`[data-section-id="${sectionId}"]`)?.getBoundingClientRect().top;
        return top !== undefined && Math.abs(top) < 60;
      },
      id,
      { timeout: 15_000 },
    );
  }

  /**
   * Opens every collapsed part of the page: responses, nested schema fields (a field is open
   * when the row after it holds its schema), and the JSON samples. Each round clicks what is
   * closed now; it ends when nothing closed is left, so it does not depend on timing.
   */
  async function expandEverything(page: Page): Promise<number> {
    let clicks = 0;
    for (let round = 0; round < 60; round++) {
      const n = await page.evaluate(() => {
        const closedField = (b: Element) =>
          !b.closest("tr")?.nextElementSibling?.querySelector(':scope > td[colspan="2"]');
        const targets = [
          ...document.querySelectorAll<HTMLElement>('button[aria-expanded="false"]'),
          ...[...document.querySelectorAll<HTMLElement>('td[kind] > button[aria-label^="expand "]')].filter(
            closedField,
          ),
          ...[...document.querySelectorAll<HTMLElement>("button")].filter(
            (b) =>
              b.textContent?.trim() === "Expand all" &&
              b.parentElement?.parentElement?.querySelector('button.collapser[aria-label="expand"]'),
          ),
        ];
        // React commits a click's update before the next task: the next round sees its result.
        for (const t of targets) t.click();
        return targets.length;
      });
      if (n === 0) return clicks;
      clicks += n;
    }
    throw new Error("the page still had closed sections after 60 rounds of opening them");
  }

  function opSection(page: Page): Locator {
    return page.locator('[data-section-id="tag/Workflows/operation/runWorkflow"]');
  }

  /** The 200 response's schema, expanded, with the job object open. */
  async function expandJob(page: Page): Promise<Locator> {
    const button = opSection(page).locator("button", { hasText: /^\s*200\b/ });
    if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    const response = button.locator("xpath=..");
    const jobRow = response.locator('td[kind="field"][title="job"]').first();
    const nested = jobRow.locator("xpath=ancestor::tr[1]/following-sibling::tr[1]");
    // Clicking the field toggles it; open it only if its fields are not shown yet.
    if ((await nested.locator('td[kind="field"][title="jobId"]').count()) === 0) await jobRow.locator("button").click();
    await nested.locator('td[kind="field"][title="jobId"]').first().waitFor();
    return nested;
  }

  /** The values Redoc lists after "Enum:" for a field of `table`. */
  function enumValues(table: Locator, field: string): Promise<string[]> {
    return table
      .locator(`td[kind="field"][title="${field}"]`)
      .first()
      .locator("xpath=following-sibling::td[1]")
      .evaluate((td) => {
        const label = [...td.querySelectorAll("span")].find((s) => s.textContent?.trim() === "Enum:");
        if (!label?.parentElement) return [];
        return [...label.parentElement.querySelectorAll("span")]
          .filter((s) => s !== label)
          .map((s) => (s.textContent ?? "").trim().replace(/^"(.*)"$/, "$1"));
      });
  }

  const pages: Array<[string, () => string]> = [
    ["opened from file://", () => pathToFileURL(join(distDir, "index.html")).href],
    ["served from http://127.0.0.1 under a sub-path", () => `${origin}/some/path/index.html`],
    // Without the CSP, anything the page reached out to would show up as an aborted request.
    ["served without its Content-Security-Policy", () => `${origin}/no-csp/index.html`],
  ];

  test("the expected lists come from the spec: 39 job types, 8 job statuses", () => {
    expect(jobTypes).toHaveLength(39);
    expect(jobStatuses).toHaveLength(8);
    expect(html).toMatch(CSP_META);
  });

  describe.each(pages)("%s", (name, url) => {
    let v: Visit;
    beforeAll(async () => {
      v = await visit(url());
    });
    afterAll(async () => {
      await v?.page.close();
    });

    test("renders with zero external requests and zero console errors", async () => {
      // Let late work (search index in its worker, images, lazy code) happen before counting.
      await v.page.waitForLoadState("networkidle");
      expect(v.external).toEqual([]);
      expect(v.consoleErrors).toEqual([]);
      expect(v.requests.length).toBeGreaterThan(0);
      expect(await v.page.title()).toBe(`${spec.info.title} · API reference`);
    });

    test('shows the operation "Run a workflow" as PUT /workflows/{workflowId}/run', async () => {
      const op = opSection(v.page);
      await expect(op.locator("h2").first().innerText()).resolves.toBe("Run a workflow");
      const endpoint = op.locator("button", { hasText: "/workflows/{workflowId}/run" }).first();
      await expect(endpoint.innerText()).resolves.toMatch(/^PUT\s+\/workflows\/\{workflowId\}\/run$/);
    });

    test("names each side menu item by the text it shows, the HTTP method included (WCAG 2.5.3)", async () => {
      const items = await v.page
        .locator('[role="menuitem"]')
        .evaluateAll((els) => els.map((el) => ({ label: el.getAttribute("aria-label"), text: el.textContent ?? "" })));
      expect(items.length).toBeGreaterThan(3);
      expect(items.filter((item) => item.label !== null)).toEqual([]);
      // The operation's item sits in its tag's closed group: hidden until the reader opens it.
      const operation = v.page.getByRole("menuitem", { name: /^put\s*Run a workflow$/i, includeHidden: true });
      await expect(operation.count()).resolves.toBe(1);
    });

    test("lists the job's fields, all 39 job types and all 8 job statuses once the 200 schema is expanded", async () => {
      const job = await expandJob(v.page);
      const fields = await job
        .locator('td[kind="field"]')
        .evaluateAll((tds) => tds.map((td) => td.getAttribute("title")));
      expect(fields).toEqual(expect.arrayContaining(jobFields));
      expect(await enumValues(job, "jobType")).toEqual(jobTypes);
      expect((await enumValues(job, "status")).sort()).toEqual([...jobStatuses].sort());
    });

    test("has the three code samples, as written in samples/, and the curl one uses -u", async () => {
      const op = opSection(v.page);
      expect(samples.map((s) => s.label)).toEqual(["curl", "Node.js", "Python"]);
      for (const sample of samples) {
        const tab = op.locator('[role="tab"]', { hasText: new RegExp(`^${sample.label.replace(".", "\\.")}$`) });
        await tab.click();
        const panel = v.page.locator(`[id="${await tab.getAttribute("aria-controls")}"]`);
        const code = (await panel.locator("pre").innerText()).replace(/\s+$/, "");
        expect(code, sample.label).toBe(
          readFileSync(
            join(samplesDir, { curl: "curl.sh", "Node.js": "typescript.ts", Python: "python.py" }[sample.label]!),
            "utf8",
          ).replace(/\s+$/, ""),
        );
        // Highlighted (TypeScript borrows Redoc's JavaScript grammar), not shown as plain text.
        expect(await panel.locator(".token").count(), sample.label).toBeGreaterThan(5);
        if (sample.label === "curl") {
          expect(code).toContain('-u "$SCENARIO_SDK_API_KEY:$SCENARIO_SDK_API_SECRET"');
          expect(code).toContain("-X PUT");
        }
      }
    });

    test("shows the basic-auth security scheme and every documented response (402, 4xx, 5xx)", async () => {
      const scheme = v.page.locator('[data-section-id="section/Authentication/basicAuth"]');
      await expect(scheme.innerText()).resolves.toMatch(/HTTP Authorization Scheme:?\s*basic/);
      const op = opSection(v.page);
      const authorizations = op.locator("h5", { hasText: /^Authorizations:$/ }).locator("xpath=../..");
      await expect(authorizations.innerText()).resolves.toMatch(/^Authorizations:\s*basicAuth$/i);
      expect(responseCodes).toEqual(expect.arrayContaining(["402", "500"]));
      expect(responseCodes.filter((c) => c.startsWith("4")).length).toBeGreaterThanOrEqual(5);
      for (const code of responseCodes) {
        const description: string = deref(spec, operation.responses[code]).description;
        const button = op.locator("button", { hasText: new RegExp(`^\\s*${code}\\b`) });
        await expect(button.innerText(), code).resolves.toContain(description.slice(0, 40));
      }
    });

    test("offers openapi.yaml, openapi.json, reference.md and llms.txt for download from next to the page", async () => {
      const links = await v.page
        .locator("a[download]")
        .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute("href"), (a as HTMLAnchorElement).href]));
      expect(links.map(([text, href]) => [text, href])).toEqual([
        ["openapi.yaml", "openapi.yaml"],
        ["openapi.json", "openapi.json"],
        ["reference.md", "reference.md"],
        ["llms.txt", "llms.txt"],
      ]);
      for (const [, , resolved] of links) {
        const local = new URL(resolved!, v.page.url());
        expect(local.href).toBe(new URL(local.pathname.split("/").pop()!, v.page.url()).href);
        if (local.protocol === "http:") {
          const res = await fetch(local);
          expect(res.status).toBe(200);
          expect(await res.text()).toBe(readFileSync(join(distDir, local.pathname.split("/").pop()!), "utf8"));
        } else {
          expect(existsSync(new URL(local))).toBe(true);
        }
      }
    });

    // Redoc's search covers the menu: sections, operations and (schemaDefinitionsTagName) schemas.
    test.each([
      ["dryRun", OPERATION_ID],
      ["jobType", "schema/JobType"],
      ["402", "section/Dry-run"],
    ])("search works offline: %s finds %s, and choosing it scrolls there", async (query, id) => {
      const input = v.page.locator('input[placeholder="Search..."]');
      await input.fill("");
      await v.page.locator('[data-role="search:results"]').waitFor({ state: "detached" });
      // Start away from the place, so that being there proves the scroll.
      const away = await v.page.evaluate((sectionId) => {
        window.scrollTo(0, 0);
        return document.querySelector(`[data-section-id="${sectionId}"]`)!.getBoundingClientRect().top;
      }, id);
      expect(away).toBeGreaterThan(200);
      await input.fill(query);
      const hit = v.page.locator(`[data-role="search:results"] li[data-item-id="${id}"]`);
      await hit.click();
      await scrolledTo(v.page, id);
      expect(new URL(v.page.url()).hash).toBe(`#${id}`);
      await input.fill("");
      expect(v.consoleErrors).toEqual([]);
      expect(v.external).toEqual([]);
      expect(v.navigations.filter((u) => new URL(u).pathname !== new URL(url()).pathname)).toEqual([]);
    });

    test.each([OPERATION_ID, "section/Dry-run", "schema/JobType"])(
      "a deep link to #%s opens the page there",
      async (id) => {
        const deep = await visit(`${url()}#${id}`);
        try {
          await scrolledTo(deep.page, id);
          expect(await deep.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
          expect(deep.consoleErrors).toEqual([]);
        } finally {
          await deep.page.close();
        }
      },
    );

    if (name === "opened from file://") {
      test("writes dist/screenshot-1400.png, for a person to look at", async () => {
        await expandJob(v.page);
        await v.page.evaluate(() =>
          document.querySelector('[data-section-id="tag/Workflows/operation/runWorkflow"]')?.scrollIntoView(),
        );
        const png = await v.page.screenshot({ path: join(distDir, "screenshot-1400.png") });
        expect(png.subarray(1, 4).toString()).toBe("PNG");
      });
    }
  });

  test("axe-core finds no serious or critical violation with every section expanded (the rest is printed)", async () => {
    const { page } = await visit(pathToFileURL(join(distDir, "index.html")).href);
    try {
      // A page in the background gets its timers throttled, and axe-core runs on timers.
      await page.bringToFront();
      const started = performance.now();
      const clicks = await expandEverything(page);
      expect(clicks).toBeGreaterThan(20);
      // Through the DevTools protocol, so the page's CSP (scripts by hash only) does not apply.
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                ctx: Document,
                o: object,
              ) => Promise<{
                violations: Array<{
                  id: string;
                  impact: string | null;
                  help: string;
                  nodes: Array<{ target: unknown[] }>;
                }>;
              }>;
            };
          }
        ).axe;
        const result = await axe.run(document, { resultTypes: ["violations"] });
        return result.violations.map((x) => ({
          id: x.id,
          impact: x.impact,
          help: x.help,
          count: x.nodes.length,
          first: x.nodes.slice(0, 3).map((n) => n.target.join(" ")),
        }));
      });
      console.log(
        `axe-core, ${clicks} sections opened, ${Math.round(performance.now() - started)} ms:\n${violations.map((x) => `  ${x.impact} ${x.id} (${x.count}): ${x.help}\n    ${x.first.join("\n    ")}`).join("\n") || "  no violations"}`,
      );
      expect(violations.filter((x) => x.impact === "serious" || x.impact === "critical")).toEqual([]);
    } finally {
      await page.close();
    }
    // A cap, not a wait: axe-core over the whole open page is CPU-bound (67 s on 2 cores shared by a busy machine).
  }, 300_000);

  test("every field, enum value and response status the page shows is in the Markdown reference", async () => {
    const markdown = readFileSync(join(distDir, "reference.md"), "utf8");
    const { page } = await visit(pathToFileURL(join(distDir, "index.html")).href);
    try {
      await page.bringToFront();
      expect(await expandEverything(page)).toBeGreaterThan(20);
      const shown = await page.evaluate(() => {
        const fields = [...document.querySelectorAll('td[kind="field"]')].map((td) => td.getAttribute("title") ?? "");
        const enums = [...document.querySelectorAll("span")]
          .filter((s) => s.textContent?.trim() === "Enum:")
          .flatMap((label) =>
            [...(label.parentElement?.querySelectorAll("span") ?? [])]
              .filter((s) => s !== label)
              .map((s) => (s.textContent ?? "").trim()),
          );
        const statuses = [
          ...document.querySelectorAll('[data-section-id="tag/Workflows/operation/runWorkflow"] button'),
        ]
          .map((b) => /^\s*(\d{3}|\dXX)\b/.exec(b.textContent ?? "")?.[1])
          .filter((c): c is string => c !== undefined);
        return { fields: [...new Set(fields)], enums: [...new Set(enums)], statuses: [...new Set(statuses)] };
      });
      // The page's own lists come from the spec: as many as it has, not a few that happened to render.
      expect(shown.fields).toEqual(expect.arrayContaining(jobFields));
      expect(shown.enums).toEqual(expect.arrayContaining(jobTypes.map((t) => JSON.stringify(t))));
      expect([...shown.statuses].sort()).toEqual([...responseCodes].sort());
      const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      // A field is a row of a fields table: `name`, or `parent.name` / `parent[].name` when nested inline.
      const missingFields = shown.fields.filter(
        (f) => !new RegExp(`\\| \`(?:[^\`|]*[.\\]])?${literal(f)}\` \\|`).test(markdown),
      );
      // Redoc shows an enum value as JSON ("queued"); the Markdown lists it the same way, in code.
      const missingEnums = shown.enums.filter((v) => !markdown.includes(`\`${v}\``));
      const missingStatuses = shown.statuses.filter((c) => !markdown.includes(`| \`${c}\` |`));
      expect({ missingFields, missingEnums, missingStatuses }).toEqual({
        missingFields: [],
        missingEnums: [],
        missingStatuses: [],
      });
    } finally {
      await page.close();
    }
  }, 300_000);

  describe("at 375 px wide", () => {
    let v: Visit;
    const overflow = (page: Page) =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    beforeAll(async () => {
      v = await visit(pathToFileURL(join(distDir, "index.html")).href, { width: 375, height: 812 });
    });
    afterAll(async () => {
      await v?.page.close();
    });

    test("the page does not scroll sideways, with the 200 response's job open", async () => {
      expect(await overflow(v.page)).toBe(0);
      await expandJob(v.page);
      expect(await overflow(v.page)).toBe(0);
    });

    test("the menu opens from its button and takes the reader to a section", async () => {
      const item = v.page.locator('.menu-content li[data-item-id="section/Dry-run"]');
      await expect(item.isVisible()).resolves.toBe(false);
      // Redoc's floating menu button follows the menu in the DOM.
      await v.page.locator(".menu-content + div").click();
      await item.waitFor({ state: "visible" });
      await item.click();
      await scrolledTo(v.page, "section/Dry-run");
    });

    test("code samples scroll inside their box, not the page", async () => {
      const tab = opSection(v.page).locator('[role="tab"]', { hasText: /^curl$/ });
      await tab.click();
      const pre = v.page.locator(`[id="${await tab.getAttribute("aria-controls")}"] pre`);
      const box = await pre.evaluate((el) => ({
        scroll: el.scrollWidth,
        client: el.clientWidth,
        overflowX: getComputedStyle(el).overflowX,
      }));
      expect(box.scroll).toBeGreaterThan(box.client);
      expect(["auto", "scroll"]).toContain(box.overflowX);
      expect(await overflow(v.page)).toBe(0);
    });

    test("writes dist/screenshot-375.png, for a person to look at", async () => {
      await v.page.evaluate(() => window.scrollTo(0, 0));
      const png = await v.page.screenshot({ path: join(distDir, "screenshot-375.png") });
      expect(png.subarray(1, 4).toString()).toBe("PNG");
    });
  });

  // The build refuses these (scripts/test/unsafe-markdown.test.ts); were one to get through, the
  // sanitizer must still keep the reader on the page, even without the CSP.
  describe("Markdown that would move the reader elsewhere, rendered without the CSP", () => {
    test.each(UNSAFE_MARKDOWN_PAYLOADS.map(([name], i) => [name, i] as const))(
      "%s: nothing in it can navigate",
      async (_, i) => {
        const page = await visit(`${origin}/payload/${i}/index.html`);
        try {
          const rendered = page.page.locator("#redoc p", { hasText: "PAYLOAD-START" });
          await rendered.waitFor();
          // Anywhere in the page but Redoc's own search box.
          const dangerous = await page.page.evaluate(() =>
            [
              ...document.querySelectorAll(
                "#redoc meta, #redoc base, #redoc form, #redoc input, #redoc [action], #redoc [formaction], #redoc [http-equiv]",
              ),
            ]
              .concat(
                [...document.querySelectorAll<HTMLAnchorElement>("#redoc a[href]")].filter(
                  (a) => !/^(https?|file):$/.test(a.protocol),
                ),
              )
              .concat(
                [...document.querySelectorAll("#redoc *")].filter((e) =>
                  [...e.attributes].some((a) => a.name.startsWith("on")),
                ),
              )
              .filter((e) => !e.closest('[role="search"]'))
              .map((e) => e.outerHTML),
          );
          expect(dangerous).toEqual([]);
          // A link that is left goes where it says, relative to the page (no <base> moved it).
          const hrefs = await rendered
            .locator("a[href]")
            .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
          for (const href of hrefs) expect(new URL(href).origin).toBe(origin);
          // What the sanitizer disarmed is still clickable: it must not take the page anywhere.
          for (const link of await rendered.locator("a:not([href]), button").all()) await link.click();
          expect(page.navigations).toEqual([]);
          expect(page.external).toEqual([]);
          expect(page.page.url()).toBe(`${origin}/payload/${i}/index.html`);
        } finally {
          await page.page.close();
        }
      },
    );
  });

  test("no page attempted an external request", () => {
    expect(allExternal).toEqual([]);
  });
});
