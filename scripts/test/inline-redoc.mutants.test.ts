/** inline-redoc: the page's parts a reader relies on, Redoc's license beside it, and the command in-process. */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  command,
  FAVICON,
  FOOTER_LOGO,
  findRemoteReferences,
  inlineRedoc,
  patchRedocBundle,
  redocLicenseFiles,
  SANITIZE_CONFIG,
  withSecurityDefinitions,
} from "../src/inline-redoc.ts";
import { runCommand } from "./run-command.ts";

// The parts of redoc.standalone.js the patches look for (as in inline-redoc.test.ts).
const BUNDLE = [
  'var Redoc={init:function(){}};var logo={src:"https://cdn.redoc.ly/redoc/logo-mini.svg"};',
  "var Dm=(e,t)=>e?Rm.sanitize(t):t;",
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
      ["reference.json", "--redoc", bundle, "--options", "redoc-options.json", "--out", "dist"],
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
    const run = await runCommand(command, ["reference.json", "--redoc", bundle, "--out", ".", ...args], dir);
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(join(dir, "index.html"), "utf8");
    expect(html).toContain(title);
    expect(html).toContain(options);
  });

  test("a page that cannot be built fails with exit 1, says why, and leaves the previous page", async () => {
    const { dir, bundle } = docsPackage();
    writeFileSync(join(dir, "reference.json"), JSON.stringify({ ...SPEC, info: { version: "1" } }));
    writeFileSync(join(dir, "index.html"), "previous\n");
    const run = await runCommand(command, ["reference.json", "--redoc", bundle, "--out", "."], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("inline-redoc: #/info/title: the document needs a title; index.html left as it was");
    expect(readFileSync(join(dir, "index.html"), "utf8")).toBe("previous\n");
  });
});

