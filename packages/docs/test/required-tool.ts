/**
 * Tests that need something outside npm (Chromium, python3-requests, a sibling package that
 * is built elsewhere) run when it is there. When it is missing they are skipped with a warning
 * on a developer's machine and FAIL in CI (CI=true), where .ci/run provides everything.
 * Returns whether the tests should run; in CI they run and fail on `missing`.
 */
export function shouldRun(what: string, missing: string | undefined): boolean {
  if (missing === undefined || process.env.CI === "true") return true;
  console.warn(`\n  ⚠ SKIPPED (${what}): ${missing}. With CI=true this fails instead.\n`);
  return false;
}
