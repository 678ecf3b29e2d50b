// What the READMEs say about TypeScript is what consumer-install.test.ts checks: a release added to
// or dropped from the matrix without the README (or the other way round) fails here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { typescripts } from "./typescript-matrix.ts";
import { repoRoot } from "./workspace.ts";

const readme = (path: string) => readFileSync(join(repoRoot, path), "utf8").replace(/\s+/g, " ");
const versions = (list: string) => list.split(/, | and /).sort();
const minor = (version: string) => version.split(".").slice(0, 2).join(".");

test("the client README names every compiler of the matrix, with its skipLibCheck", () => {
  const claim =
    /compile a consumer of the client, types and schemas with (.+?) \(`skipLibCheck: false`\) and (.+?) \(`skipLibCheck: true`\)/.exec(
      readme("packages/client/README.md"),
    );
  expect(claim, "packages/client/README.md: the sentence naming the compilers").not.toBeNull();
  expect([versions(claim![1]!), versions(claim![2]!)]).toEqual([
    typescripts
      .filter((t) => !t.skipLibCheck)
      .map((t) => t.version)
      .sort(),
    typescripts
      .filter((t) => t.skipLibCheck)
      .map((t) => t.version)
      .sort(),
  ]);
});

test("the README's range runs from the oldest compiler of the matrix to the newest", () => {
  const range = /type-check it with TypeScript (\d+\.\d+) to (\d+\.\d+)/.exec(readme("README.md"));
  expect(range?.slice(1)).toEqual([minor(typescripts[0].version), minor(typescripts.at(-1)!.version)]);
});
