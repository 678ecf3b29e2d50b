import { expect, test } from "vitest";
import { renewedEvery } from "../src/lib/renewed-rule.ts";

/** A rule like Redocly's example rules: a nested visitor, and a cache that lives as long as the visitor. */
function countingRule() {
  const built: number[] = [];
  const rule = (options: { tag: string }) => {
    const instance = built.length;
    built.push(0);
    const leave = (node: string) => (built[instance]!++, `${options.tag}:${instance}:${node}`);
    return {
      Response: { MediaType: { skip: (node: string) => node === "skip-me", leave } },
      RequestBody: { MediaType: { leave } },
      severity: "error",
      message: null,
      tags: ["examples"],
    };
  };
  return { rule, built };
}

const cases: Array<[string, { every: number; calls: number; wantInstances: number[] }]> = [
  ["never renewed below the limit", { every: 10, calls: 4, wantInstances: [4] }],
  ["renewed after every `every` calls", { every: 2, calls: 5, wantInstances: [2, 2, 1] }],
  ["renewed at every call", { every: 1, calls: 3, wantInstances: [1, 1, 1] }],
];

test.each(cases)("%s", (_, { every, calls, wantInstances }) => {
  const { rule, built } = countingRule();
  const visitor = renewedEvery(rule, every)({ tag: "t" } as never) as ReturnType<typeof rule>;
  const results = Array.from({ length: calls }, (_, i) =>
    (i % 2 ? visitor.RequestBody : visitor.Response).MediaType.leave(`n${i}`),
  );
  expect(built).toEqual(wantInstances);
  // Each call reaches the visitor current at that moment, with its arguments and options.
  expect(results[0]).toBe("t:0:n0");
  expect(results.at(-1)).toBe(`t:${wantInstances.length - 1}:n${calls - 1}`);
  // Values other than functions keep their shape.
  expect(visitor.severity).toBe("error");
  expect(visitor.message).toBeNull();
  expect(visitor.tags).toEqual(["examples"]);
  expect(visitor.Response.MediaType.skip("skip-me")).toBe(true);
});
