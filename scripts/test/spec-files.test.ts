/**
 * What a spec may load: every file any command reads through `$ref`s is checked before Redocly
 * reads it (spec-files.ts), and every way a spec can be wrong is bad input (exit 2), said with
 * file:line:col and never with the content of what a `$ref` pointed at.
 */
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { SpecError } from "../src/lib/spec-problems.ts";
import { checkSpecFiles, maxNesting } from "../src/lib/spec-files.ts";
import { formatMarkdown, markdownCode, markdownText } from "../src/spec-diff/format.ts";
import { finding } from "../src/spec-diff/rules.ts";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../..");
const specDiff = join(repoRoot, "scripts/spec-diff");
const scenarioGen = join(repoRoot, "scripts/bin/scenario-gen.js");
const secret = "ci-token-4f9a1c7e";
const env = { ...process.env, FAKE_CI_TOKEN: secret };

/** A spec folder whose response schema is `$ref: <ref>`, with files beside it. */
function specWith(ref: string, files: Record<string, string> = {}, more = ""): { dir: string; root: string } {
  const dir = mkdtempSync(join(tmpdir(), "spec-files-"));
  mkdirSync(join(dir, "spec"));
  const root = join(dir, "spec/openapi.yaml");
  writeFileSync(
    root,
    [
      "openapi: 3.1.0",
      "info: { title: t, version: '1' }",
      "paths:",
      "  /x:",
      "    get:",
      "      responses:",
      "        '200':",
      "          description: ok",
      "          content:",
      "            application/json:",
      "              schema:",
      `                $ref: ${JSON.stringify(ref)}`,
      more,
    ].join("\n"),
  );
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return { dir, root };
}

const aliasBomb = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ..."bcdefghi".split("").map((n, i) => `${n}: &${n} [${Array(9).fill(`*${"abcdefghi"[i]}`).join(",")}]`),
  "type: string",
  "",
].join("\n");

