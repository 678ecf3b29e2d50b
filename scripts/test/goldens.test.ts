/**
 * Each generator's whole output for one small spec (fixtures/golden/openapi.json), compared with
 * the committed file under goldens/. A change in what a generator writes shows up here as a diff
 * to review; `npx vitest run --project scripts -u` rewrites the goldens after a reviewed change.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { emitExamples } from "../src/emit-examples.ts";
import { emitParameters } from "../src/emit-parameters.ts";
import { compileStandalone, emitWrappers } from "../src/emit-validators.ts";
import type { JsonObject } from "../src/lib/json-object.js";
import type { OpenApiDocument } from "../src/lib/read-spec.ts";
import type { FileSet } from "../src/lib/write-atomic.ts";
import { toJsonSchemas } from "../src/to-json-schema.ts";
import { toLlmsTxt, toMarkdownReference } from "../src/to-markdown-reference.ts";
import { toGoTypes } from "../src/to-go-types.ts";
import { toPythonTypes } from "../src/to-python-types.ts";
import { toTypeScript } from "../src/to-typescript.ts";

const here = dirname(fileURLToPath(import.meta.url));
const spec = (): OpenApiDocument =>
  JSON.parse(readFileSync(join(here, "fixtures/golden/openapi.json"), "utf8")) as OpenApiDocument;
const schemas = () => toJsonSchemas(spec()).schemas;

const generators: Array<[string, string[], () => Promise<FileSet> | FileSet]> = [
  ["to-typescript", ["index.ts", "openapi.ts"], () => toTypeScript(spec())],
  ["emit-examples", ["spec-examples.ts"], () => emitExamples(spec())],
  ["emit-parameters", ["parameters.ts"], () => emitParameters(spec())],
  [
    "emit-validators",
    ["standalone.d.ts", "standalone.js", "validators.ts"],
    () => ({ ...compileStandalone(schemas()), "validators.ts": emitWrappers(schemas()) }),
  ],
  ["to-python-types", ["types.py"], () => ({ "types.py": toPythonTypes(schemas()) })],
  [
    "to-markdown-reference",
    ["llms.txt", "reference.md"],
    () => ({
      "reference.md": toMarkdownReference(spec() as unknown as JsonObject),
      "llms.txt": toLlmsTxt(spec() as unknown as JsonObject, {
        markdown: "reference.md",
        html: "index.html",
        spec: ["openapi.json", "openapi.yaml"],
      }),
    }),
  ],
  ["to-go-types", ["types.go"], () => ({ "types.go": toGoTypes(schemas()) })],
];

test.each(generators)("%s: every file it writes matches its golden", async (name, names, generate) => {
  const files = await generate();
  expect(Object.keys(files).sort()).toEqual(names);
  for (const [file, text] of Object.entries(files)) await expect(text).toMatchFileSnapshot(`goldens/${name}/${file}`);
});
