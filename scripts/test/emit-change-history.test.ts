import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { historyMarkdown, parseChangelog, pendingChanges, withChangeHistory } from "../src/emit-change-history.ts";

const CHANGELOG = `# @scenario-api/openapi

## 1.0.0

### Major Changes

- 3f2a9c1: JobStatus loses \`warming-up\`.

  Clients that switch over it drop that branch.

### Patch Changes

- Updated dependencies [3f2a9c1]

## 0.2.0

### Minor Changes

- a1b2c3d4e5: Job gains \`priority\`.
`;

describe("the history of @scenario-api/openapi", () => {
  test("released versions come from CHANGELOG.md, without dependency updates or commit hashes", () => {
    expect(parseChangelog(CHANGELOG)).toEqual([
      {
        version: "1.0.0",
        changes: [
          { bump: "major", summary: "JobStatus loses `warming-up`.\n\nClients that switch over it drop that branch." },
        ],
      },
      { version: "0.2.0", changes: [{ bump: "minor", summary: "Job gains `priority`." }] },
    ]);
  });

  const pending: Array<[string, string[], Array<{ bump: string; summary: string }>]> = [
    [
      "a changeset naming the spec",
      [`---\n"@scenario-api/openapi": minor\n"@scenario-api/types": minor\n---\n\nAdds a webhook.\n`],
      [{ bump: "minor", summary: "Adds a webhook." }],
    ],
    ["one that does not", [`---\n"@scenario-api/client": patch\n---\n\nRetry fix.\n`], []],
    [
      "majors first",
      [`---\n'@scenario-api/openapi': patch\n---\nTypo.\n`, `---\n"@scenario-api/openapi": major\n---\nDrops X.\n`],
      [
        { bump: "major", summary: "Drops X." },
        { bump: "patch", summary: "Typo." },
      ],
    ],
  ];
  test.each(pending)("pending: %s", (_, files, want) => {
    expect(pendingChanges(files, "@scenario-api/openapi")).toEqual(want);
  });

  test("markdown: newest first, versions without changes left out", () => {
    expect(historyMarkdown([{ version: "Unreleased", changes: [] }, ...parseChangelog(CHANGELOG)])).toBe(
      "## API changes\n\nWhat changed in each version of `@scenario-api/openapi`, newest first.\n\n" +
        "### 1.0.0\n\n- **major**: JobStatus loses `warming-up`.\n\n  Clients that switch over it drop that branch.\n\n" +
        "### 0.2.0\n\n- **minor**: Job gains `priority`.\n",
    );
    expect(historyMarkdown([{ version: "Unreleased", changes: [] }])).toBe(
      "## API changes\n\nNo changes recorded yet.\n",
    );
  });

  test("the section ends info.description, and replaces one already there", () => {
    const spec = { openapi: "3.1.0", info: { title: "t", version: "1", description: "About.\n" } };
    const once = withChangeHistory(spec, "## API changes\n\nA.\n");
    expect(once.info).toEqual({ title: "t", version: "1", description: "About.\n\n## API changes\n\nA.\n" });
    expect(withChangeHistory(once, "## API changes\n\nB.\n").info).toEqual({
      title: "t",
      version: "1",
      description: "About.\n\n## API changes\n\nB.\n",
    });
  });
});

describe("the CLI", () => {
  const bin = join(dirname(fileURLToPath(import.meta.url)), "../bin/scenario-gen.js");
  test("finds the repository's changesets and CHANGELOG.md from a package below it", () => {
    const repo = mkdtempSync(join(tmpdir(), "change-history-"));
    mkdirSync(join(repo, ".changeset"));
    mkdirSync(join(repo, "openapi"));
    mkdirSync(join(repo, "packages/docs/dist"), { recursive: true });
    writeFileSync(join(repo, "openapi/CHANGELOG.md"), CHANGELOG);
    writeFileSync(join(repo, ".changeset/next.md"), `---\n"@scenario-api/openapi": minor\n---\n\nAdds a webhook.\n`);
    writeFileSync(
      join(repo, "packages/docs/dist/openapi.json"),
      JSON.stringify({ openapi: "3.1.0", info: { title: "t", version: "1", description: "About." } }),
    );
    const run = spawnSync(process.execPath, [bin, "emit-change-history", "dist/openapi.json", "--out", "dist"], {
      cwd: join(repo, "packages/docs"),
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    const description = (
      JSON.parse(readFileSync(join(repo, "packages/docs/dist/reference.json"), "utf8")) as {
        info: { description: string };
      }
    ).info.description;
    expect(description).toMatch(/^About\.\n\n## API changes\n/);
    expect(description).toContain(
      "### Unreleased\n\n- **minor**: Adds a webhook.\n\n### 1.0.0\n\n- **major**: JobStatus loses `warming-up`.",
    );
  });

  test("an unreadable spec fails and names it", () => {
    const run = spawnSync(process.execPath, [bin, "emit-change-history", "nope.json", "--out", "x"], {
      cwd: tmpdir(),
      encoding: "utf8",
    });
    expect(run.stderr).toMatch(/cannot find "nope\.json"/);
    expect(run.status).toBe(1);
  });
});
