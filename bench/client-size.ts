import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Row, Section } from "./report.ts";

const clientEntry = fileURLToPath(new URL("../packages/client/dist/index.js", import.meta.url));

/** Minified browser ESM bundle of `contents` (or of `entry`), raw and gzip (level 9) bytes. */
async function bundleSize(
  input: { entry: string } | { contents: string },
): Promise<{ raw: number; gzip: number; bySource: Record<string, number> }> {
  const result = await build({
    ...("entry" in input
      ? { entryPoints: [input.entry] }
      : {
          stdin: { contents: input.contents, resolveDir: fileURLToPath(new URL(".", import.meta.url)), loader: "js" },
        }),
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
    metafile: true,
    define: { "process.env.NODE_ENV": '"production"' },
  });
  const code = result.outputFiles[0]!.contents;
  const inputs = Object.values(result.metafile!.outputs)[0]!.inputs;
  const bySource = Object.fromEntries(
    Object.entries(inputs).map(([file, { bytesInOutput }]) => [
      file.replace(/^.*node_modules\//, "").replace(/^.*packages\//, ""),
      bytesInOutput,
    ]),
  );
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, bySource };
}

const one = (n: number) => ({ median: n, min: n, max: n, rounds: 1 });

export async function clientSizeBench(): Promise<Section> {
  const ours = await bundleSize({ entry: clientEntry });
  // An app that only runs workflows: what it ships once tree-shaking has dropped openapi-fetch.
  const workflowsOnly = await bundleSize({
    contents: `import { createWorkflowsClient } from ${JSON.stringify(clientEntry)}; const w = createWorkflowsClient(); export const calls = [w.run, w.estimate];`,
  });
  const openapiFetch = await bundleSize({
    contents: 'import createClient from "openapi-fetch"; export default createClient;',
  });
  const axios = await bundleSize({ contents: 'import axios from "axios"; export default axios;' });
  const rows: Row[] = [];
  for (const [name, s] of [
    ["@scenario-api/client (openapi-fetch included)", ours],
    ["an app calling only workflows.run/estimate (createWorkflowsClient)", workflowsOnly],
    ["openapi-fetch alone", openapiFetch],
    ["axios alone", axios],
  ] as const) {
    rows.push({ name: `${name}: minified`, unit: "B", stat: one(s.raw) });
    rows.push({ name: `${name}: gzip`, unit: "B", stat: one(s.gzip), ratio: s.gzip / openapiFetch.gzip });
  }
  return {
    title: "2. Client size: ESM entry bundled by esbuild for the browser (minified, tree-shaken, types excluded)",
    baseline: "openapi-fetch alone, gzip",
    rows,
    targets: [
      {
        name: "an app calling only workflows.run/estimate, gzip",
        want: "≤ 4,000 B",
        actual: workflowsOnly.gzip,
        met: workflowsOnly.gzip <= 4000,
      },
      {
        name: "the whole client with openapi-fetch, gzip",
        want: "≤ 5,000 B",
        actual: ours.gzip,
        met: ours.gzip <= 5000,
      },
    ],
    notes: [
      `Our own code adds about ${ours.gzip - openapiFetch.gzip} B gzip on top of openapi-fetch; an app that only runs workflows ships ${workflowsOnly.gzip} B gzip, without openapi-fetch.`,
      `Minified bytes by source: ${Object.entries(ours.bySource)
        .sort(([, a], [, b]) => b - a)
        .map(([f, n]) => `${f} ${n}`)
        .join(", ")}.`,
    ],
  };
}
