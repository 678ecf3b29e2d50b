import { describe, expect, test } from "vitest";
import { resolveRef } from "../src/lib/resolve-ref.ts";

const doc = {
  components: {
    schemas: {
      Job: { type: "object", description: "a job" },
      Alias: { $ref: "#/components/schemas/Job" },
      Loop: { $ref: "#/components/schemas/Loop2" },
      Loop2: { $ref: "#/components/schemas/Loop" },
      "a/b": { type: "string" },
    },
  },
};

describe("resolveRef", () => {
  const found: Array<[string, unknown, { node: unknown; pointer: string }]> = [
    ["a node without a ref is itself", { type: "string" }, { node: { type: "string" }, pointer: "/x" }],
    [
      "a chain of refs ends at its target",
      { $ref: "#/components/schemas/Alias" },
      { node: doc.components.schemas.Job, pointer: "/components/schemas/Job" },
    ],
    [
      "siblings of a ref override the target",
      { $ref: "#/components/schemas/Job", description: "mine" },
      { node: { type: "object", description: "mine" }, pointer: "/components/schemas/Job" },
    ],
    [
      "escaped tokens",
      { $ref: "#/components/schemas/a~1b" },
      { node: { type: "string" }, pointer: "/components/schemas/a~1b" },
    ],
  ];
  test.each(found)("%s", (_, node, want) => expect(resolveRef(doc, node, "/x")).toEqual(want));

  const broken: Array<[string, unknown, RegExp]> = [
    [
      "a ref to nothing",
      { $ref: "#/components/schemas/Gone" },
      /^\/x: \$ref '#\/components\/schemas\/Gone' points to nothing$/,
    ],
    ["an external ref", { $ref: "./Job.yaml" }, /^\/x: \$ref '\.\/Job\.yaml' is not local: bundle the document first$/],
    [
      "a cycle of refs",
      { $ref: "#/components/schemas/Loop" },
      /\$ref '#\/components\/schemas\/Loop' is a cycle of refs \(#\/components\/schemas\/Loop → #\/components\/schemas\/Loop2 → #\/components\/schemas\/Loop\)/,
    ],
  ];
  test.each(broken)("%s is an error naming it", (_, node, message) =>
    expect(() => resolveRef(doc, node, "/x")).toThrow(message),
  );

  test("a deep chain is followed to its end (no depth limit gives up silently)", () => {
    const schemas: Record<string, unknown> = { S0: { type: "integer" } };
    for (let i = 1; i <= 64; i++) schemas[`S${i}`] = { $ref: `#/components/schemas/S${i - 1}` };
    expect(resolveRef({ components: { schemas } }, { $ref: "#/components/schemas/S64" }, "/x").node).toEqual({
      type: "integer",
    });
  });
});
