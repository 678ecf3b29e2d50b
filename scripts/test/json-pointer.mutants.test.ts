import { expect, test } from "vitest";
import { escapeToken, httpMethods, resolveLocalRef, toPointer, unescapeToken } from "../src/lib/json-pointer.ts";

// RFC 6901's escapes, order included: `~` is escaped first and unescaped last, or `~1` in a
// name would come back as `/` (and `/` in a name would be written `~01`).
test.each([
  ["a plain name", "Job", "Job"],
  ["a slash", "/a/{b}", "~1a~1{b}"],
  ["a tilde", "a~b", "a~0b"],
  ["every slash and tilde", "~~//", "~0~0~1~1"],
  ["a tilde before a 1", "~1", "~01"],
  ["a slash before a 0", "/0", "~10"],
])("escapeToken / unescapeToken: %s", (_, raw, escaped) => {
  expect(escapeToken(raw)).toBe(escaped);
  expect(unescapeToken(escaped)).toBe(raw);
});

test("escapeToken writes numbers as array indexes", () => {
  expect(escapeToken(0)).toBe("0");
});

test.each<[ReadonlyArray<string | number>, string]>([
  [[], "#"],
  [["paths", "/a/{b}", "put"], "#/paths/~1a~1{b}/put"],
  [["items", 0, ""], "#/items/0/"],
])("toPointer(%j)", (path, want) => {
  expect(toPointer(path)).toBe(want);
});

const doc = {
  components: { schemas: { Job: { type: "object" }, "a/b": { n: 1 }, "c~d": [10, 20] } },
  "": { empty: true },
  nil: null,
};
test.each<[string, unknown]>([
  ["#/components/schemas/Job", { type: "object" }],
  ["#/components/schemas/a~1b/n", 1],
  ["#/components/schemas/c~0d/1", 20],
  ["#/", { empty: true }],
  ["#/components/schemas/Nope", undefined],
  ["#/nil/x", undefined],
  ["#/components/schemas/Job/type/length", undefined],
  ["#", undefined],
  ["other.json#/components", undefined],
  ["/components", undefined],
])("resolveLocalRef(%s)", (ref, want) => {
  expect(resolveLocalRef(doc, ref)).toStrictEqual(want);
});

test("httpMethods are OpenAPI's path item operations in the spec's order", () => {
  expect(httpMethods).toEqual(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
});