describe("the page", () => {
  const page = (spec: Record<string, unknown> = SPEC) =>
    inlineRedoc({ spec, redocBundle: BUNDLE, options: { hideHostname: true } });
  const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

  // Run here against a stand-in DOM; packages/docs' Chromium tests check the rendered menu.
  test("its script takes the side menu items' aria-label away as they appear, so their name is the text they show", () => {
    const init = [...page().matchAll(/<script>([\s\S]*?)<\/script>/g)].at(-1)?.[1] ?? "";
    const removed: string[] = [];
    const queried: string[] = [];
    const root = {
      querySelectorAll: (selector: string) => {
        queried.push(selector);
        return ["a", "b"].map((id) => ({ removeAttribute: (name: string) => removed.push(`${id} ${name}`) }));
      },
    };
    const observed: unknown[] = [];
    let onMutation = () => {};
    class Observer {
      constructor(callback: () => void) {
        onMutation = callback;
      }
      observe(target: unknown, options: unknown) {
        observed.push(target, options);
      }
    }
    const document = {
      getElementById: (id: string) => (id === "redoc" ? root : { textContent: "{}" }),
      documentElement: { setAttribute: () => {} },
    };
    const rendered: unknown[] = [];
    const Redoc = { init: (_spec: unknown, _options: unknown, element: unknown) => rendered.push(element) };
    new Function("window", "document", "MutationObserver", "Redoc", init)({}, document, Observer, Redoc);
    expect(observed).toEqual([root, { childList: true, subtree: true, attributeFilter: ["aria-label"] }]);
    expect(rendered).toEqual([root]);
    expect(removed).toEqual([]);
    onMutation();
    expect(queried).toEqual(['[role="menuitem"][aria-label]']);
    expect(removed).toEqual(["a aria-label", "b aria-label"]);
  });

  test("is this markup around the inlined scripts, with a CSP that allows nothing else", () => {
    const html = page();
    const [redoc, init] = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    const csp = [
      "default-src 'none'",
      `script-src ${sha256(redoc!)} ${sha256(init!)}`,
      "style-src 'unsafe-inline'",
      "img-src data:",
      "worker-src blob:",
      "base-uri 'none'",
      "form-action 'none'",
    ].join("; ");
    const skeleton = html.replace(/(<script[^>]*>)[\s\S]*?(<\/script>)/g, "$1…$2");
    expect(skeleton).toBe(
      [
        "<!doctype html>",
        "<!-- Generated from @scenario-api/openapi by scripts/src/inline-redoc.ts. Do not edit. -->",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Demo API · API reference</title>",
        `<link rel="icon" type="image/svg+xml" href="${FAVICON.replace(/&/g, "&amp;")}">`,
        "<style>body{margin:0;padding:0}noscript p{font:16px/1.5 system-ui,sans-serif;margin:2rem}</style>",
        "</head>",
        "<body>",
        '<noscript><p>This API reference needs JavaScript. Next to this page: <a href="openapi.yaml">openapi.yaml</a>, <a href="openapi.json">openapi.json</a>.</p></noscript>',
        '<div id="redoc"></div>',
        '<script id="openapi-document" type="application/json">…</script>',
        "<script>…</script>",
        "<script>…</script>",
        "</body>",
        "</html>",
        "",
      ].join("\n"),
    );
  });

  test("starts Redoc with the document, the options (sanitize on) and a done signal", () => {
    const init = [...page().matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!)[1];
    expect(init).toBe(`(function () {
  "use strict";
  var spec = JSON.parse(document.getElementById("openapi-document").textContent);
  var options = {
    "hideHostname": true,
    "sanitize": true
  };
  // Redoc's Prism has no TypeScript grammar and would fall back to C-like; JavaScript's fits.
  var prism = window.Prism;
  if (prism && prism.languages && prism.languages.javascript && !prism.languages.typescript) {
    prism.languages.typescript = prism.languages.javascript;
  }
  // Redoc labels the side menu's items with the bare name, but they show the HTTP method too
  // ("put Run a workflow") and, for a tag, its operations: the visible text must be part of the
  // accessible name (WCAG 2.5.3), so the label goes as each item appears and the name is the text.
  var root = document.getElementById("redoc");
  new MutationObserver(function () {
    var labelled = root.querySelectorAll('[role="menuitem"][aria-label]');
    for (var i = 0; i < labelled.length; i++) labelled[i].removeAttribute("aria-label");
  }).observe(root, { childList: true, subtree: true, attributeFilter: ["aria-label"] });
  Redoc.init(spec, options, root, function (error) {
    document.documentElement.setAttribute("data-redoc", error ? "error" : "ready");
    if (error) console.error("The API reference could not be rendered:", error);
  });
})();
`);
  });

  test("quotes in the summary stay inside the description attribute", () => {
    expect(page({ ...SPEC, info: { ...SPEC.info, summary: 'The "Scenario" API' } })).toContain(
      '<meta name="description" content="The &quot;Scenario&quot; API">',
    );
  });

  test("a blank title is refused like a missing one", () => {
    expect(() => page({ ...SPEC, info: { title: "  ", version: "1" } })).toThrow(
      expect.objectContaining({ name: "InlineRedocError", message: "#/info/title: the document needs a title" }),
    );
  });
});

describe("patchRedocBundle", () => {
  test("leaves valid JavaScript with the logo inlined, the sanitizer configured and no source maps", () => {
    const patched = patchRedocBundle(BUNDLE);
    expect(patched.split("\n")).toEqual([
      `var Redoc={init:function(){}};var logo={src:${JSON.stringify(FOOTER_LOGO)}};`,
      `var Dm=(e,t)=>e?Rm.sanitize(t,${JSON.stringify(SANITIZE_CONFIG)}):t;`,
      "",
    ]);
    expect(() => new Function(patched)).not.toThrow();
  });

  test("the footer logo is a whole SVG image", () => {
    const svg = decodeURIComponent(FOOTER_LOGO.slice("data:image/svg+xml,".length));
    expect(svg).toMatch(
      /^<svg xmlns='http:\/\/www\.w3\.org\/2000\/svg' viewBox='0 0 16 16'>(<path fill='#[0-9a-f]{3,6}' d='[^']+'\/>){2}<\/svg>$/,
    );
  });
});

