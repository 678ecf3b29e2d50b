// Part of `npm run lint`: the client's browser bundles stay within budget, measured as the
// benchmark does (esbuild, browser ESM, minified, tree-shaken, gzip -9). Exits 1 past a budget.
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const dir = fileURLToPath(new URL(".", import.meta.url));

// [what, the app's source, budget in gzip bytes]
const budgets = [
  // The target for an app that only runs workflows: openapi-fetch must not come along.
  [
    "an app calling only createWorkflowsClient().run/estimate",
    'import { createWorkflowsClient } from "./dist/index.js"; const c = createWorkflowsClient(); export const calls = [c.run, c.estimate];',
    // Was 4,000 (the target). The second review's fixes cost about 230 B here, none of it
    // optional: one abort listener per shared signal, transport headers refused, cookies redacted in
    // errors, a throwing validator named as such. openapi-fetch (2.6 kB) still stays out.
    // Issue 24 added about 215 B (4,177 -> 4,391): withResponse's requestId, retry-after-ms, send's
    // logging hooks and the refusal of logLevel/logger without `logging`; the logging itself stays
    // out. Back to 4,000 B is open work (see the README's Size).
    4_400,
  ],
  // A regression guard above today's 6.7 kB: the target of 5,000 B is not met yet (see the README's Size).
  // 0.2's params/options split, per-call headers and withResponse() added about 270 B to both lines;
  // response validation added nothing (its validators and error are in the `validate` entry).
  // The second review's fixes added about 340 B (the above, and on the openapi-fetch path per-request
  // baseUrl/fetch refused, a call's headers checked, a status past 599 as an InternalServerError).
  // Issue 24: the logging module itself (about 450 B) is in the whole entry.
  ["the whole ESM entry, openapi-fetch included", 'export * from "./dist/index.js";', 7_900],
  // What opting in to response validation costs an app: the validators of @scenario-api/schemas come along.
  [
    "an app running workflows with validateResponses",
    'import { createWorkflowsClient } from "./dist/index.js"; import { responseValidators } from "./dist/validate.js"; const c = createWorkflowsClient({ validateResponses: responseValidators }); export const calls = [c.run, c.estimate];',
    // Issue 22's cap in the validators and issue 24's Standard Schema on each (about 400 B together).
    17_600,
  ],
];

let over = 0;
for (const [what, contents, budget] of budgets) {
  const result = await build({
    stdin: { contents, resolveDir: dir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const gzip = gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
  const ok = gzip <= budget;
  if (!ok) over++;
  console.log(`size-budget: ${what}: ${gzip} B gzip (budget ${budget} B)${ok ? "" : " OVER BUDGET"}`);
}
process.exit(over > 0 ? 1 : 0);
