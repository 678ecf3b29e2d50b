/**
 * .gitattributes marks exactly the committed generated files as linguist-generated, so review
 * diffs fold them and nothing hand-written is folded. A generated file is one that carries the
 * generatedNotice header; scripts/ is left out (its generators and goldens quote the header), and
 * so are the mutation reports in bench/mutation (they quote the generators' sources).
 */
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../..");
const git = (args: string[], input?: string) =>
  execFileSync("git", args, { cwd: repoRoot, encoding: "utf8", input, maxBuffer: 64 * 1024 * 1024 });
const lines = (text: string) => text.split("\n").filter((line) => line !== "");

test("linguist-generated is set on every committed file with the generated header, and on no other", () => {
  // Go's form of the header (goGeneratedNotice) is the one Go's tools recognise.
  const header =
    "(Generated from @scenario-api/openapi by scripts/src/[a-z0-9-]+\\.ts\\. Do not edit\\.|Code generated from @scenario-api/openapi by scripts/src/[a-z0-9-]+\\.ts\\. DO NOT EDIT\\.)";
  const generated = lines(git(["grep", "-l", "-E", header, "--", ".", ":!scripts", ":!bench/mutation"])).sort();
  // `check-attr -z` answers path NUL attribute NUL value NUL, one triple per file.
  const answers = git(["check-attr", "-z", "--stdin", "linguist-generated"], git(["ls-files", "-z"])).split("\0");
  const marked: string[] = [];
  for (let i = 0; i + 2 < answers.length; i += 3) if (answers[i + 2] === "true") marked.push(answers[i]!);
  expect(generated.length).toBeGreaterThan(100);
  expect(marked.sort()).toEqual(generated);
});