describe("findRemoteReferences", () => {
  const remote: Array<[string, unknown, string[]]> = [
    [
      "a remote image after a space",
      { description: "![logo]( https://x/l.png)" },
      ['#/description: "![logo]( https://" in the Markdown would load remote content'],
    ],
    [
      "a protocol-relative image",
      { summary: "![logo](//cdn.example/l.png)" },
      ['#/summary: "![logo](//" in the Markdown would load remote content'],
    ],
    [
      "an http image",
      { description: "![logo](<http://x/l.png>)" },
      ['#/description: "![logo](<http://" in the Markdown would load remote content'],
    ],
    [
      "a remote image in the description of a property named description",
      { properties: { description: { type: "string", description: "![x](https://x/y.png)" } } },
      ['#/properties/description/description: "![x](https://" in the Markdown would load remote content'],
    ],
    [
      "nulls, numbers and a property named $ref",
      { default: null, maximum: 3, properties: { $ref: { type: "string" } } },
      [],
    ],
    ["a property named externalValue", { properties: { externalValue: { type: "string" } } }, []],
    ["an example that shows an image tag as data", { example: '<img src="https://x/y.png">' }, []],
  ];
  test.each(remote)("%s", (_, doc, want) => expect(findRemoteReferences(doc)).toEqual(want));
});

describe("withSecurityDefinitions: the marker goes at the end of the description's Authentication section", () => {
  const withSchemes = (description: unknown, securitySchemes: unknown = { basicAuth: { type: "http" } }) => ({
    openapi: "3.1.0",
    info: { title: "t", description },
    components: { securitySchemes },
  });
  const MARKER = "<!-- ReDoc-Inject: <security-definitions> -->";
  const placed: Array<[string, string, string]> = [
    [
      "after an introduction",
      "Intro.\n\n## Authentication\nBasic.\n\n## Limits\nSome.",
      `Intro.\n\n## Authentication\nBasic.\n\n${MARKER}\n\n## Limits\nSome.`,
    ],
    ["as the last section", "## Authentication\nBasic.\n", `## Authentication\nBasic.\n\n${MARKER}\n`],
    [
      "with spaces around the heading's text",
      "##  Authentication  \nBasic.\n# Next",
      `##  Authentication  \nBasic.\n\n${MARKER}\n\n# Next`,
    ],
    [
      "with its own subsections",
      "# Authentication\nA.\n## Keys\nK.\n# Limits",
      `# Authentication\nA.\n## Keys\nK.\n\n${MARKER}\n\n# Limits`,
    ],
  ];
  test.each(placed)("%s", (_, description, want) => {
    expect((withSecurityDefinitions(withSchemes(description)).info as { description: string }).description).toBe(want);
  });

  const untouched: Array<[string, Record<string, unknown>]> = [
    ["no description", withSchemes(undefined)],
    ["no security schemes", withSchemes("## Authentication\nBasic.", null)],
    ["an empty list of schemes", withSchemes("## Authentication\nBasic.", {})],
    ["no info at all", { openapi: "3.1.0", components: { securitySchemes: { basicAuth: { type: "http" } } } }],
    ["a heading that only starts with Authentication", withSchemes("## Authentication and limits\nBasic.")],
    ["prose that ends in a hash and the word", withSchemes("Written in C# Authentication\nBasic.")],
  ];
  test.each(untouched)("leaves the spec alone with %s", (_, spec) => {
    expect(withSecurityDefinitions(spec)).toBe(spec);
  });
});

describe("what a refused page says", () => {
  test.each([
    [
      "every remote reference, one a line",
      { ...SPEC, components: { schemas: { A: { $ref: "a.yaml" }, B: { $ref: "b.yaml" } } } },
      'the document would load remote content:\n  #/components/schemas/A/$ref: external $ref "a.yaml" (bundle the spec first)\n  #/components/schemas/B/$ref: external $ref "b.yaml" (bundle the spec first)',
    ],
    [
      "every unsafe text, one a line",
      {
        ...SPEC,
        tags: [
          { name: "a", description: "<form>" },
          { name: "b", description: "<base>" },
        ],
      },
      "the document's text would move the reader off the page:\n  #/tags/0/description: a <form> (it would send what the reader types elsewhere)\n  #/tags/1/description: a <base> element (it would change where every link of the page goes)",
    ],
  ])("%s", (_, spec, message) => {
    expect(() => inlineRedoc({ spec, redocBundle: BUNDLE })).toThrow(message);
  });

  test("a Redoc bundle the patches no longer fit names the patch and the Redoc they were written for", () => {
    expect(() => patchRedocBundle(BUNDLE.replace("Rm.sanitize(t)", "Rm.sanitize(t,{})"))).toThrow(
      "redoc bundle: expected exactly one match for the Markdown sanitizer (=(e,t)=>e?X.sanitize(t):t;), found 0; " +
        "the patches in scripts/src/inline-redoc.ts were written for redoc 2.5.4's bundles/redoc.standalone.js",
    );
  });
});