const refused: Array<[string, () => { dir: string; root: string }, RegExp]> = [
  [
    "/proc/self/environ",
    () => specWith("/proc/self/environ"),
    /openapi\.yaml:12:17 +error +\$ref '\/proc\/self\/environ' leaves the spec's folder/,
  ],
  ["/etc/passwd", () => specWith("/etc/passwd"), /openapi\.yaml:12:17 .*'\/etc\/passwd' leaves the spec's folder/],
  [
    "a file beside the spec's folder",
    () => specWith("../outside.yaml", { "outside.yaml": "type: integer\n" }),
    /'\.\.\/outside\.yaml' leaves the spec's folder/,
  ],
  [
    "a percent-encoded way out",
    () => specWith("..%2Foutside.yaml", { "outside.yaml": "type: integer\n" }),
    /'\.\.%2Foutside\.yaml' leaves the spec's folder/,
  ],
  ["an http URL", () => specWith("http://127.0.0.1:9/x.yaml"), /'http:\/\/127\.0\.0\.1:9\/x\.yaml' is a URL/],
  ["a file: URL", () => specWith("file:///etc/passwd"), /'file:\/\/\/etc\/passwd' is a URL/],
  ["a protocol-relative URL", () => specWith("//example.com/x.yaml"), /'\/\/example\.com\/x\.yaml' is a URL/],
  [
    "a $ref in a $ref'd file, out of the folder",
    () => specWith("./sub/a.yaml", { "spec/sub/a.yaml": "type: object\nproperties:\n  p:\n    $ref: /etc/passwd\n" }),
    /sub\/a\.yaml:4:5 .*'\/etc\/passwd' leaves the spec's folder/,
  ],
  [
    "a symbolic link out of the folder",
    () => {
      const made = specWith("./link.yaml", { "outside.yaml": "type: integer\n" });
      symlinkSync(join(made.dir, "outside.yaml"), join(made.dir, "spec/link.yaml"));
      return made;
    },
    /'\.\/link\.yaml' leaves the spec's folder through a symbolic link/,
  ],
  [
    "an alias bomb in a $ref'd file",
    () => specWith("./sub/bomb.yaml", { "spec/sub/bomb.yaml": aliasBomb }),
    /sub\/bomb\.yaml:1:1 .*more than 100 YAML alias expansions/,
  ],
  [
    "a cycle of $refs",
    () =>
      specWith(
        "#/components/schemas/A",
        {},
        "components:\n  schemas:\n    A:\n      $ref: '#/components/schemas/B'\n    B:\n      $ref: '#/components/schemas/A'\n",
      ),
    /\$ref '#\/components\/schemas\/[AB]' is a cycle of \$refs that never reaches a value/,
  ],
  [
    `nesting deeper than ${maxNesting} levels in a $ref'd file`,
    () => {
      let text = "type: string\n";
      for (let i = 0; i < 150; i++) text = `type: object\nproperties:\n  p:\n${text.replace(/^/gm, "    ")}`;
      return specWith("./deep.yaml", { "spec/deep.yaml": text });
    },
    /deep\.yaml:\d+:\d+ .*nested deeper than 100 levels/,
  ],
];

describe("checkSpecFiles", () => {
  test.each(refused)("%s is refused at its file:line:col, without the content", (_, make, message) => {
    const { dir, root } = make();
    const problems = checkSpecFiles(root, dir);
    expect(problems).toHaveLength(1);
    const text = new SpecError(problems).message;
    expect(text).toMatch(message);
    expect(text).not.toMatch(/root:|lol|type: integer/);
  });

  test("the repository's spec, its own folder only, is in order", () => {
    expect(checkSpecFiles(join(repoRoot, "openapi/openapi.yaml"), repoRoot)).toEqual([]);
  });

  test("a schema that refers to itself from inside (a tree) is no cycle", () => {
    const { dir, root } = specWith(
      "#/components/schemas/Tree",
      {},
      "components:\n  schemas:\n    Tree:\n      type: object\n      properties:\n        children:\n          type: array\n          items:\n            $ref: '#/components/schemas/Tree'\n",
    );
    expect(checkSpecFiles(root, dir)).toEqual([]);
  });
});

describe("the commands that load a spec", () => {
  test.each(refused)("%s: spec-diff exits 2 naming the $ref and its place, never what it names", (_, make, message) => {
    const { dir, root } = make();
    const good = specWith("./a.yaml", { "spec/a.yaml": "type: string\n" });
    const r = spawnSync(specDiff, [good.root, root], { cwd: dir, encoding: "utf8", env });
    expect(r.stderr).toMatch(message);
    expect(r.stderr + r.stdout).not.toContain(secret);
    expect(r.stderr).not.toMatch(/root:x:0|type: integer/);
    expect(r.status).toBe(2);
  });

  test("bundle-spec refuses an http $ref before anything is fetched (a server on 127.0.0.1 sees no request), exit 2", async () => {
    let requests = 0;
    const server = createServer((_, res) => {
      requests++;
      res.end("type: string\n");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const { dir, root } = specWith(`http://127.0.0.1:${port}/x.yaml`);
      // Spawned, not spawnSync: the server must be free to answer while the command runs.
      const r = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
        const proc = spawn(
          process.execPath,
          [scenarioGen, "bundle-spec", root, "--out", join(dir, "dist"), "--config", join(repoRoot, "redocly.yaml")],
          { cwd: dir, env },
        );
        let stderr = "";
        proc.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
        proc.on("close", (status: number | null) => resolve({ status, stderr }));
      });
      expect(r.stderr).toMatch(/openapi\.yaml:12:17 .*\$ref 'http:\/\/127\.0\.0\.1:\d+\/x\.yaml' is a URL/);
      expect(r.status).toBe(2);
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });

  test("check-spec-files (before `redocly lint`): exit 2 with the problem, exit 0 for the repository's spec", () => {
    const { dir, root } = specWith("/proc/self/environ");
    const refusedRun = spawnSync(process.execPath, [scenarioGen, "check-spec-files", root], {
      cwd: dir,
      encoding: "utf8",
      env,
    });
    expect(refusedRun.stderr).toMatch(/openapi\.yaml:12:17 .*'\/proc\/self\/environ' leaves the spec's folder/);
    expect(refusedRun.stderr).not.toContain(secret);
    expect(refusedRun.status).toBe(2);
    const ours = spawnSync(process.execPath, [scenarioGen, "check-spec-files", "openapi.yaml"], {
      cwd: join(repoRoot, "openapi"),
      encoding: "utf8",
    });
    expect(ours.status, ours.stderr).toBe(0);
  });

  test("a chain of 600 $refs (Redocly's stack overflows walking it) is bad input, exit 2", () => {
    const schemas: Record<string, unknown> = { S600: { type: "string" } };
    for (let i = 0; i < 600; i++)
      schemas[`S${i}`] = { type: "object", properties: { p: { $ref: `#/components/schemas/S${i + 1}` } } };
    const { dir, root } = specWith("./a.yaml", { "spec/a.yaml": "type: string\n" });
    const chain = join(dir, "spec/chain.json");
    writeFileSync(
      chain,
      JSON.stringify({
        openapi: "3.1.0",
        info: { title: "t", version: "1" },
        paths: {},
        components: { schemas },
      }),
    );
    const r = spawnSync(specDiff, [root, chain], { cwd: dir, encoding: "utf8" });
    expect(r.stderr).toMatch(/chain\.json:1:1 .*nests too deeply for Redocly to walk/);
    expect(r.status).toBe(2);
  });
});

describe("spec-diff's other bad input", () => {
  test("a --base commit without openapi/ is bad input, exit 2, said in our words", () => {
    const dir = mkdtempSync(join(tmpdir(), "spec-diff-no-openapi-"));
    const git = (...args: string[]) =>
      spawnSync("git", ["-c", "user.email=t@t", "-c", "user.name=t", ...args], { cwd: dir, encoding: "utf8" });
    git("init", "-q");
    writeFileSync(join(dir, "package.json"), '{"name":"x","workspaces":[]}\n');
    git("add", "-A");
    git("commit", "-qm", "before the spec");
    mkdirSync(join(dir, "openapi"));
    writeFileSync(
      join(dir, "openapi/openapi.yaml"),
      readFileSync(specWith("#/x").root, "utf8").replace('$ref: "#/x"', "type: string"),
    );
    git("add", "-A");
    git("commit", "-qm", "the spec");
    const r = spawnSync(specDiff, ["--base", "HEAD~1"], { cwd: dir, encoding: "utf8" });
    expect(r.stderr).toBe("spec-diff: HEAD~1: has no openapi/ folder to compare with\n");
    expect(r.status).toBe(2);
    // A revision without redocly.yaml is still compared (bundling needs no lint rules).
    const same = spawnSync(specDiff, ["--base", "HEAD"], { cwd: dir, encoding: "utf8" });
    expect(same.stdout).toMatch(/no changes to the API/);
    expect(same.status, same.stderr).toBe(0);
  });

  test("a problem list is bounded: 100 problems, then how many more", () => {
    const problems = Array.from({ length: 250 }, (_, i) => ({
      file: "a.yaml",
      line: i + 1,
      col: 1,
      message: "m",
      rule: "r",
      severity: "error" as const,
    }));
    const lines = new SpecError(problems).message.split("\n");
    expect(lines).toHaveLength(102);
    expect(lines[0]).toBe("250 problem(s) in the spec");
    expect(lines[100]).toBe("a.yaml:100:1  error  m  (r)");
    expect(lines[101]).toBe("... and 150 more problems");
  });
});

describe("--format markdown", () => {
  test("names from the spec render as text: no HTML, link, image, emphasis, autolink or @mention", () => {
    const hostile =
      "GET /x property <img src=x onerror=alert(1)>, [click](http://evil.example) ![i](y) @octocat *b* `c` www.evil.example";
    const md = formatMarkdown([finding("endpoint-added", "/paths/~1x/get/`b`", hostile)], "spec-diff: <i>a</i> → b");
    expect(md).not.toMatch(/<img|<i>|<b>|[^\\]\[|@octocat|http:\/\/|www\.evil/);
    expect(md).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(md).toContain("\\[click\\](http:\u2060//evil.example) !\\[i\\](y) @\u2060octocat \\*b\\* \\`c\\`");
    expect(md).toContain("### spec-diff: &lt;i&gt;a&lt;/i&gt; → b");
    // The pointer stays code, fenced so that its own backtick cannot end the span.
    expect(md).toContain("| `endpoint-added` | `` /paths/~1x/get/`b` `` |");
  });

  test("plain names are left as they read", () => {
    expect(markdownText("GET /things/{id} response 200 (a #1): removed")).toBe(
      "GET /things/{id} response 200 (a #1): removed",
    );
    expect(markdownCode("/paths/~1x/put")).toBe("`/paths/~1x/put`");
    expect(markdownCode("`x")).toBe("`` `x ``");
  });
});

describe("emit-change-history", () => {
  const runIt = (spec: string, changesets?: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), "change-history-"));
    writeFileSync(join(dir, "spec.json"), spec);
    mkdirSync(join(dir, ".changeset"));
    for (const [name, text] of Object.entries(changesets ?? {})) writeFileSync(join(dir, ".changeset", name), text);
    return spawnSync(process.execPath, [scenarioGen, "emit-change-history", "spec.json", "--out", "out"], {
      cwd: dir,
      encoding: "utf8",
    });
  };
  test.each([
    ["an array", "[1, 2]", /spec\.json: not an OpenAPI document \(the top level is an array\)/],
    ["no openapi version", '{"info": {}}', /spec\.json: not an OpenAPI document \(no openapi version\)/],
    ["info as text", '{"openapi": "3.1.0", "info": "x"}', /spec\.json: info must be an object, got string/],
    [
      "a description that is not text",
      '{"openapi": "3.1.0", "info": {"description": 5}}',
      /spec\.json: info\.description must be text, got number/,
    ],
  ])("refuses a spec that is %s: exit 2", (_, spec, message) => {
    const r = runIt(spec);
    expect(r.stderr).toMatch(message);
    expect(r.status).toBe(2);
  });

  test("refuses a changeset without front matter, naming it: exit 2", () => {
    const r = runIt('{"openapi": "3.1.0", "info": {"title": "t"}}', { "stray.md": "just text\n" });
    expect(r.stderr).toMatch(/stray\.md: not a changeset \(no front matter between --- lines at the top\)/);
    expect(r.status).toBe(2);
  });
});

