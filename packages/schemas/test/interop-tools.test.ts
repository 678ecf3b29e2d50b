import { afterEach, expect, test, vi } from "vitest";
import { skipUnlessAvailable } from "./interop.ts";

afterEach(() => vi.unstubAllEnvs());

test.each([
  ["a present tool runs", { missing: undefined, ci: "", want: false }],
  ["a missing tool skips outside CI", { missing: "not installed", ci: "", want: true }],
  ["a missing tool fails in CI", { missing: "not installed", ci: "true", want: "throws" }],
] as const)("%s", (_, { missing, ci, want }) => {
  vi.stubEnv("CI", ci);
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  const run = () => skipUnlessAvailable({ name: "frobnicator", missing });
  if (want === "throws") expect(run).toThrow(/frobnicator is required in CI: not installed/);
  else expect(run()).toBe(want);
  expect(warn).toHaveBeenCalledTimes(want === true ? 1 : 0);
  warn.mockRestore();
});
