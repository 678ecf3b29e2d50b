/**
 * Every `scenario-gen` command: its name, the module under src/ that defines it, and the line
 * `scenario-gen --help` shows for it. The bin reads this table and imports only the command it
 * runs (importing every module is seconds). test/scenario-gen.test.ts holds the table to the
 * modules (each defines the command of its name, with this summary), to src/ (every module that
 * exports a `command` is listed) and to the command table of README.md.
 */
export interface CommandEntry {
  name: string;
  /** Relative to src/. */
  module: string;
  /** The command's `summary` (src/lib/command.ts), shown without importing the module. */
  summary: string;
}

export const commands: readonly CommandEntry[] = [
  {
    name: "add-code-samples",
    module: "./add-code-samples.ts",
    summary: "Adds the code samples in a manifest to the spec's operation (x-codeSamples) → <out>/openapi.{json,yaml}.",
  },
  {
    name: "bundle-spec",
    module: "./bundle-spec.ts",
    summary:
      "Lints the multi-file spec (Redocly) and bundles it into <out>/openapi.{json,yaml}; any problem fails with file:line:col.",
  },
  {
    name: "check-package",
    module: "./check-package.ts",
    summary:
      "Checks a package before publishing: pack contents and size budget, unreachable code, publint, arethetypeswrong.",
  },
  {
    name: "check-spec-files",
    module: "./check-spec-files.ts",
    summary:
      "Refuses a spec whose $refs name a URL or a file outside its folder, loop, or reach an alias bomb or too deep nesting (run before Redocly reads it).",
  },
  {
    name: "copy-schemas",
    module: "./copy-schemas.ts",
    summary: "Copies the JSON Schemas of @scenario-api/schemas into <out>/{2020-12,draft-07}/ (Python, Go packages).",
  },
  {
    name: "emit-change-history",
    module: "./emit-change-history.ts",
    summary:
      "Adds the spec's change history (pending changesets, then CHANGELOG.md) to info.description → <out>/reference.json.",
  },
  {
    name: "emit-examples",
    module: "./emit-examples.ts",
    summary: "Writes the run operation's response examples as TypeScript (<out>/spec-examples.ts) for the mock server.",
  },
  {
    name: "emit-parameters",
    module: "./emit-parameters.ts",
    summary:
      "Writes the run operation's parameters (name, location, required, schema) as TypeScript (<out>/parameters.ts).",
  },
  {
    name: "emit-validators",
    module: "./emit-validators.ts",
    summary:
      "Precompiles the 2020-12 schemas into ajv standalone code (<compiled>/) and writes a typed validate<Name> per schema (<wrappers>).",
  },
  {
    name: "inline-redoc",
    module: "./inline-redoc.ts",
    summary:
      "Writes the API reference as one offline HTML page, <out>/index.html (Redoc and the spec inlined), plus Redoc's license notices.",
  },
  {
    name: "release-python-go",
    module: "./release-python-go.ts",
    summary: "Builds and checks the Python wheel and sdist, prints the twine upload and Go tag commands (maintainers).",
  },
  {
    name: "spec-diff",
    module: "./spec-diff.ts",
    summary: "Classifies the API changes between two revisions of the spec as breaking or not (scripts/spec-diff).",
  },
  {
    name: "test-on-node",
    module: "./test-on-node.ts",
    summary: "Runs the package's vitest suite under each Node release pinned in scripts/node-runtimes.",
  },
  {
    name: "to-draft-07",
    module: "./to-draft-07.ts",
    summary: "Converts the JSON Schemas (2020-12) in a folder to draft-07, for validators that only speak draft-07.",
  },
  {
    name: "to-go-types",
    module: "./to-go-types.ts",
    summary:
      "Writes Go types (encoding/json structs, enums with constants) for the JSON Schemas of @scenario-api/schemas (<out>/types.go).",
  },
  {
    name: "to-json-schema",
    module: "./to-json-schema.ts",
    summary: "Writes one JSON Schema (2020-12) per component schema of the spec, plus a bundle of them all.",
  },
  {
    name: "to-markdown-reference",
    module: "./to-markdown-reference.ts",
    summary: "Writes the API reference as Markdown (<out>/reference.md) and its llms.txt index, from the spec.",
  },
  {
    name: "to-python-types",
    module: "./to-python-types.ts",
    summary:
      "Writes Python TypedDicts and Literal aliases for the JSON Schemas of @scenario-api/schemas (<out>/types.py).",
  },
  {
    name: "to-typescript",
    module: "./to-typescript.ts",
    summary:
      "Writes the spec's TypeScript types (openapi-typescript) and one alias per schema: <out>/{openapi,index}.ts.",
  },
];
