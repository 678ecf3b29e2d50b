/** How the generators find and read their inputs (locate-input, read-spec) and follow refs (resolve-ref). */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { locateInput, readJsonInput } from "../src/lib/locate-input.ts";
import { readSpec } from "../src/lib/read-spec.ts";
import { resolveRef } from "../src/lib/resolve-ref.ts";

/** A package folder with a file, and a dependency in node_modules that exports a JSON file. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "locate-input-"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "p", version: "1.0.0" }));
  mkdirSync(join(dir, "dist"));
  writeFileSync(join(dir, "dist/spec.json"), JSON.stringify({ openapi: "3.1.0", components: { schemas: {} } }));
  writeFileSync(join(dir, "broken.json"), "{ not json");
  const dep = join(dir, "node_modules/@acme/openapi");
  mkdirSync(dep, { recursive: true });
  writeFileSync(
    join(dep, "package.json"),
    JSON.stringify({ name: "@acme/openapi", version: "1.0.0", exports: { "./openapi.json": "./dist/openapi.json" } }),
  );
  mkdirSync(join(dep, "dist"));
  writeFileSync(join(dep, "dist/openapi.json"), JSON.stringify({ openapi: "3.0.3", info: { title: "x" } }));
  return dir;
}

describe("locateInput", () => {
  const found: Array<[string, string, (dir: string) => string]> = [
    ["a path relative to the folder", "dist/spec.json", (dir) => join(dir, "dist/spec.json")],
    ["a ./ path, even to nothing yet", "./dist/none.json", (dir) => join(dir, "dist/none.json")],
    ["an absolute path, even to nothing yet", "/nowhere/x.json", () => "/nowhere/x.json"],
    [
      "a package export, as Node resolves it",
      "@acme/openapi/openapi.json",
      (dir) => join(dir, "node_modules/@acme/openapi/dist/openapi.json"),
    ],
  ];
  test.each(found)("finds %s", (_, spec, want) => {
    const dir = project();
    expect(locateInput(spec, dir)).toBe(want(dir));
  });

  test.each([
    ["neither a file nor an export", "@acme/openapi/missing.json"],
    ["a bare name that is not installed", "nothing/here.json"],
  ])("%s is an error naming the input and the folder", (_, spec) => {
    const dir = project();
    expect(() => locateInput(spec, dir)).toThrow(
      `cannot find "${spec}": it is neither a file under ${dir} nor a package export resolvable from there`,
    );
  });

  test("resolves from the working directory by default", () => {
    expect(locateInput("/abs/x.json")).toBe("/abs/x.json");
    expect(locateInput("./x.json")).toBe(join(process.cwd(), "x.json"));
  });
});

describe("readJsonInput and readSpec", () => {
  test("read the JSON of a file or an export", () => {
    const dir = project();
    expect(readJsonInput("@acme/openapi/openapi.json", dir)).toEqual({ openapi: "3.0.3", info: { title: "x" } });
    expect(readSpec("dist/spec.json", dir)).toEqual({ openapi: "3.1.0", components: { schemas: {} } });
  });

  test.each([
    ["a file that is not JSON", "broken.json", /^cannot read broken\.json: .*JSON/],
    ["a file that does not exist", "./gone.json", /^cannot read gone\.json: ENOENT/],
  ])("%s names the file, relative to the folder", (_, spec, want) => {
    expect(() => readJsonInput(spec, project())).toThrow(want);
  });

  test.each([
    ["no openapi version", { components: { schemas: {} } }],
    ["a version that is not a string", { openapi: 3.1, components: { schemas: {} } }],
    ["no components", { openapi: "3.1.0" }],
    ["components without schemas", { openapi: "3.1.0", components: { responses: {} } }],
  ])("readSpec refuses a document with %s, naming the input", (_, doc) => {
    const dir = project();
    writeFileSync(join(dir, "doc.json"), JSON.stringify(doc));
    expect(() => readSpec("doc.json", dir)).toThrow(
      "doc.json: not a bundled OpenAPI document (no openapi version or components.schemas)",
    );
  });
});

describe("resolveRef", () => {
  const doc = {
    components: { schemas: { Job: { type: "object" }, Tags: { $ref: "#/components/schemas/List" }, List: ["a"] } },
  };
  test.each([
    ["a ref to the whole document", { $ref: "#" }, { node: doc, pointer: "" }],
    ["null, which has no ref", null, { node: null, pointer: "/x" }],
    [
      "a list, which has no ref",
      [{ $ref: "#/components/schemas/Job" }],
      { node: [{ $ref: "#/components/schemas/Job" }], pointer: "/x" },
    ],
    [
      "a ref with siblings to a list, which keywords cannot be laid over",
      { $ref: "#/components/schemas/Tags", description: "tags" },
      { node: ["a"], pointer: "/components/schemas/List" },
    ],
  ])("%s", (_, node, want) => {
    expect(resolveRef(doc, node, "/x")).toEqual(want);
  });

  test("a ref with siblings to text is the text", () => {
    const withTitle = { info: { title: "Scenario" } };
    expect(resolveRef(withTitle, { $ref: "#/info/title", description: "d" }, "/x")).toEqual({
      node: "Scenario",
      pointer: "/info/title",
    });
  });

  test("the error is an UnresolvedRefError carrying the ref and where it was met", () => {
    expect(() => resolveRef(doc, { $ref: "#/nowhere" }, "/x")).toThrow(
      expect.objectContaining({ name: "UnresolvedRefError", ref: "#/nowhere", at: "/x" }),
    );
  });

  test("a ref without siblings is the target itself, not a copy", () => {
    expect(resolveRef(doc, { $ref: "#/components/schemas/Job" }, "/x").node).toBe(doc.components.schemas.Job);
  });

  test("an error deeper in a chain names where the failing ref was met", () => {
    const chain = { components: { schemas: { A: { $ref: "#/components/schemas/Gone" } } } };
    expect(() => resolveRef(chain, { $ref: "#/components/schemas/A" }, "/paths/~1a")).toThrow(
      "/components/schemas/A: $ref '#/components/schemas/Gone' points to nothing",
    );
  });
});
