import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import {
  escapeInlineJson,
  escapeInlineScript,
  FAVICON,
  findRemoteReferences,
  FOOTER_LOGO,
  inlineRedoc,
  patchRedocBundle,
  SANITIZE_CONFIG,
  withSecurityDefinitions,
} from "../src/inline-redoc.ts";

// The shape of the parts of redoc.standalone.js the patches look for.
const fakeBundle = [
  'var Redoc={init:function(){}};var logo={src:"https://cdn.redoc.ly/redoc/logo-mini.svg"};',
  "var Dm=(e,t)=>e?Rm.sanitize(t):t;function Mm(e){}",
  "var w=new Blob(['x();\\n//# sourceMappingURL=d87b.worker.js.map']);",
  'var s="<script><\\/script>";var r=/<!--[\\s\\S]*?-->/;',
  "//# sourceMappingURL=redoc.standalone.js.map",
].join("\n");

const spec = () => ({
  openapi: "3.1.0",
  info: {
    title: "Demo API",
    summary: "A <demo> & more",
    version: "1",
    description: "## Authentication\nBasic.\n\n## Limits\nSome.",
  },
  paths: {},
  components: { securitySchemes: { basicAuth: { type: "http", scheme: "basic" } } },
});

describe("patchRedocBundle", () => {
  test("replaces the CDN logo with an inline image and drops every source map comment", () => {
    const out = patchRedocBundle(fakeBundle);
    expect(out).not.toContain("cdn.redoc.ly");
    expect(out).not.toContain("sourceMappingURL");
    expect(out).toContain(JSON.stringify(FOOTER_LOGO));
  });
  test("gives the Markdown sanitizer a list of what else to remove: forms and their controls", () => {
    const out = patchRedocBundle(fakeBundle);
    expect(out).toContain(`var Dm=(e,t)=>e?Rm.sanitize(t,${JSON.stringify(SANITIZE_CONFIG)}):t;`);
    expect(SANITIZE_CONFIG.FORBID_TAGS).toEqual(expect.arrayContaining(["form", "input", "button", "meta", "base"]));
  });
  test.each([
    [
      "the logo is gone",
      fakeBundle.replace("cdn.redoc.ly", "cdn.example"),
      /exactly one match for the footer's branding logo.*found 0/,
    ],
    ["the logo appears twice", `${fakeBundle}\n"https://cdn.redoc.ly/redoc/logo-mini.svg"`, /found 2/],
    ["no source maps", fakeBundle.replace(/sourceMappingURL/g, "x"), /at least one match for source map comments/],
    [
      "the sanitizer is called differently",
      fakeBundle.replace("Rm.sanitize(t)", "Rm.sanitize(t,{})"),
      /exactly one match for the Markdown sanitizer/,
    ],
  ])("fails when %s (a changed bundle is not silently shipped)", (_, bundle, want) => {
    expect(() => patchRedocBundle(bundle)).toThrow(want);
  });
});

describe("escaping for inline <script> elements", () => {
  const scripts: Array<[string, string]> = [
    ["a closing tag in a string", 'globalThis.v = "</script><p>";'],
    ["an upper-case closing tag", 'globalThis.v = "</SCRIPT>";'],
    ["an HTML comment opener in a regex", "globalThis.v = /<!--(?:x)-->/.test('<!--x-->');"],
    ["an opening tag in a template", "globalThis.v = `<script src=x>`;"],
  ];
  test.each(scripts)("%s: no breakout sequence remains, and the script means the same", (_, js) => {
    const escaped = escapeInlineScript(js);
    expect(escaped).not.toMatch(/<\/script|<!--|<script/i);
    const run = (code: string) => new Function(`${code}; return globalThis.v;`)();
    expect(run(escaped)).toEqual(run(js));
  });
  test("JSON keeps its value", () => {
    const value = { d: "</script><!-- <b>" };
    const escaped = escapeInlineJson(JSON.stringify(value));
    expect(escaped).not.toContain("<");
    expect(JSON.parse(escaped)).toEqual(value);
  });
});

