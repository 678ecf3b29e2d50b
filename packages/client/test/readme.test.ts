import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const pkgDir = fileURLToPath(new URL("..", import.meta.url));

test("the README's first example runs against the mock server", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const code = /```js\n([\s\S]*?)```/.exec(readme)![1]!;
  expect(code.trim().split("\n").length).toBeLessThanOrEqual(6);
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", code], {
    cwd: pkgDir,
    encoding: "utf8",
    timeout: 100_000,
  });
  expect(out.trim()).toBe("queued");
});
