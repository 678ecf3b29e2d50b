/**
 * For tests that need something from outside npm (Chromium, Python's or Go's validators, a
 * sibling package's build): whether they should run. When the thing is there (`missing` is
 * undefined) they run. When it is missing they are skipped with a loud warning on a developer's
 * machine, and in CI (CI=true), where .ci/run installs everything, this throws: a CI machine
 * that lost a package cannot pass by skipping.
 */
export function requiredTool(what: string, missing: string | undefined): boolean {
  if (missing === undefined) return true;
  if (process.env.CI === "true") throw new Error(`${what} is required in CI: ${missing}`);
  console.warn(`\n  ⚠ SKIPPED (${what}): ${missing}. With CI=true this fails instead.\n`);
  return false;
}
