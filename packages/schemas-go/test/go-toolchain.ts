import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { casesFile, probe, type Case, type Verdict } from "../../schemas/test/interop.ts";

/** Runs go on this module as its users would: module mode offline, and GOPATH mode with Debian's gojsonschema. */

export const moduleDir = dirname(dirname(fileURLToPath(import.meta.url)));
export const modulePath = "github.com/scenario-api/scenario-api/packages/schemas-go";
const gojsonschemaDir = "/usr/share/gocode/src/github.com/xeipuuv/gojsonschema";

/** Module mode, never the network: a missing module fails instead of being fetched. */
export function moduleEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GO111MODULE: "on",
    GOFLAGS: "-mod=mod",
    GOPROXY: "off",
    GOCACHE: mkdtempSync(join(tmpdir(), "gocache-")),
  };
}

export const goTool = probe("go (golang-go, with gojsonschema in GOPATH mode)", () => {
  execFileSync("go", ["version"], { stdio: "pipe" });
  if (!existsSync(gojsonschemaDir))
    throw new Error(
      "gojsonschema not in /usr/share/gocode (Debian: apt-get install golang-github-xeipuuv-gojsonschema-dev)",
    );
});

/**
 * Builds a program in GOPATH mode, as a user of Debian's gojsonschema would: a temporary GOPATH
 * where this module sits at its import path (a symlink) beside /usr/share/gocode. `program` is
 * the folder (under this module) and file to build, or the source of a main package.
 */
export function buildInGopath(program: { dir: string; file: string } | { source: string }): string {
  const root = mkdtempSync(join(tmpdir(), "schemas-go-gopath-"));
  const at = join(root, "src", modulePath);
  mkdirSync(dirname(at), { recursive: true });
  symlinkSync(moduleDir, at);
  let cwd: string;
  let file: string;
  if ("source" in program) {
    cwd = join(root, "src", "example.test", "program");
    mkdirSync(cwd, { recursive: true });
    file = "main.go";
    writeFileSync(join(cwd, file), program.source);
  } else {
    cwd = join(at, program.dir);
    file = program.file;
  }
  const out = join(root, "program");
  execFileSync("go", ["build", "-o", out, file], {
    cwd,
    env: {
      ...process.env,
      GO111MODULE: "off",
      GOPATH: `${root}:/usr/share/gocode`,
      GOFLAGS: "",
      GOCACHE: join(root, "cache"),
    },
    stdio: "pipe",
  });
  return out;
}

let validateBinary: string | undefined;
/** Builds interop/validate.go once per test process (GOPATH mode, with Debian's gojsonschema). */
export function buildValidate(): string {
  validateBinary ??= buildInGopath({ dir: "interop", file: "validate.go" });
  return validateBinary;
}

/** One go process for the whole batch. */
export function runGo(cases: readonly Case[]): Map<string, Verdict> {
  const result = spawnSync(buildValidate(), [casesFile(cases)], { encoding: "utf8", maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`validate.go exited ${result.status}: ${result.stderr}`);
  const verdicts = JSON.parse(result.stdout) as Verdict[];
  if (verdicts.length !== cases.length)
    throw new Error(`validate.go answered ${verdicts.length} verdicts for ${cases.length} cases`);
  return new Map(verdicts.map((v) => [v.id, v]));
}

/**
 * A new Go module in a temporary directory that requires this one (by a replace directive, as a
 * user's checkout would) and holds `files` (name → Go source); returns its directory.
 */
export function userModule(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "schemas-go-user-"));
  writeFileSync(
    join(dir, "go.mod"),
    `module example.test/user\n\ngo 1.19\n\nrequire ${modulePath} v0.0.0\n\nreplace ${modulePath} => ${moduleDir}\n`,
  );
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/**
 * The source of a Go main package: its import lines (an empty string separates groups, as gofmt
 * keeps them) and the lines after the import block.
 */
export function goMain(imports: readonly string[], body: readonly string[]): string {
  return [
    "package main",
    "",
    "import (",
    ...imports.map((line) => (line ? `\t${line}` : "")),
    ")",
    "",
    ...body,
    "",
  ].join("\n");
}

/**
 * A Go program that decodes each case's instance into the generated type its `schema` names
 * (`schemas.<Name>`) and encodes it again: it prints one JSON list of {"id", "error", "json"}.
 * Written from the schema names, so a spec that gains a schema needs no edit here.
 */
export function decodeProgram(names: readonly string[]): string {
  return goMain(
    ['"encoding/json"', '"fmt"', '"os"', "", `schemas "${modulePath}"`],
    [
      "type testCase struct {",
      '\tID       string          `json:"id"`',
      '\tSchema   string          `json:"schema"`',
      '\tInstance json.RawMessage `json:"instance"`',
      "}",
      "",
      "type outcome struct {",
      '\tID    string          `json:"id"`',
      '\tError string          `json:"error,omitempty"`',
      '\tJSON  json.RawMessage `json:"json,omitempty"`',
      "}",
      "",
      "func typed(name string) (interface{}, error) {",
      "\tswitch name {",
      ...names.flatMap((name) => [`\tcase ${JSON.stringify(name)}:`, `\t\treturn new(schemas.${name}), nil`]),
      "\t}",
      '\treturn nil, fmt.Errorf("no generated type for %q", name)',
      "}",
      "",
      "func main() {",
      "\traw, err := os.ReadFile(os.Args[1])",
      "\tif err != nil {",
      "\t\tpanic(err)",
      "\t}",
      "\tvar cases []testCase",
      "\tif err := json.Unmarshal(raw, &cases); err != nil {",
      "\t\tpanic(err)",
      "\t}",
      "\toutcomes := []outcome{}",
      "\tfor _, c := range cases {",
      "\t\tvalue, err := typed(c.Schema)",
      "\t\tif err == nil {",
      "\t\t\terr = json.Unmarshal(c.Instance, value)",
      "\t\t}",
      "\t\tvar encoded []byte",
      "\t\tif err == nil {",
      "\t\t\tencoded, err = json.Marshal(value)",
      "\t\t}",
      "\t\tif err != nil {",
      "\t\t\toutcomes = append(outcomes, outcome{ID: c.ID, Error: err.Error()})",
      "\t\t} else {",
      "\t\t\toutcomes = append(outcomes, outcome{ID: c.ID, JSON: encoded})",
      "\t\t}",
      "\t}",
      "\tif err := json.NewEncoder(os.Stdout).Encode(outcomes); err != nil {",
      "\t\tpanic(err)",
      "\t}",
      "}",
    ],
  );
}
