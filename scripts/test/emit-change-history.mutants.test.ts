/** `scenario-gen emit-change-history` run in-process: where it finds the history, what it writes and says. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  command,
  historyMarkdown,
  parseChangelog,
  pendingChanges,
  withChangeHistory,
} from "../src/emit-change-history.ts";
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
    const run = await runCommand(command, ["dist/openapi.json", "--out", "dist"], pkg);
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
        "dist",
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
    const run = await runCommand(command, ["dist/openapi.json", "--out", "dist"], pkg);
    expect(run.stdout).toContain(": 2 change(s)");
    const description = descriptionIn(join(pkg, "dist/reference.json"));
    expect(description).not.toMatch(/README|Not a changeset/);
  });

  test("outside a repository, with no history anywhere, it says so in the section", async () => {
    const dir = mkdtempSync(join(tmpdir(), "change-history-alone-"));
    writeFileSync(join(dir, "openapi.json"), JSON.stringify(SPEC));
    const run = await runCommand(command, ["openapi.json", "--out", "."], dir);
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
        "dist",
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
    const run = await runCommand(command, ["dist/missing.json", "--out", "dist"], pkg);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^emit-change-history: cannot find "dist\/missing\.json".*; dist\/reference\.json left as it was$/,
    );
    expect(readFileSync(join(pkg, "dist/reference.json"), "utf8")).toBe("previous\n");
    expect(existsSync(join(pkg, "dist/openapi.json"))).toBe(true);
  });
});

describe("parseChangelog", () => {
  const cases: Array<[string, string, Array<{ version: string; changes: Array<{ bump: string; summary: string }> }>]> =
    [
      [
        "an entry that mentions updated dependencies is kept; only one that starts so is dropped",
        "## 1.0.1 \n\n### Patch Changes\n\n- Documents how Updated dependencies are listed.\n- Updated dependencies [abc1234]\n",
        [{ version: "1.0.1", changes: [{ bump: "patch", summary: "Documents how Updated dependencies are listed." }] }],
      ],
      [
        "a hex word inside an entry stays; only the leading commit hash goes",
        "## 1.0.0\n\n### Major Changes\n\n- Job ids such as 4f2a9c1b: are strings now.\n",
        [{ version: "1.0.0", changes: [{ bump: "major", summary: "Job ids such as 4f2a9c1b: are strings now." }] }],
      ],
      [
        "a section heading quoted inside an entry stays text",
        "## 0.3.0\n\n### Minor Changes\n\n- Adds x.\n  See the ### Patch Changes of 0.2.0.\n",
        [{ version: "0.3.0", changes: [{ bump: "minor", summary: "Adds x.\nSee the ### Patch Changes of 0.2.0." }] }],
      ],
      [
        "a line that is not indented ends the entry",
        "## 0.3.0\n\n### Minor Changes\n\n- Adds x.\n\nA note someone typed in.\n",
        [{ version: "0.3.0", changes: [{ bump: "minor", summary: "Adds x." }] }],
      ],
    ];
  test.each(cases)("%s", (_, text, want) => expect(parseChangelog(text)).toEqual(want));
});

describe("pendingChanges", () => {
  const file = (bump: string, summary: string) => changeset("@scenario-api/openapi", bump, summary);
  const cases: Array<[string, string[], Array<{ bump: string; summary: string }>]> = [
    [
      "major, then minor, then patch, whatever their text",
      [file("patch", "A typo."), file("minor", "B gains c."), file("major", "C goes.")],
      [
        { bump: "major", summary: "C goes." },
        { bump: "minor", summary: "B gains c." },
        { bump: "patch", summary: "A typo." },
      ],
    ],
    [
      "changes of one bump in the order of their text",
      [file("minor", "Cc."), file("minor", "Aa."), file("minor", "Bb."), file("minor", "Aa.")],
      [
        { bump: "minor", summary: "Aa." },
        { bump: "minor", summary: "Aa." },
        { bump: "minor", summary: "Bb." },
        { bump: "minor", summary: "Cc." },
      ],
    ],
    [
      "a file without front matter, or with it below other text, is no changeset",
      ["Notes about the release.\n", `Draft:\n${file("major", "Not yet.")}`],
      [],
    ],
  ];
  test.each(cases)("%s", (_, files, want) => expect(pendingChanges(files, "@scenario-api/openapi")).toEqual(want));
});

test("historyMarkdown lists every change of a version, one item each", () => {
  expect(
    historyMarkdown([
      {
        version: "1.0.0",
        changes: [
          { bump: "major", summary: "A goes." },
          { bump: "minor", summary: "B comes.\n\nWith details." },
        ],
      },
    ]),
  ).toBe(
    "## API changes\n\nWhat changed in each version of `@scenario-api/openapi`, newest first.\n\n" +
      "### 1.0.0\n\n- **major**: A goes.\n- **minor**: B comes.\n\n  With details.\n",
  );
});

describe("withChangeHistory", () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ["a spec without a description gets the section alone", { info: { title: "t" } }, "## API changes\n\nB.\n"],
    ["a spec without info too", {}, "## API changes\n\nB.\n"],
    ["a description that is not text is replaced", { info: { description: 3 } }, "## API changes\n\nB.\n"],
    [
      "the section of an earlier run, alone in the description, is replaced, not repeated",
      { info: { description: "## API changes\n\nA.\n" } },
      "## API changes\n\nB.\n",
    ],
    [
      "a heading that only starts the same is kept",
      { info: { description: "About.\n## API changes in 2025\nOld.\n" } },
      "About.\n## API changes in 2025\nOld.\n\n## API changes\n\nB.\n",
    ],
  ];
  test.each(cases)("%s", (_, spec, want) => {
    expect((withChangeHistory(spec, "## API changes\n\nB.\n").info as { description: string }).description).toBe(want);
  });
});