test("Redocly's telemetry is off wherever the build runs its CLI, and our check runs before it", () => {
  expect(readFileSync(join(repoRoot, "redocly.yaml"), "utf8")).toMatch(/^telemetry: off$/m);
  const manifests = ["package.json", "openapi/package.json", "scripts/package.json"].concat(
    spawnSync("ls", [join(repoRoot, "packages")], { encoding: "utf8" })
      .stdout.trim()
      .split("\n")
      .map((p) => `packages/${p}/package.json`),
  );
  const uses: string[] = [];
  for (const manifest of manifests) {
    const scripts = (JSON.parse(readFileSync(join(repoRoot, manifest), "utf8")) as { scripts?: Record<string, string> })
      .scripts;
    for (const [name, line] of Object.entries(scripts ?? {})) {
      for (const step of line.split("&&").filter((s) => /\bredocly\s/.test(s))) {
        uses.push(`${manifest} ${name}`);
        expect(step, `${manifest} ${name}`).toMatch(/REDOCLY_TELEMETRY=off redocly /);
        expect(line.indexOf("scenario-gen check-spec-files"), `${manifest} ${name}`).toBeGreaterThan(-1);
        expect(line.indexOf("scenario-gen check-spec-files")).toBeLessThan(line.indexOf(step));
      }
    }
  }
  expect(uses).toEqual(["openapi/package.json lint"]);
});
