import { expect, test } from "vitest";
import { growthExponent } from "../generation.ts";
import { perRoundRatio, roundSamples, summarize } from "../measure.ts";
import { target } from "../report.ts";

test.each([
  ["odd count", [3, 1, 2], { median: 2, min: 1, max: 3, rounds: 3 }],
  ["even count", [4, 1, 3, 2], { median: 2.5, min: 1, max: 4, rounds: 4 }],
])("summarize: %s", (_, samples, want) => expect(summarize(samples)).toEqual(want));

test("perRoundRatio pairs figures of the same round, not medians", () => {
  // Medians 2 and 2 would say 1.0; round by round the ratios are 0.5, 1 and 3.
  expect(perRoundRatio([1, 2, 3], [2, 2, 1])).toEqual({ median: 1, min: 0.5, max: 3, rounds: 3 });
  expect(() => perRoundRatio([1], [1, 2])).toThrow(/1 rounds against 2/);
});

test("roundSamples drops the warm-up rounds and rotates the order", async () => {
  const calls: string[] = [];
  let a = 0;
  const samples = await roundSamples(
    { a: () => (calls.push("a"), ++a), b: () => (calls.push("b"), 0) },
    { warmup: 1, count: 2 },
  );
  expect(samples).toEqual({ a: [2, 3], b: [0, 0] });
  expect(calls).toEqual(["a", "b", "b", "a", "a", "b"]);
});

test.each([
  ["met on the median even when the max misses", { median: 1.9, min: 1.5, max: 2.5, rounds: 3 }, true],
  ["missed on the median even when the min meets", { median: 2.1, min: 1.5, max: 2.5, rounds: 3 }, false],
])("target: %s", (_, stat, met) => {
  expect(target("cached", "< 2 s", stat, (s) => s < 2)).toEqual({
    name: "cached",
    want: "< 2 s",
    actual: stat.median,
    met,
    stat,
  });
});

test("growthExponent: 1 for linear growth, with the range the rounds allow", () => {
  const e = growthExponent(
    { median: 10, min: 9, max: 11, rounds: 3 },
    { median: 100, min: 90, max: 110, rounds: 1 },
    10,
  );
  expect(e.median).toBeCloseTo(1);
  expect(e.min).toBeCloseTo(Math.log10(90 / 11));
  expect(e.max).toBeCloseTo(Math.log10(110 / 9));
  expect(e.rounds).toBe(1);
});
