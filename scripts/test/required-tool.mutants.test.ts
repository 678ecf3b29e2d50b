import { afterEach, expect, test, vi } from "vitest";
import { requiredTool } from "../src/lib/required-tool.ts";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

test("a skip outside CI says what is missing, why, and that CI=true would fail instead", () => {
  vi.stubEnv("CI", "");
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  expect(requiredTool("chromium", "/usr/bin/chromium not found")).toBe(false);
  expect(warn.mock.calls).toEqual([
    ["\n  ⚠ SKIPPED (chromium): /usr/bin/chromium not found. With CI=true this fails instead.\n"],
  ]);
});
