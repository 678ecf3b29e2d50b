import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { formatErrors } from "@scenario-api/schemas";
import { requiredTool } from "@scenario-api/scripts/src/lib/required-tool.ts";
import { defaultSeed, differentialCases, packagedVerdicts, readVectors } from "../../schemas/test/corpus.ts";
import {
  buildArtifacts,
  installInVenv,
  newerJsonschemaPython,
  packageDir,
  python,
  pythonTool,
  runCases,
  runScript,
  version,
  type Artifacts,
} from "./python-toolchain.ts";

/**
 * The wheel as a Python user gets it: built with Debian's build + hatchling, installed into a
 * fresh venv outside the workspace, and run on the whole corpus and the seeded differential.
 */

const npmSchemas = dirname(createRequire(import.meta.url).resolve("@scenario-api/schemas/package.json"));
const spec = JSON.parse(readFileSync(join(packageDir, "../../openapi/dist/openapi.json"), "utf8")) as {
  components: { schemas: Record<string, unknown> };
};
const dialects = ["2020-12", "draft-07"] as const;
const schemaFiles = dialects.flatMap((d) =>
  readdirSync(join(npmSchemas, d))
    .sort()
    .map((f) => `${d}/${f}`),
);

/** The pointer part of `"<pointer>: <message>"` lines. */
const pointers = (lines: readonly string[]) => lines.map((l) => l.slice(0, l.indexOf(": ")));

describe("the package data", () => {
  test.each(schemaFiles)("%s is the bytes @scenario-api/schemas ships", (file) => {
    expect(readFileSync(join(packageDir, "src/scenario_api_schemas/schemas", file), "utf8")).toBe(
      readFileSync(join(npmSchemas, file), "utf8"),
    );
  });
});

