import { describe, expect, test } from "vitest";
import {
  bumpFor,
  changesetFileName,
  changesetText,
  missingMajors,
  packageBumps,
  pendingMajors,
  SPEC_PACKAGES,
} from "../src/spec-diff/changeset.ts";
import { formatJson, formatMarkdown, formatText } from "../src/spec-diff/format.ts";
import type { Finding } from "../src/spec-diff/model.ts";
import { finding } from "../src/spec-diff/rules.ts";

const breaking = finding(
  "request-parameter-removed",
  "/paths/~1x/put/parameters/1",
  "PUT /x query parameter q: removed",
);
const addition = finding(
  "new-optional-request-parameter",
  "/paths/~1x/put/parameters/1",
  "PUT /x query parameter q: optional parameter added",
);
const docs = finding("documentation-changed", "/info/description", "/info/description: description changed");
const generated = [
  "@scenario-api/client",
  "@scenario-api/docs",
  "@scenario-api/mock-server",
  "@scenario-api/openapi",
  "@scenario-api/schemas",
  "@scenario-api/types",
];

describe("pending major changesets", () => {
  const cases: Array<[string, string[], string[]]> = [
    ["all spec packages major", [`---\n${SPEC_PACKAGES.map((p) => `"${p}": major`).join("\n")}\n---\n\nBreaking.`], []],
    ["only a minor", [`---\n"@scenario-api/types": minor\n---\n\nx`], SPEC_PACKAGES],
    [
      "majors spread over two files",
      [
        `---\n"@scenario-api/openapi": major\n"@scenario-api/types": major\n---\n`,
        `---\n'@scenario-api/schemas': major\n"@scenario-api/client": major\n---\n`,
      ],
      [],
    ],
    [
      "one missing",
      [`---\n"@scenario-api/openapi": major\n"@scenario-api/types": major\n"@scenario-api/schemas": major\n---\n`],
      ["@scenario-api/client"],
    ],
    ["CRLF line ends", [`---\r\n${SPEC_PACKAGES.map((p) => `"${p}": major`).join("\r\n")}\r\n---\r\n`], []],
  ];
  test.each(cases)("%s", (_, files, missing) =>
    expect(missingMajors([breaking], pendingMajors(files))).toEqual(missing),
  );
  test("nothing breaking needs no changeset", () => expect(missingMajors([addition, docs], new Set())).toEqual([]));
});

describe("the bump", () => {
  const cases: Array<[string, Finding[], string | undefined]> = [
    ["breaking → major", [addition, breaking], "major"],
    ["an addition → minor", [addition, docs], "minor"],
    ["text only → patch", [docs], "patch"],
    ["nothing → none", [], undefined],
  ];
  test.each(cases)("%s", (_, findings, bump) => expect(bumpFor(findings)).toBe(bump));

  test("a breaking change is major for the spec packages and minor for docs and mock-server", () => {
    expect(Object.fromEntries(packageBumps([breaking], generated))).toEqual({
      "@scenario-api/client": "major",
      "@scenario-api/docs": "minor",
      "@scenario-api/mock-server": "minor",
      "@scenario-api/openapi": "major",
      "@scenario-api/schemas": "major",
      "@scenario-api/types": "major",
    });
    expect(new Set(packageBumps([addition], generated).values())).toEqual(new Set(["minor"]));
  });

  test("the changeset lists the changes and is named by its content", () => {
    const text = changesetText(packageBumps([breaking, addition], ["@scenario-api/openapi"]), [breaking, addition]);
    expect(text).toBe(
      `---\n"@scenario-api/openapi": major\n---\n\nBreaking change to the API (describe what users must change).\n\n- **Breaking:** PUT /x query parameter q: removed\n- PUT /x query parameter q: optional parameter added\n`,
    );
    expect(changesetFileName(text)).toMatch(/^spec-diff-[0-9a-f]{10}\.md$/);
    expect(changesetFileName(text)).toBe(changesetFileName(`${text}`));
  });
});

describe("output formats", () => {
  const located = { ...breaking, source: "openapi/paths/x.yaml:12" };
  test("json is { changes: [{ rule, level, at, message }] }", () => {
    expect(JSON.parse(formatJson([located, addition]))).toEqual({
      changes: [
        {
          rule: "request-parameter-removed",
          level: "breaking",
          at: "/paths/~1x/put/parameters/1",
          message: "PUT /x query parameter q: removed",
          source: "openapi/paths/x.yaml:12",
        },
        {
          rule: "new-optional-request-parameter",
          level: "info",
          at: "/paths/~1x/put/parameters/1",
          message: "PUT /x query parameter q: optional parameter added",
        },
      ],
    });
  });
  test("text names level, change, rule, pointer and source line", () => {
    expect(formatText([located], "spec-diff: a → b")).toBe(
      "spec-diff: a → b: 1 breaking, 0 warning(s), 0 compatible\nBREAKING  PUT /x query parameter q: removed\n          request-parameter-removed  /paths/~1x/put/parameters/1  openapi/paths/x.yaml:12",
    );
    expect(formatText([], "t")).toBe("t\nno changes to the API");
  });
  test("markdown is a table that survives a | in a message", () => {
    const md = formatMarkdown([{ ...addition, message: "type a|b" }], "API changes");
    expect(md).toContain("| info | type a\\|b | `new-optional-request-parameter` | `/paths/~1x/put/parameters/1` |");
  });
});

describe("which packages a spec change bumps", () => {
  // Root README.md, .changeset/README.md and scripts/README.md say it in the same words, and the
  // words name exactly the packages --changeset bumps (and the fixed group that follows schemas).
  test("the three READMEs say one thing, and it is what --changeset does", async () => {
    const { readFileSync } = await import("node:fs");
    const { generatedPackages } = await import("../src/spec-diff/workspace.ts");
    const { SPEC_PACKAGES } = await import("../src/spec-diff/changeset.ts");
    const root = new URL("../../", import.meta.url);
    const paragraph = (file: string) => {
      const text = readFileSync(new URL(file, root), "utf8").replace(/\s+/g, " ");
      return /A spec change bumps every package built from the spec: .*?\(one `fixed` group\)\./.exec(text)?.[0];
    };
    const said = ["README.md", ".changeset/README.md", "scripts/README.md"].map(paragraph);
    expect(said[0]).toBeDefined();
    expect(new Set(said).size).toBe(1);
    const named = [...(said[0] ?? "").matchAll(/`(?:@scenario-api\/)?([a-z-]+)`/g)]
      .map((m) => m[1] ?? "")
      .filter((word) => !["major", "minor", "patch", "fixed"].includes(word))
      .map((name) => `@scenario-api/${name}`);
    const config = JSON.parse(readFileSync(new URL(".changeset/config.json", root), "utf8")) as { fixed: string[][] };
    const generated = generatedPackages(new URL(".", root).pathname);
    const followers = config.fixed.flat().filter((p) => !generated.includes(p));
    expect(new Set(named)).toEqual(new Set([...generated, ...followers]));
    expect(named.slice(0, SPEC_PACKAGES.length).sort()).toEqual([...SPEC_PACKAGES].sort());
  });
});

describe("scripts/README.md", () => {
  test("its rule catalogue is the one in rules.ts", async () => {
    const { readFileSync } = await import("node:fs");
    const { rulesMarkdown } = await import("../src/spec-diff/rules.ts");
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const table = /<!-- rules:start -->\n([\s\S]*?)\n<!-- rules:end -->/.exec(readme)?.[1];
    expect(table).toBe(rulesMarkdown());
  });
});
