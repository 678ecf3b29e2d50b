import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { packageDir } from "./interop.ts";

/**
 * The README's offline commands for command-line validators, run as written (`npx <bin>` becomes
 * the path of the bin installed with this package's devDependencies): ajv-cli and @sourcemeta/jsonschema, on
 * both dialects, from a folder that holds only the payload.
 */

const readme = readFileSync(join(packageDir, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("## From the command line, offline"));
const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
const commands = block.split("\n").filter((line) => line.startsWith("npx "));
const bin = join(dirname(dirname(createRequire(import.meta.url).resolve("ajv-cli/package.json"))), ".bin");

const spec = JSON.parse(readFileSync(join(packageDir, "../../openapi/dist/openapi.json"), "utf8")) as Record<
  string,
  any
>;
const example = spec.components.examples.RunWorkflowReferenceResponse.value as {
  job: { status: string };
  workflow: Record<string, unknown>;
};
const payloads = {
  valid: example,
  "wrong status": { ...example, job: { ...example.job, status: "done" } },
  "date-time that is not one": { ...example, workflow: { ...example.workflow, lastIndexedAt: "yesterday" } },
};

/** Runs one README command in a fresh folder holding response.json, with `S` set as the README sets it. */
function run(command: string, payload: unknown): { status: number | null; output: string } {
  const cwd = mkdtempSync(join(tmpdir(), "schemas-cli-"));
  writeFileSync(join(cwd, "response.json"), JSON.stringify(payload));
  // The bin by its path: a shell's startup files (BASH_ENV) may put another `jsonschema` (Python's) first on PATH.
  const { BASH_ENV: _, ...env } = process.env;
  const result = spawnSync("bash", ["-c", command.replace(/^npx /, `${bin}/`)], {
    cwd,
    encoding: "utf8",
    env: { ...env, S: packageDir },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

const byTool = (tool: string, dialect: string) => {
  const found = commands.filter(
    (c) => c.startsWith(`npx ${tool} `) && c.includes(`$S/${dialect}/RunWorkflowResponse.json`),
  );
  if (found.length !== 1)
    throw new Error(`README: expected one '${tool}' command for ${dialect}, found ${found.length}`);
  return found[0]!;
};

test("the README gives one ajv-cli and one @sourcemeta/jsonschema command per dialect", () => {
  expect(commands).toHaveLength(4);
});

describe.each(["2020-12", "draft-07"])("%s", (dialect) => {
  describe.each(["ajv", "jsonschema"])("%s, as the README says", (tool) => {
    const command = byTool(tool, dialect);

    test("accepts the reference response and ignores format", () => {
      expect(run(command, payloads.valid)).toMatchObject({ status: 0 });
      expect(run(command, payloads["date-time that is not one"])).toMatchObject({ status: 0 });
    });

    test("refuses a wrong status, at its path", () => {
      const { status, output } = run(command, payloads["wrong status"]);
      expect(status).not.toBe(0);
      expect(output).toContain(tool === "ajv" ? "instancePath: '/job/status'" : 'instance location "/job/status"');
    });
  });

  test("ajv-cli without a format flag refuses the schemas; with -c ajv-formats it checks date-time", () => {
    const command = byTool("ajv", dialect);
    const strict = run(command.replace("--validate-formats=false ", ""), payloads.valid);
    expect(strict.status).not.toBe(0);
    expect(strict.output).toContain('unknown format "date-time"');
    const formats = command.replace("--validate-formats=false", "-c ajv-formats");
    expect(run(formats, payloads.valid).status).toBe(0);
    const bad = run(formats, payloads["date-time that is not one"]);
    expect(bad.status).not.toBe(0);
    expect(bad.output).toContain("instancePath: '/workflow/lastIndexedAt'");
  });

  test("@sourcemeta/jsonschema without --resolve cannot follow the first $ref; with --format-assertion it checks date-time", () => {
    const command = byTool("jsonschema", dialect);
    const unresolved = run(command.replace(/--resolve \S+ /, ""), payloads.valid);
    expect(unresolved.status).not.toBe(0);
    expect(unresolved.output).toContain("Could not resolve the reference to an external schema");
    const bad = run(
      command.replace("validate ", "validate --format-assertion "),
      payloads["date-time that is not one"],
    );
    expect(bad.status).not.toBe(0);
    expect(bad.output).toContain('instance location "/workflow/lastIndexedAt"');
  });
});
