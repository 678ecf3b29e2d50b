import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { forEachSchema } from "@scenario-api/scripts/src/lib/schema-tree.ts";
import { newAjv, readSchemas, type Dialect } from "./ajv-runtime.ts";
import { packageDir } from "./interop.ts";

const spec = JSON.parse(readFileSync(join(packageDir, "../../openapi/dist/openapi.json"), "utf8")) as Record<
  string,
  any
>;
const componentNames = Object.keys(spec.components.schemas).sort();
const base = "https://scenario-api.github.io/schemas/";
const dialects: Dialect[] = ["2020-12", "draft-07"];

describe.each(dialects)("%s", (dialect) => {
  const schemas = readSchemas(dialect);

  test("has one file per component schema plus the bundle", () => {
    expect(Object.keys(schemas).sort()).toEqual([...componentNames, "scenario-api"].sort());
    for (const name of ["RunWorkflowRequest", "RunWorkflowResponse", "ApiError", "DryRunEstimate", "Job", "Workflow"])
      expect(schemas).toHaveProperty(name);
    console.log(`${dialect}: ${componentNames.length} schemas + bundle`);
  });

  test.each(Object.keys(readSchemas(dialect)))("%s.json is valid against the draft's meta-schema", (name) => {
    const ajv = newAjv(dialect);
    expect(ajv.validateSchema(schemas[name]!), ajv.errorsText()).toBe(true);
  });

  test("every file has $schema, its own stable absolute $id, and relative refs only to files of the set (or local)", () => {
    const ids = new Set(Object.values(schemas).map((s) => s.$id));
    const problems: string[] = [];
    for (const [name, schema] of Object.entries(schemas)) {
      expect(schema.$schema).toBe(
        dialect === "2020-12"
          ? "https://json-schema.org/draft/2020-12/schema"
          : "http://json-schema.org/draft-07/schema#",
      );
      expect(schema.$id).toBe(`${base}${dialect}/${name}.json`);
      forEachSchema(schema, (node, at) => {
        if (typeof node.$ref !== "string") return;
        // Relative (`Job.json`), so a tool reading the files from disk never goes to the network.
        const ok =
          name === "scenario-api"
            ? node.$ref.startsWith(dialect === "2020-12" ? "#/$defs/" : "#/definitions/")
            : /^[A-Za-z0-9]+\.json$/.test(node.$ref) && ids.has(new URL(node.$ref, schema.$id as string).href);
        if (!ok) problems.push(`${name}.json#${at}: $ref ${node.$ref}`);
      });
    }
    expect(problems).toEqual([]);
  });

  test("keeps the descriptions and drops OpenAPI-only keywords", () => {
    expect((schemas.Job!.properties as any).jobType).toMatchObject({ description: "The type of job" });
    const found: string[] = [];
    for (const [name, schema] of Object.entries(schemas)) {
      forEachSchema(schema, (node, at) => {
        for (const k of ["example", "discriminator", "xml", "externalDocs", "nullable"])
          if (k in node) found.push(`${name}#${at}/${k}`);
      });
    }
    expect(found).toEqual([]);
  });
});

describe("draft-07", () => {
  const schemas = readSchemas("draft-07");
  test("uses no keyword draft-07 lacks, and no $ref with siblings (draft-07 would ignore them)", () => {
    const newer = [
      "$defs",
      "prefixItems",
      "unevaluatedProperties",
      "unevaluatedItems",
      "dependentRequired",
      "dependentSchemas",
      "$anchor",
      "$dynamicRef",
      "$dynamicAnchor",
      "minContains",
      "maxContains",
      "deprecated",
      "contentSchema",
    ];
    const problems: string[] = [];
    for (const [name, schema] of Object.entries(schemas)) {
      forEachSchema(schema, (node, at) => {
        for (const k of newer) if (k in node) problems.push(`${name}#${at}: ${k}`);
        if ("$ref" in node && Object.keys(node).length > 1)
          problems.push(`${name}#${at}: $ref with ${Object.keys(node).join(", ")}`);
      });
    }
    expect(problems).toEqual([]);
  });
});

describe("generation", () => {
  const generated = ["2020-12", "draft-07", "src/generated/validators.ts"];

  test("is deterministic: regenerating into a temporary directory gives the committed bytes", () => {
    const out = mkdtempSync(join(tmpdir(), "schemas-regen-"));
    const bin = createRequire(import.meta.url).resolve("@scenario-api/scripts/bin/scenario-gen.js");
    const gen = (args: string[]) => execFileSync(process.execPath, [bin, ...args], { cwd: out, stdio: "pipe" });
    gen(["to-json-schema", join(packageDir, "../../openapi/dist/openapi.json"), "--out", "2020-12"]);
    gen(["to-draft-07", "2020-12", "--out", "draft-07"]);
    gen(["emit-validators", "2020-12", "--compiled", "generated", "--wrappers", "src/generated/validators.ts"]);
    for (const dir of generated.slice(0, 2)) {
      expect(readdirSync(join(out, dir)).sort()).toEqual(readdirSync(join(packageDir, dir)).sort());
      for (const file of readdirSync(join(out, dir))) {
        expect(readFileSync(join(out, dir, file), "utf8"), `${dir}/${file}`).toBe(
          readFileSync(join(packageDir, dir, file), "utf8"),
        );
      }
    }
    expect(readFileSync(join(out, "src/generated/validators.ts"), "utf8")).toBe(
      readFileSync(join(packageDir, "src/generated/validators.ts"), "utf8"),
    );
    expect(readFileSync(join(out, "generated/standalone.js"), "utf8")).toBe(
      readFileSync(join(packageDir, "generated/standalone.js"), "utf8"),
    );
  });

  test("the packaged bundles carry no ajv compiler and no require of ajv", () => {
    for (const file of ["dist/index.js", "dist/index.cjs"]) {
      const code = readFileSync(join(packageDir, file), "utf8");
      expect(code).not.toMatch(/require\(["']ajv/);
      expect(code).not.toMatch(/from ["']ajv/);
      expect(code).not.toContain("compileSchema");
    }
  });
});
