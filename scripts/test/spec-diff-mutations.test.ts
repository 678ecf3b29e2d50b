/**
 * A property test on the real spec: every mutation of a kind, applied at every place it can
 * apply, must be reported by that kind's rule, at that place, and nothing else may break.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { bundleUnlinted } from "../src/lib/redocly-bundle.ts";
import { escapeToken, httpMethods, resolveLocalRef, unescapeToken } from "../src/lib/json-pointer.ts";
import { diffSpecs } from "../src/spec-diff/diff-specs.ts";
import { isObject, type JsonObject } from "../src/lib/json-object.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const real = await bundleUnlinted(join(root, "openapi/openapi.yaml"), join(root, "redocly.yaml"), root);

/** Every inline schema node of the components, with its pointer (refs are visited where they point). */
function schemaNodes(): Array<[string, JsonObject]> {
  const out: Array<[string, JsonObject]> = [];
  const walk = (node: unknown, at: string) => {
    if (!isObject(node) || typeof node.$ref === "string") return;
    out.push([at, node]);
    if (isObject(node.properties))
      for (const [k, v] of Object.entries(node.properties)) walk(v, `${at}/properties/${escapeToken(k)}`);
    if (node.items !== undefined) walk(node.items, `${at}/items`);
    if (isObject(node.additionalProperties)) walk(node.additionalProperties, `${at}/additionalProperties`);
    for (const key of ["allOf", "oneOf", "anyOf"])
      if (Array.isArray(node[key]))
        for (const [i, m] of (node[key] as unknown[]).entries()) walk(m, `${at}/${key}/${i}`);
  };
  const schemas = (real.components as JsonObject).schemas as JsonObject;
  for (const [name, s] of Object.entries(schemas)) walk(s, `/components/schemas/${escapeToken(name)}`);
  return out;
}

/** A copy of the spec with the node at `at` replaced (undefined: deleted). */
function mutate(at: string, change: (node: unknown) => unknown): JsonObject {
  const copy = structuredClone(real);
  const tokens = at.split("/").slice(1).map(unescapeToken);
  const last = tokens.pop()!;
  const parent = resolveLocalRef(copy, `#${tokens.map((t) => `/${escapeToken(t)}`).join("")}`) as
    | Record<string, unknown>
    | unknown[];
  const next = change((parent as Record<string, unknown>)[last]);
  if (Array.isArray(parent)) {
    if (next === undefined) parent.splice(Number(last), 1);
    else parent[Number(last)] = next;
  } else if (next === undefined) delete parent[last];
  else parent[last] = next;
  return copy;
}

const nodes = schemaNodes();
const ops = Object.entries(real.paths as JsonObject).flatMap(([path, item]) =>
  httpMethods
    .filter((m) => isObject((item as JsonObject)[m]))
    .map((m) => ({ at: `/paths/${escapeToken(path)}/${m}`, op: (item as JsonObject)[m] as JsonObject })),
);

interface Mutation {
  kind: string;
  at: string;
  revision: JsonObject;
  /** The rule that must report it (a pattern when the direction decides between two), and where. */
  rule: RegExp;
  where: string;
}

const mutations: Mutation[] = [
  ...nodes
    .filter(([, s]) => Array.isArray(s.enum) && s.enum.length >= 2)
    .flatMap(([at, s]): Mutation[] => [
      {
        kind: "enum value removed",
        at,
        revision: mutate(`${at}/enum`, (e) => (e as unknown[]).slice(0, -1)),
        rule: /^(request|response)-property-enum-value-removed$/,
        where: at,
      },
      {
        kind: "enum value added",
        at,
        revision: mutate(`${at}/enum`, (e) => [
          ...(e as unknown[]),
          (s.enum as unknown[]).every((v) => typeof v === "string") ? "zz-new" : 987654,
        ]),
        rule: /^(request|response)-property-enum-value-added$/,
        where: at,
      },
    ]),
  ...nodes.flatMap(([at, s]) =>
    Object.keys(isObject(s.properties) ? s.properties : {}).map(
      (name): Mutation => ({
        kind: "property removed",
        at: `${at}/properties/${escapeToken(name)}`,
        revision: mutate(`${at}/properties/${escapeToken(name)}`, () => undefined),
        rule: /^(request-property-removed|response-(required|optional)-property-removed)$/,
        where: `${at}/properties/${escapeToken(name)}`,
      }),
    ),
  ),
  ...nodes.flatMap(([at, s]) =>
    (Array.isArray(s.required) ? (s.required as string[]) : [])
      .filter((n) => isObject(s.properties) && n in s.properties)
      .map(
        (name): Mutation => ({
          kind: "required dropped",
          at: `${at}/required`,
          revision: mutate(`${at}/required`, (r) => (r as string[]).filter((x) => x !== name)),
          rule: /^(request|response)-property-became-optional$/,
          where: `${at}/properties/${escapeToken(name)}`,
        }),
      ),
  ),
  ...nodes
    .filter(([, s]) => s.type === "string" && s.maxLength === undefined)
    .map(
      ([at, s]): Mutation => ({
        kind: "maxLength set",
        at,
        revision: mutate(at, () => ({ ...s, maxLength: 3 })),
        rule: /^(request|response)-property-max-length-tightened$/,
        where: at,
      }),
    ),
  ...nodes
    .filter(([, s]) => s.type === "string" && s.enum === undefined && s.const === undefined)
    .map(
      ([at]): Mutation => ({
        kind: "string became boolean",
        at,
        revision: mutate(`${at}/type`, () => "boolean"),
        rule: /^(request|response)-property-type-changed$/,
        where: at,
      }),
    ),
  ...ops.flatMap(({ at, op }) =>
    Object.keys(op.responses as JsonObject).map(
      (status): Mutation => ({
        kind: "response removed",
        at: `${at}/responses/${status}`,
        revision: mutate(`${at}/responses/${status}`, () => undefined),
        rule: status.startsWith("2") ? /^response-success-status-removed$/ : /^response-non-success-status-removed$/,
        where: "",
      }),
    ),
  ),
  ...ops.flatMap(({ at, op }) =>
    (op.parameters as unknown[]).map(
      (_, i): Mutation => ({
        kind: "parameter removed",
        at: `${at}/parameters/${i}`,
        revision: mutate(`${at}/parameters/${i}`, () => undefined),
        rule: /^request-parameter-removed$/,
        where: "",
      }),
    ),
  ),
];

describe("mutations of the real spec", () => {
  test("the real spec compared with itself has no changes", () => {
    expect(diffSpecs(real, structuredClone(real))).toEqual([]);
  });

  test("there are mutations of every kind", () => {
    const kinds = new Set(mutations.map((m) => m.kind));
    expect([...kinds].sort()).toEqual([
      "enum value added",
      "enum value removed",
      "maxLength set",
      "parameter removed",
      "property removed",
      "required dropped",
      "response removed",
      "string became boolean",
    ]);
  });

  test.each(mutations.map((m) => [`${m.kind} at ${m.at}`, m] as const))("%s", (_, m) => {
    const found = diffSpecs(real, m.revision);
    const lines = found.map((f) => `${f.level} ${f.rule} ${f.at}`).join("\n");
    const hit = found.find((f) => m.rule.test(f.rule) && (m.where === "" || f.at === m.where));
    expect(hit, lines).toBeDefined();
    // The mutation's own rule(s) are the only breaking findings.
    expect(
      found.filter((f) => f.level === "breaking" && !m.rule.test(f.rule)),
      lines,
    ).toEqual([]);
  });
});
