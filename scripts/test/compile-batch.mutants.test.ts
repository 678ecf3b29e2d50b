/**
 * compile-batch's annotation stripping: every keyword the package calls an annotation goes (the
 * compiled code carries none of their text), and a malformed subschema is named by its pointer.
 */
import { expect, test } from "vitest";
import { stripAnnotations } from "../src/lib/compile-batch.ts";

test.each([["description"], ["title"], ["$comment"], ["examples"], ["deprecated"], ["readOnly"], ["writeOnly"]])(
  "stripAnnotations: %s goes, at the root and in a subschema",
  (keyword) => {
    const annotated = { type: "object", [keyword]: true, properties: { a: { type: "string", [keyword]: true } } };
    expect(stripAnnotations(annotated)).toEqual({ type: "object", properties: { a: { type: "string" } } });
  },
);

test("stripAnnotations refuses a malformed subschema, naming it by its pointer from the schema's root", () => {
  expect(() => stripAnnotations({ properties: { a: 5 } })).toThrow(
    /^\/properties\/a: expected a schema \(object or boolean\), got an integer$/,
  );
});
