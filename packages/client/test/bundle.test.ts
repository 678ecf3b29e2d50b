import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { expect, test } from "vitest";

const dir = fileURLToPath(new URL("..", import.meta.url));

/** The app `contents` bundled for the browser as the size budget measures it: code and the files it came from. */
async function bundle(contents: string): Promise<{ code: string; sources: string[] }> {
  const result = await build({
    stdin: { contents, resolveDir: dir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
    metafile: true,
  });
  const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
  return {
    code: result.outputFiles[0]!.text,
    sources: Object.entries(inputs)
      .filter(([, i]) => i.bytesInOutput > 0)
      .map(([file]) => file),
  };
}

// The size budgets themselves are enforced by `npm run lint` (size-budget.mjs).
const apps: Array<[string, { contents: string; openapiFetch: boolean }]> = [
  ["the whole ESM entry", { contents: 'export * from "./dist/index.js";', openapiFetch: true }],
  [
    "an app calling only createWorkflowsClient",
    {
      contents:
        'import { createWorkflowsClient } from "./dist/index.js"; export const calls = createWorkflowsClient({ apiKey: "k", apiSecret: "s" });',
      openapiFetch: false,
    },
  ],
];
test.each(apps)(
  "%s bundles for the browser, with no Node built-ins and openapi-fetch only where it is used",
  async (_, { contents, openapiFetch }) => {
    const { code, sources } = await bundle(contents);
    expect(code).not.toMatch(/from\s*"node:|require\(/);
    expect(sources.some((file) => file.includes("node_modules/openapi-fetch/"))).toBe(openapiFetch);
    expect(sources.some((file) => file.endsWith("dist/index.js"))).toBe(true);
  },
);
