/** inline-redoc: the page's parts a reader relies on, Redoc's license beside it, and the command in-process. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { command, redocLicenseFiles } from "../src/inline-redoc.ts";
import { runCommand } from "./run-command.ts";

// The parts of redoc.standalone.js the patches look for (as in inline-redoc.test.ts).
const BUNDLE = [
  'var Redoc={init:function(){}};var logo={src:"https://cdn.redoc.ly/redoc/logo-mini.svg"};',
  "var Dm=(e,t)=>e?Rm.sanitize(t):t;",
  'var li=h(uv,{role:"menuitem","aria-label":e.sidebarLabel,"aria-expanded":e.expanded});',
  "//# sourceMappingURL=redoc.standalone.js.map",
].join("\n");
const SPEC = { openapi: "3.1.0", info: { title: "Demo API", version: "1" }, paths: {} };

/** node_modules/redoc as the package ships it: bundles/redoc.standalone.js, its notices, and LICENSE. */
function redocPackage(dir: string, { license = true, notices = true } = {}): string {
  mkdirSync(join(dir, "redoc/bundles"), { recursive: true });
  const bundle = join(dir, "redoc/bundles/redoc.standalone.js");
  writeFileSync(bundle, BUNDLE);
  if (notices) writeFileSync(`${bundle}.LICENSE.txt`, "/*! DOMPurify | Apache-2.0 */\n");
  if (license) writeFileSync(join(dir, "redoc/LICENSE"), "The MIT License (MIT)\n\nCopyright Redocly\n\n");
  return bundle;
}

describe("redocLicenseFiles", () => {
  test("ships Redoc's LICENSE followed by the notices of its bundle, under the bundle's name", () => {
    const bundle = redocPackage(mkdtempSync(join(tmpdir(), "redoc-license-")));
    expect(redocLicenseFiles(bundle)).toEqual({
      "redoc.standalone.js.LICENSE.txt":
        "The MIT License (MIT)\n\nCopyright Redocly\n\n/*! DOMPurify | Apache-2.0 */\n",
    });
  });
  test.each([
    ["LICENSE", { license: false }, /redoc\/LICENSE is missing: cannot ship Redoc without its license$/],
    ["the notices", { notices: false }, /redoc\.standalone\.js\.LICENSE\.txt is missing: cannot ship Redoc/],
  ])("refuses a redoc without %s", (_, missing, want) => {
    const bundle = redocPackage(mkdtempSync(join(tmpdir(), "redoc-license-")), missing);
    expect(() => redocLicenseFiles(bundle)).toThrow(want);
  });
});

describe("inline-redoc (in-process)", () => {
  function docsPackage() {
    const dir = mkdtempSync(join(tmpdir(), "inline-redoc-"));
    const bundle = redocPackage(dir);
    writeFileSync(join(dir, "reference.json"), JSON.stringify(SPEC));
    writeFileSync(join(dir, "redoc-options.json"), JSON.stringify({ hideDownloadButton: true }));
    return { dir, bundle };
  }

  test("writes the page and Redoc's license beside it, and says where and how big", async () => {
    const { dir, bundle } = docsPackage();
    const run = await runCommand(
      command,
      ["reference.json", "--redoc", bundle, "--options", "redoc-options.json", "--out", "dist/index.html"],
      dir,
    );
    const html = readFileSync(join(dir, "dist/index.html"), "utf8");
    expect(run).toEqual({
      code: 0,
      stdout: `inline-redoc: reference.json → dist/index.html, dist/redoc.standalone.js.LICENSE.txt (${Buffer.byteLength(html)} bytes)`,
      stderr: "",
    });
    expect(html).toContain("<title>Demo API · API reference</title>");
    expect(html).toContain('"hideDownloadButton": true');
    expect(readFileSync(join(dir, "dist/redoc.standalone.js.LICENSE.txt"), "utf8")).toMatch(/^The MIT License/);
  });

  test.each([
    [
      "--title names the page",
      ["--title", "Scenario reference"],
      "<title>Scenario reference</title>",
      '"sanitize": true',
    ],
    [
      "without --options, Redoc's defaults and sanitize",
      [],
      "<title>Demo API · API reference</title>",
      'var options = {\n    "sanitize": true\n  };',
    ],
  ])("%s", async (_, args, title, options) => {
    const { dir, bundle } = docsPackage();
    const run = await runCommand(command, ["reference.json", "--redoc", bundle, "--out", "index.html", ...args], dir);
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(join(dir, "index.html"), "utf8");
    expect(html).toContain(title);
    expect(html).toContain(options);
  });

  test("a page that cannot be built fails with exit 1, says why, and leaves the previous page", async () => {
    const { dir, bundle } = docsPackage();
    writeFileSync(join(dir, "reference.json"), JSON.stringify({ ...SPEC, info: { version: "1" } }));
    writeFileSync(join(dir, "index.html"), "previous\n");
    const run = await runCommand(command, ["reference.json", "--redoc", bundle, "--out", "index.html"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("inline-redoc: #/info/title: the document needs a title; index.html left as it was");
    expect(readFileSync(join(dir, "index.html"), "utf8")).toBe("previous\n");
  });
});
