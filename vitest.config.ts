import { defineConfig } from "vitest/config";

// One project per workspace; each package's own vitest.config.ts names it, so
// `npx vitest --project client` works from the root and `npm test` runs them through turbo.
export default defineConfig({
  test: {
    projects: ["openapi", "scripts", "packages/*", "bench"],
  },
});
