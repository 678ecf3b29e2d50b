import { afterEach, expect, test, vi } from "vitest";
import { requiredTool } from "../src/lib/required-tool.ts";

afterEach(() => vi.unstubAllEnvs());

test.each([
  ["a present tool runs", { missing: undefined, ci: "", want: true }],
  ["a present tool runs in CI", { missing: undefined, ci: "true", want: true }],
  ["a missing tool skips outside CI, loudly", { missing: "not installed", ci: "", want: false }],
  ["a missing tool fails in CI", { missing: "not installed", ci: "true", want: "throws" }],
] as const)("%s", (_, { missing, ci, want }) => {
  vi.stubEnv("CI", ci);
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  const run = () => requiredTool("frobnicator", missing);
  if (want === "throws") expect(run).toThrow(/frobnicator is required in CI: not installed/);
  else expect(run()).toBe(want);
  expect(warn).toHaveBeenCalledTimes(want === false ? 1 : 0);
  warn.mockRestore();
});
