/** `scenario-gen emit-change-history` run in-process: where it finds the history, what it writes and says. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { command } from "../src/emit-change-history.ts";
import { runCommand } from "./run-command.ts";

const CHANGELOG = "# @scenario-api/openapi\n\n## 0.2.0\n\n### Minor Changes\n\n- a1b2c3d: Job gains `priority`.\n";
const changeset = (pkg: string, bump: string, summary: string) => `---\n"${pkg}": ${bump}\n---\n\n${summary}\n`;
const SPEC = { openapi: "3.1.0", info: { title: "t", version: "1", description: "About." } };

/** A repository: openapi/CHANGELOG.md, .changeset/ and a package whose dist/ holds the spec. */
function repository(files: Record<string, string> = {}): { root: string; pkg: string } {
  const root = mkdtempSync(join(tmpdir(), "change-history-mutants-"));
  const all: Record<string, string> = {
    "openapi/CHANGELOG.md": CHANGELOG,
    ".changeset/next.md": changeset("@scenario-api/openapi", "minor", "Adds a webhook."),
    "packages/docs/dist/openapi.json": JSON.stringify(SPEC),
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, pkg: join(root, "packages/docs") };
}

const descriptionIn = (file: string) =>
  (JSON.parse(readFileSync(file, "utf8")) as { info: { description: string } }).info.description;

describe("emit-change-history (in-process)", () => {
  test("from a package, reads the repository's changesets and CHANGELOG.md and says how many changes it wrote", async () => {
    const { pkg } = repository({ ".changeset/other.md": changeset("@scenario-api/client", "major", "Client only.") });
    const run = await runCommand(command, ["dist/openapi.json", "--out", "dist/reference.json"], pkg);
    expect(run).toEqual({
      code: 0,
      stdout: "emit-change-history: 2 change(s) of @scenario-api/openapi → dist/reference.json",
      stderr: "",
    });
    const written = readFileSync(join(pkg, "dist/reference.json"), "utf8");
    // stableJson: two-space indent and a final newline, so rebuilds compare byte for byte.
    expect(written).toBe(`${JSON.stringify(JSON.parse(written), null, 2)}\n`);
    expect(descriptionIn(join(pkg, "dist/reference.json"))).toBe(
      "About.\n\n## API changes\n\nWhat changed in each version of `@scenario-api/openapi`, newest first.\n\n" +
        "### Unreleased\n\n- **minor**: Adds a webhook.\n\n### 0.2.0\n\n- **minor**: Job gains `priority`.\n",
    );
  });

  test("--changelog, --changesets and --package choose the history instead of the repository's", async () => {
    const { root, pkg } = repository({
      "elsewhere/CHANGELOG.md": "# @scenario-api/client\n\n## 3.0.0\n\n### Major Changes\n\n- Drops Node 18.\n",
      "elsewhere/changesets/a.md": changeset("@scenario-api/client", "patch", "Retry fix."),
    });
    const run = await runCommand(
      command,
      [
        "dist/openapi.json",
        "--out",
        "dist/reference.json",
        "--changelog",
        join(root, "elsewhere/CHANGELOG.md"),
        "--changesets",
        join(root, "elsewhere/changesets"),
        "--package",
        "@scenario-api/client",
      ],
      pkg,
    );
    expect(run.stdout).toBe("emit-change-history: 2 change(s) of @scenario-api/client → dist/reference.json");
    const description = descriptionIn(join(pkg, "dist/reference.json"));
    expect(description).toContain(
      "### Unreleased\n\n- **patch**: Retry fix.\n\n### 3.0.0\n\n- **major**: Drops Node 18.",
    );
    expect(description).not.toContain("webhook");
  });

  test("only .md files other than README.md in the changeset folder are changesets", async () => {
    const { pkg } = repository({
      ".changeset/README.md": changeset("@scenario-api/openapi", "major", "An example in the README."),
      ".changeset/draft.txt": changeset("@scenario-api/openapi", "major", "Not a changeset file."),
    });
    const run = await runCommand(command, ["dist/openapi.json", "--out", "dist/reference.json"], pkg);
    expect(run.stdout).toContain(": 2 change(s)");
    const description = descriptionIn(join(pkg, "dist/reference.json"));
    expect(description).not.toMatch(/README|Not a changeset/);
  });

  test("outside a repository, with no history anywhere, it says so in the section", async () => {
    const dir = mkdtempSync(join(tmpdir(), "change-history-alone-"));
    writeFileSync(join(dir, "openapi.json"), JSON.stringify(SPEC));
    const run = await runCommand(command, ["openapi.json", "--out", "reference.json"], dir);
    expect(run).toEqual({
      code: 0,
      stdout: "emit-change-history: 0 change(s) of @scenario-api/openapi → reference.json",
      stderr: "",
    });
    expect(descriptionIn(join(dir, "reference.json"))).toBe("About.\n\n## API changes\n\nNo changes recorded yet.\n");
  });

  test("a missing --changelog or --changesets folder is no history, not an error", async () => {
    const { root, pkg } = repository();
    const run = await runCommand(
      command,
      [
        "dist/openapi.json",
        "--out",
        "dist/reference.json",
        "--changelog",
        join(root, "none/CHANGELOG.md"),
        "--changesets",
        join(root, "none"),
      ],
      pkg,
    );
    expect(run.code).toBe(0);
    expect(descriptionIn(join(pkg, "dist/reference.json"))).toContain("No changes recorded yet.");
  });

  test("a spec that cannot be read fails with exit 1, names it, and leaves the output as it was", async () => {
    const { pkg } = repository();
    writeFileSync(join(pkg, "dist/reference.json"), "previous\n");
    const run = await runCommand(command, ["dist/missing.json", "--out", "dist/reference.json"], pkg);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^emit-change-history: cannot find "dist\/missing\.json".*; dist\/reference\.json left as it was$/,
    );
    expect(readFileSync(join(pkg, "dist/reference.json"), "utf8")).toBe("previous\n");
    expect(existsSync(join(pkg, "dist/openapi.json"))).toBe(true);
  });
});
