// Mutation testing of this package's sources (not dist/) with its own vitest config: `npm run mutate`
// at the root (bench/mutation/README.md). Not in CI, not in `npm test`: it takes minutes.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.stryker.config.ts" },
  coverageAnalysis: "perTest",
  mutate: ["src/**/*.ts"],
  // The machine is shared (2 cores): override with --concurrency when it is yours.
  concurrency: 2,
  // A mutant that loops (a retry loop that never ends) is cut after the test time + this.
  timeoutMS: 10_000,
  reporters: ["html", "json", "clear-text", "progress"],
  htmlReporter: { fileName: "../../bench/mutation/client/index.html" },
  jsonReporter: { fileName: "../../bench/mutation/client/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