describe.skipIf(!requiredTool(pythonTool.name, pythonTool.missing))("the installed wheel", () => {
  let artifacts: Artifacts;
  let venvPython: string;
  beforeAll(() => {
    const started = performance.now();
    artifacts = buildArtifacts();
    venvPython = installInVenv(artifacts.wheel);
    console.log(
      `wheel + sdist built and the wheel installed in a venv in ${Math.round(performance.now() - started)} ms`,
    );
  });

  test("the wheel holds the package and its metadata, nothing else", () => {
    const listing = execFileSync(
      python,
      [
        "-c",
        "import sys, zipfile; print('\\n'.join(sorted(zipfile.ZipFile(sys.argv[1]).namelist())))",
        artifacts.wheel,
      ],
      { encoding: "utf8" },
    );
    const distInfo = `scenario_api_schemas-${version}.dist-info`;
    expect(listing.trim().split("\n")).toEqual(
      [
        "scenario_api_schemas/__init__.py",
        "scenario_api_schemas/py.typed",
        ...schemaFiles.map((f) => `scenario_api_schemas/schemas/${f}`),
        "scenario_api_schemas/types.py",
        `${distInfo}/METADATA`,
        `${distInfo}/RECORD`,
        `${distInfo}/WHEEL`,
        `${distInfo}/licenses/LICENSE`,
      ].sort(),
    );
  });

  test("the sdist holds the sources, its version is package.json's, and twine accepts both", () => {
    const listing = execFileSync("tar", ["tzf", artifacts.sdist], { encoding: "utf8" })
      .trim()
      .split("\n")
      .map((p) => p.split("/").slice(1).join("/"))
      .filter(Boolean);
    expect(listing.filter((p) => !p.startsWith("src/scenario_api_schemas/schemas/")).sort()).toEqual(
      // hatchling adds the repository's .gitignore (the exclusion rules the sdist was cut with).
      [
        ".gitignore",
        "LICENSE",
        "PKG-INFO",
        "README.md",
        "package.json",
        "pyproject.toml",
        "src/scenario_api_schemas/__init__.py",
        "src/scenario_api_schemas/py.typed",
        "src/scenario_api_schemas/types.py",
      ],
    );
    const metadata = execFileSync("tar", ["xzOf", artifacts.sdist, `scenario_api_schemas-${version}/PKG-INFO`], {
      encoding: "utf8",
    });
    expect(metadata).toMatch(new RegExp(`^Version: ${version.replace(/\./g, "\\.")}$`, "m"));
    expect(metadata).toMatch(/^Requires-Dist: jsonschema>=4\.10$/m);
    const twine = spawnSync(python, ["-m", "twine", "check", "--strict", artifacts.wheel, artifacts.sdist], {
      encoding: "utf8",
    });
    expect(twine.status, twine.stdout + twine.stderr).toBe(0);
  });

  test("names, schema, bundle, validate and the errors for unknown choices", () => {
    const found = JSON.parse(runScript(venvPython, "check_api.py")) as Record<string, any>;
    expect(found.file).toContain("site-packages");
    expect(found.names).toEqual(Object.keys(spec.components.schemas).sort());
    expect(found.dialects).toEqual(["2020-12", "draft-07"]);
    expect(found.fresh_copy).toBe(true);
    expect(found.validators_independent).toBe(true);
    expect(found.bundle_id).toBe("https://scenario-api.github.io/schemas/draft-07/scenario-api.json");
    for (const d of dialects)
      expect(found.ids[d]).toEqual(
        found.names.map((n: string) => `https://scenario-api.github.io/schemas/${d}/${n}.json`),
      );
    expect(found.unknown_name).toMatchObject({
      type: "KeyError",
      message: expect.stringContaining("unknown schema 'Jobb': choose one of ApiError, AssetKind"),
    });
    expect(found.unknown_dialect).toEqual({
      type: "ValueError",
      message: "unknown dialect 'draft-04': choose one of 2020-12, draft-07",
    });
    expect(found.bundle_by_name).toMatchObject({ type: "KeyError" });
    expect(found.validate_raises).toMatchObject({
      type: "ValidationError",
      message: expect.stringContaining("'done' is not one of"),
    });
    expect(found.validate_passes).toBe(true);
    expect(found.validator_class).toContain("Validator");
  });

  test("with sockets blocked, a $ref the package does not hold fails at once, naming it", () => {
    const found = JSON.parse(runScript(venvPython, "check_api.py")) as Record<string, any>;
    expect(found.network_blocked).toMatchObject({ type: "AssertionError", message: "the network was used" });
    expect(found.stray_ref.type).not.toBe("AssertionError");
    expect(found.stray_ref.message).toContain("Missing.json");
  });

  test("hostile instances and names: bounded errors() in linear time, only the documented exceptions", () => {
    // spawnSync with its own timeout: a synchronous call cannot be stopped by vitest's. The old
    // errors() compared each new line with every line so far: over half an hour for these 400,000.
    const run = spawnSync(venvPython, [join(packageDir, "test/python/hostile_inputs.py")], {
      cwd: dirname(venvPython),
      encoding: "utf8",
      timeout: 170_000,
      maxBuffer: 1 << 26,
    });
    expect(run.status, run.stderr || `ended by ${run.signal}`).toBe(0);
    const found = JSON.parse(run.stdout) as Record<string, any>;
    expect(found.many).toEqual({
      count: 101,
      first: ["/fields/0: 0 is not of type 'string'", "/fields/1: 1 is not of type 'string'"],
      last: "... and 399900 more problems",
      longest: 38,
    });
    const shortLines = { returned: expect.arrayContaining([expect.stringMatching(/^.{1,300}$/)]) };
    for (const label of ["huge_int", "deep_list"]) {
      expect(found[label].errors, label).toMatchObject(shortLines);
      expect(found[label].errors.returned[0], label).toMatch(/^\(root\): .{1,40} is not of type 'string'$/);
      expect(found[label].is_valid, label).toEqual({ returned: false });
      expect(found[label].validate, label).toMatchObject({ raised: "ValidationError" });
    }
    expect(found.huge_int.errors.returned[0]).toBe("(root): <an integer of about 5001 digits> is not of type 'string'");
    expect(found.deep_in_object.errors.returned).toContain(
      "/status: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[... is not of type 'string'",
    );
    // Where any value goes, an integer too long to print is accepted, as in TypeScript.
    expect(found.huge_int_where_any_value_goes).toEqual({ returned: true });
    expect(found.big_string.returned).toEqual([
      `(root): '${"x".repeat(36)}... is not one of ['canceled', 'failure', 'finalizing', 'in-progress', 'pending', 'queued', 'success', 'warming-up']`,
    ]);
    for (const call of ["errors", "is_valid", "validate", "schema"])
      expect(found.unhashable_name[call], call).toMatchObject({
        raised: "KeyError",
        message: expect.stringMatching(/^unknown schema \['Job'\]: choose one of ApiError, /),
      });
    expect(found.unhashable_dialect).toEqual({
      raised: "ValueError",
      message: "unknown dialect {'d': 1}: choose one of 2020-12, draft-07",
    });
  });

  describe.each(dialects)("%s", (dialect) => {
    test("gives every vector of the corpus its expected verdict (sockets blocked)", () => {
      const vectors = readVectors();
      const verdicts = runCases(venvPython, vectors, dialect);
      const wrong = vectors
        .filter((v) => verdicts.get(v.id)?.valid !== v.valid)
        .map((v) => `${v.id}: expected ${v.valid}, got ${JSON.stringify(verdicts.get(v.id))}`);
      expect(wrong).toEqual([]);
      // Exactly one rule broken: one error line, at the pointer the TypeScript validators report.
      const misplaced = vectors
        .filter(
          (v) =>
            !v.valid &&
            JSON.stringify(pointers(verdicts.get(v.id)!.errors)) !==
              JSON.stringify([v.error === "" ? "(root)" : v.error]),
        )
        .map((v) => `${v.id}: want ${v.error}, got ${JSON.stringify(verdicts.get(v.id)!.errors)}`);
      expect(misplaced).toEqual([]);
    });

    test("agrees with the TypeScript validators on the seeded differential, errors() pointers in formatErrors order", () => {
      const seed = Number(process.env.SCHEMAS_SEED ?? defaultSeed);
      const cases = differentialCases(seed);
      const reference = packagedVerdicts(cases);
      const started = performance.now();
      const verdicts = runCases(venvPython, cases, dialect);
      console.log(
        `differential in the installed package (${dialect}): ${cases.length} instances, ${Math.round(performance.now() - started)} ms`,
      );
      const disagree = cases
        .filter((c) => verdicts.get(c.id)?.valid !== reference.get(c.id)!.valid)
        .map(
          (c) =>
            `${c.id} (${c.origin}), seed ${seed}: ts ${JSON.stringify(reference.get(c.id))}, python ${JSON.stringify(verdicts.get(c.id))}`,
        );
      expect(disagree).toEqual([]);
      const reordered = cases
        .filter((c) => {
          const ts = reference.get(c.id)!;
          return (
            !ts.valid &&
            JSON.stringify(pointers(formatErrors(ts.errors).split("\n"))) !==
              JSON.stringify(pointers(verdicts.get(c.id)!.errors))
          );
        })
        .map(
          (c) =>
            `${c.id}: ts ${JSON.stringify(formatErrors(reference.get(c.id)!.errors).split("\n"))}, python ${JSON.stringify(verdicts.get(c.id)!.errors)}`,
        );
      expect(reordered).toEqual([]);
    });
  });

  test("mypy --strict accepts typed code and reports each deliberate mistake at its line", () => {
    const mypy = (file: string) =>
      spawnSync(
        python,
        [
          "-m",
          "mypy",
          "--strict",
          "--no-incremental",
          "--python-executable",
          venvPython,
          join(packageDir, "test/python", file),
        ],
        { cwd: dirname(venvPython), encoding: "utf8" },
      );
    const good = mypy("typed_use.py");
    expect(good.status, good.stdout).toBe(0);
    // The package's own code, strict (Debian's jsonschema 4.10 has no type information).
    const own = spawnSync(
      python,
      [
        "-m",
        "mypy",
        "--strict",
        "--no-incremental",
        "--ignore-missing-imports",
        "--cache-dir",
        join(dirname(venvPython), ".mypy_cache"),
        "-p",
        "scenario_api_schemas",
      ],
      { cwd: join(packageDir, "src"), encoding: "utf8", env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" } },
    );
    expect(own.status, own.stdout).toBe(0);
    const bad = mypy("typed_mistakes.py");
    const source = readFileSync(join(packageDir, "test/python/typed_mistakes.py"), "utf8").split("\n");
    const want = source.flatMap((line, i) => (line.includes("# MISTAKE") ? [i + 1] : []));
    const got = [...new Set([...bad.stdout.matchAll(/typed_mistakes\.py:(\d+): error/g)].map((m) => Number(m[1])))];
    expect(want).toHaveLength(3);
    expect(got, bad.stdout).toEqual(want);
  });
});

const newer = newerJsonschemaPython();
if (!newer.path) console.warn(`\n  ⚠ SKIPPED (the installed wheel with jsonschema >= 4.18): ${newer.why}.\n`);
describe.skipIf(!newer.path || !requiredTool(pythonTool.name, pythonTool.missing))(
  `the installed wheel with jsonschema >= 4.18 (${newer.path ?? "none"})`,
  () => {
    let venvPython: string;
    beforeAll(() => {
      venvPython = installInVenv(buildArtifacts().wheel, newer.path);
    });

    test("resolves $refs with a referencing Registry, never the network, and no deprecation warning", () => {
      const found = JSON.parse(
        runScript(venvPython, "check_api.py", [], ["-W", "error::DeprecationWarning"]),
      ) as Record<string, any>;
      expect(found).toMatchObject({
        uses_registry: true,
        fresh_copy: true,
        validators_independent: true,
        validate_passes: true,
        network_blocked: { type: "AssertionError" },
      });
      expect(found.names).toEqual(Object.keys(spec.components.schemas).sort());
      expect(found.stray_ref.type).not.toBe("AssertionError");
      expect(found.stray_ref.message).toContain("Missing.json");
    });

    test.each(dialects)("%s: the corpus and the differential give the TypeScript verdicts", (dialect) => {
      const vectors = readVectors();
      const corpus = runCases(venvPython, vectors, dialect);
      expect(vectors.filter((v) => corpus.get(v.id)?.valid !== v.valid).map((v) => v.id)).toEqual([]);
      const cases = differentialCases(Number(process.env.SCHEMAS_SEED ?? defaultSeed));
      const reference = packagedVerdicts(cases);
      const verdicts = runCases(venvPython, cases, dialect);
      expect(cases.filter((c) => verdicts.get(c.id)?.valid !== reference.get(c.id)!.valid).map((c) => c.id)).toEqual(
        [],
      );
    });
  },
);
