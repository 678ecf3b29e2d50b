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
    // The target is 4,000 B (3,943 B at 0.2); it is a guard above today's 4,982 B until the work of
    // bringing it back lands. What took it there, measured as each landed: the second review's fixes
    // about 230 B (one abort listener per shared signal, transport headers refused, cookies redacted,
    // a throwing validator named as such), the parameters from the spec about 590 B (the generated
    // table, each argument holding only its own names, null and type refusals, header parameters),
    // and issue 24 about 215 B (requestId, retry-after-ms, send's logging hooks; the logging itself
    // stays out unless the app passes `logging`). openapi-fetch (2.6 kB) still stays out.
    5_050,
  ],
  // A regression guard above today's 8.4 kB: the target of 5,000 B is not met yet (see the README's Size).
  // 0.2's params/options split, per-call headers and withResponse() added about 270 B; the second
  // review's fixes about 340 B (with per-request baseUrl/fetch refused on the openapi-fetch path and a
  // status past 599 as an InternalServerError), the parameters from the spec about 500 B, and issue
  // 24 about 770 B (the logging module itself, about 450 B, is in the whole entry).
  ["the whole ESM entry, openapi-fetch included", 'export * from "./dist/index.js";', 8_500],
  // What opting in to response validation costs an app: the validators of @scenario-api/schemas come along.
  [
    "an app running workflows with validateResponses",
    'import { createWorkflowsClient } from "./dist/index.js"; import { responseValidators } from "./dist/validate.js"; const c = createWorkflowsClient({ validateResponses: responseValidators }); export const calls = [c.run, c.estimate];',
    // Issue 22's cap in the validators and issue 24's Standard Schema on each added about 800 B.
    18_200,
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
