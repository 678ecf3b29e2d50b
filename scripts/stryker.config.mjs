// Mutation testing of this package's sources (not dist/) with its own vitest config: `npm run mutate`
// at the root (bench/mutation/README.md). Not in CI, not in `npm test`: it takes minutes.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.stryker.config.ts" },
  coverageAnalysis: "perTest",
  mutate: ["src/**/*.ts", "!src/**/*.test.ts"],
  // Stryker puts `// @ts-nocheck` atop every TypeScript file under src/, test/ and lib/ by default;
  // in place, that would land in test/goldens/*.ts too and fail their toMatchFileSnapshot.
  disableTypeChecks: "src/**/*.{js,ts,mts,cts}",
  // The machine is shared (2 cores): override with --concurrency when it is yours.
  concurrency: 2,
  // A mutant that loops (a retry loop that never ends) is cut after the test time + this.
  timeoutMS: 10_000,
  reporters: ["html", "json", "clear-text", "progress"],
  htmlReporter: { fileName: "../bench/mutation/scripts/index.html" },
  jsonReporter: { fileName: "../bench/mutation/scripts/mutation.json" },
  // Tests reach ../../openapi and ../../packages from test/, which a sandbox (one folder deeper)
  // would break: mutate in place (Stryker puts the sources back when it ends, or on Ctrl-C).
  // Run nothing else in this checkout meanwhile: a build would take the mutated sources.
  inPlace: true,
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