describe("findRemoteReferences", () => {
  test.each([
    ["an external $ref", { a: { $ref: "./x.yaml#/Y" } }, /#\/a\/\$ref: external \$ref/],
    ["an externalValue", { ex: [{ externalValue: "https://x/e.json" }] }, /#\/ex\/0\/externalValue/],
    [
      "a remote Markdown image",
      { info: { description: "see ![logo](https://x/l.png)" } },
      /#\/info\/description: .*remote content/,
    ],
    [
      "an <img> tag",
      { paths: { "/a": { get: { summary: 'x <img src="//x/y.png">' } } } },
      /#\/paths\/~1a\/get\/summary/,
    ],
  ])("reports %s with its JSON pointer", (_, doc, want) => {
    expect(findRemoteReferences(doc).join("\n")).toMatch(want);
  });
  test("accepts local refs and links", () => {
    expect(findRemoteReferences({ a: { $ref: "#/b" }, info: { description: "[home](https://example.com)" } })).toEqual(
      [],
    );
  });
});

describe("withSecurityDefinitions", () => {
  test("puts Redoc's marker at the end of the description's own Authentication section", () => {
    const out = withSecurityDefinitions(spec()) as any;
    expect(out.info.description).toBe(
      "## Authentication\nBasic.\n\n<!-- ReDoc-Inject: <security-definitions> -->\n\n## Limits\nSome.",
    );
  });
  test.each([
    ["no Authentication heading (Redoc adds its own)", { description: "## Limits" }],
    ["a marker already there", { description: "## Authentication\n<SecurityDefinitions />" }],
  ])("leaves the description alone with %s", (_, info) => {
    const doc = { ...spec(), info: { ...spec().info, ...info } };
    expect(withSecurityDefinitions(doc)).toEqual(doc);
  });
});

describe("inlineRedoc", () => {
  // Rendered inside each test (not in the describe body, where a failure is no test's).
  const render = () =>
    inlineRedoc({
      spec: spec(),
      redocBundle: fakeBundle,
      options: { hideHostname: true, note: "</script>" },
    });

  test("is deterministic", () => {
    const page = render();
    expect(
      inlineRedoc({ spec: spec(), redocBundle: fakeBundle, options: { hideHostname: true, note: "</script>" } }),
    ).toBe(page);
  });

  test("has the title, the description and a CSP allowing exactly its own scripts by hash", () => {
    const page = render();
    expect(page).toContain("<title>Demo API · API reference</title>");
    expect(page).toContain('<meta name="description" content="A &lt;demo&gt; &amp; more">');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)![1]!;
    expect(csp).toMatch(/^default-src 'none'; /);
    const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(2);
    const hashes = scripts.map((s) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`);
    expect(csp).toContain(`script-src ${hashes.join(" ")};`);
    expect(page.indexOf("Content-Security-Policy")).toBeLessThan(page.indexOf("<script"));
  });

  test("has an icon of its own, inline, so that nothing is fetched for it", () => {
    const page = render();
    expect(page).toContain(`<link rel="icon" type="image/svg+xml" href="${FAVICON.replace(/&/g, "&amp;")}">`);
    expect(FAVICON).toMatch(/^data:image\/svg\+xml,%3Csvg /);
  });

  test("embeds the document (with the security marker) as JSON and the options in the init script", () => {
    const page = render();
    const json = /<script id="openapi-document" type="application\/json">([\s\S]*?)<\/script>/.exec(page)![1]!;
    expect(JSON.parse(json).info.description).toContain("<!-- ReDoc-Inject: <security-definitions> -->");
    expect(page).toContain('"hideHostname": true');
    expect(page).not.toMatch(/<\/script>(?!\n)/);
    expect(page).not.toContain("cdn.redoc.ly");
  });

  test.each([
    [
      "a document that would load remote content",
      { ...spec(), components: { schemas: { A: { $ref: "other.yaml" } } } },
      /#\/components\/schemas\/A\/\$ref/,
    ],
    ["a document without a title", { ...spec(), info: { version: "1" } }, /#\/info\/title/],
    [
      "a meta refresh in a description",
      {
        ...spec(),
        tags: [{ name: "T", description: '<meta http-equiv="refresh" content="0;url=https://evil.example/">' }],
      },
      /move the reader off the page:\n {2}#\/tags\/0\/description: a <meta> element/,
    ],
  ])("refuses %s", (_, doc, want) => {
    expect(() => inlineRedoc({ spec: doc, redocBundle: fakeBundle })).toThrow(want);
  });

  test("links the files its options offer for download from <noscript>, and a Markdown one as rel=alternate", () => {
    const page = inlineRedoc({
      spec: spec(),
      redocBundle: fakeBundle,
      options: {
        downloadUrls: [
          { title: "openapi.json", url: "openapi.json" },
          { title: "Markdown & more", url: "reference.md" },
          { title: "llms.txt", url: "llms.txt" },
        ],
      },
    });
    expect(page).toContain(
      '<noscript><p>This API reference needs JavaScript. Next to this page: <a href="openapi.json">openapi.json</a>, <a href="reference.md">Markdown &amp; more</a>, <a href="llms.txt">llms.txt</a>.</p></noscript>',
    );
    expect(page.match(/<link rel="alternate"[^>]*>/g)).toEqual([
      '<link rel="alternate" type="text/markdown" href="reference.md" title="Markdown &amp; more">',
    ]);
  });

  test("renders Markdown sanitized, and refuses to be told otherwise", () => {
    const page = render();
    expect(page).toContain('"sanitize": true');
    expect(() => inlineRedoc({ spec: spec(), redocBundle: fakeBundle, options: { sanitize: false } })).toThrow(
      /sanitize must stay on/,
    );
  });
});
