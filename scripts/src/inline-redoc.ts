import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { locateInput, readJsonInput } from "./lib/locate-input.ts";
import { defineCommand } from "./lib/command.ts";
import { writeFilesAtomic, type FileSet } from "./lib/write-atomic.ts";
import { generatedNotice } from "./lib/generated-header.ts";
import { toPointer } from "./lib/json-pointer.ts";
import { findUnsafeMarkdown } from "./lib/unsafe-markdown.ts";
import { isRemoteUrl, remoteContent } from "./remote-content.ts";
import type { JsonObject } from "./lib/json-object.js";

/**
 * Builds one HTML page that renders an OpenAPI document with Redoc's standalone bundle and
 * needs nothing from the network: the bundle, the document and the options are inlined, the
 * bundle's own reach-outs are patched away, and a Content-Security-Policy forbids any other
 * origin as a second line of defence.
 */

export class InlineRedocError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InlineRedocError";
  }
}

/**
 * A 16px "API reference" glyph for the footer's "API docs by Redocly" link, which otherwise
 * loads its logo from cdn.redoc.ly.
 */
export const FOOTER_LOGO =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath fill='%23e53935' " +
  "d='M3 1h7l3 3v11H3z'/%3E%3Cpath fill='%23fff' d='M5 7h6v1H5zm0 2h6v1H5zm0 2h4v1H5z'/%3E%3C/svg%3E";

/** What DOMPurify removes from rendered Markdown on top of its defaults (which already drop scripts, event handlers, javascript: URLs, <meta> and <base>). */
export const SANITIZE_CONFIG = {
  FORBID_TAGS: [
    "form",
    "input",
    "button",
    "select",
    "option",
    "textarea",
    "datalist",
    "fieldset",
    "output",
    "meta",
    "base",
    "link",
    "style",
  ],
  FORBID_ATTR: ["action", "formaction", "http-equiv"],
} as const;

/** The page's icon: the same glyph. */
export const FAVICON = FOOTER_LOGO;

interface BundlePatch {
  what: string;
  find: RegExp;
  replace: string;
  /** How many matches the pinned bundle has; any other count fails the build. */
  expect: "one" | "at-least-one";
}

/**
 * What Redoc's standalone bundle (2.5.x) would load from elsewhere or let through, and what
 * replaces it: only what neither Redoc's options nor the page's own script and CSS can do.
 */
export const REDOC_PATCHES: readonly BundlePatch[] = [
  {
    what: "the footer's branding logo (https://cdn.redoc.ly/redoc/logo-mini.svg)",
    find: /"https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini\.svg"/g,
    replace: JSON.stringify(FOOTER_LOGO),
    expect: "one",
  },
  {
    // With `sanitize`, Redoc runs DOMPurify's defaults over rendered Markdown, and those keep
    // forms and buttons (a <form action="https://elsewhere"> posts what the reader types).
    // Nothing in a reference needs to be typed into or submitted, so these go too.
    what: "the Markdown sanitizer (=(e,t)=>e?X.sanitize(t):t;)",
    find: /=\(e,t\)=>e\?(\w+)\.sanitize\(t\):t;/g,
    replace: `=(e,t)=>e?$1.sanitize(t,${JSON.stringify(SANITIZE_CONFIG)}):t;`,
    expect: "one",
  },
  {
    // DevTools would ask for the .map files (also from inside the search worker's blob).
    what: "source map comments (//# sourceMappingURL=*.map)",
    find: /\/\/# sourceMappingURL=[^\s'"\\]+\.map/g,
    replace: "",
    expect: "at-least-one",
  },
];

/** The bundle with every patch applied; throws if the bundle no longer looks as expected. */
export function patchRedocBundle(bundle: string, patches: readonly BundlePatch[] = REDOC_PATCHES): string {
  let out = bundle;
  for (const patch of patches) {
    const count = out.match(patch.find)?.length ?? 0;
    const ok = patch.expect === "one" ? count === 1 : count >= 1;
    if (!ok) {
      throw new InlineRedocError(
        `redoc bundle: expected ${patch.expect === "one" ? "exactly one" : "at least one"} match for ${patch.what}, found ${count}; ` +
          "the patches in scripts/src/inline-redoc.ts were written for redoc 2.5.4's bundles/redoc.standalone.js",
      );
    }
    out = out.replace(patch.find, patch.replace);
  }
  return out;
}

/**
 * Script text that cannot end its <script> element early or switch the HTML parser into the
 * "escaped" states: `</script`, `<script` and `<!--` only occur inside JS strings, regular
 * expressions and comments, where `\x3C` means the same `<`.
 */
export function escapeInlineScript(js: string): string {
  return js.replace(/<(?=\/?script|!--)/gi, "\\x3C");
}

/** JSON for a `<script type="application/json">` block: every `<` escaped, still valid JSON. */
export function escapeInlineJson(json: string): string {
  return json.replace(/</g, "\\u003c");
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function cspHash(script: string): string {
  return `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;
}

/** Things in an OpenAPI document that make Redoc (or the browser) fetch from elsewhere. */
export function findRemoteReferences(node: unknown, path: string[] = []): string[] {
  const found: string[] = [];
  if (Array.isArray(node)) {
    for (const [i, v] of node.entries()) found.push(...findRemoteReferences(v, [...path, String(i)]));
  } else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      const at = toPointer([...path, key]);
      if (key === "$ref" && typeof value === "string" && !value.startsWith("#")) {
        found.push(`${at}: external $ref "${value}" (bundle the spec first)`);
      } else if (key === "externalValue" && typeof value === "string") {
        found.push(`${at}: externalValue "${value}" would be fetched (inline the example as value)`);
      } else if (typeof value === "string" && (key === "description" || key === "summary")) {
        found.push(...remoteContent(value).map((why) => `${at}: ${why}`));
      } else if (
        key === "x-logo" &&
        value !== null &&
        typeof value === "object" &&
        typeof (value as { url?: unknown }).url === "string" &&
        isRemoteUrl((value as { url: string }).url)
      ) {
        // Redoc shows info.x-logo.url as the menu's <img>.
        found.push(`${at}/url: the logo would be fetched from elsewhere (inline it as a data: URL)`);
      } else {
        found.push(...findRemoteReferences(value, [...path, key]));
      }
    }
  }
  return found;
}

const SECURITY_MARKER = "<!-- ReDoc-Inject: <security-definitions> -->";

/**
 * Redoc lists the security schemes (type, scheme, description) under a level-1
 * "Authentication" heading it adds itself, but skips that when the description already has an
 * "Authentication" section of its own, which leaves the operations' "Authorizations" links
 * dangling. This puts Redoc's marker at the end of that section, in the page's copy only.
 */
export function withSecurityDefinitions(spec: JsonObject): JsonObject {
  const info = spec.info as { description?: unknown } | undefined;
  const schemes = (spec.components as { securitySchemes?: JsonObject } | undefined)?.securitySchemes;
  const description = info?.description;
  if (typeof description !== "string" || !schemes || Object.keys(schemes).length === 0) return spec;
  if (/<security-definitions|<SecurityDefinitions/.test(description)) return spec;
  const heading = /^(#{1,6})[ \t]+Authentication[ \t]*$/im.exec(description);
  if (!heading) return spec;
  const level = heading[1]!.length;
  const afterHeading = heading.index + heading[0].length;
  const next = new RegExp(`^#{1,${level}}[ \\t]`, "m").exec(description.slice(afterHeading));
  const end = next ? afterHeading + next.index : description.length;
  const section = description.slice(0, end).replace(/\s+$/, "");
  const rest = description.slice(end);
  return { ...spec, info: { ...info, description: `${section}\n\n${SECURITY_MARKER}\n${rest ? `\n${rest}` : ""}` } };
}

export interface InlineRedocInput {
  /** The bundled OpenAPI document (no external $refs). */
  spec: JsonObject;
  /** The text of redoc's bundles/redoc.standalone.js. */
  redocBundle: string;
  /** Redoc options, passed to Redoc.init as they are. */
  options?: JsonObject;
  /** The page's <title>; defaults to "<info.title> · API reference". */
  title?: string;
}

/**
 * The files next to the page that it links to: Redoc's `downloadUrls` (the spec's two files when
 * the options give none). Readers without JavaScript, and programs that read the HTML, get them
 * from <noscript>; a Markdown one is also the page's `<link rel="alternate">`.
 */
export function companionFiles(options: JsonObject): Array<{ title: string; url: string }> {
  const given = Array.isArray(options.downloadUrls)
    ? options.downloadUrls.filter(
        (d): d is { title: string; url: string } =>
          d !== null && typeof d === "object" && typeof d.title === "string" && typeof d.url === "string",
      )
    : [];
  return given.length > 0
    ? given
    : [
        { title: "openapi.yaml", url: "openapi.yaml" },
        { title: "openapi.json", url: "openapi.json" },
      ];
}

const PAGE_STYLE = "body{margin:0;padding:0}noscript p{font:16px/1.5 system-ui,sans-serif;margin:2rem}";

// Redoc.init's callback gets the error when the document cannot be rendered; the attribute
// gives tests (and people) a definite "done" signal instead of guessing from the DOM.
const INIT_SCRIPT = (options: string) => `(function () {
  "use strict";
  var spec = JSON.parse(document.getElementById("openapi-document").textContent);
  var options = ${options};
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
`;

/**
 * The HTML page. Deterministic: the same inputs give the same bytes. Throws InlineRedocError
 * (with JSON pointers) when the document references anything outside itself, and when the
 * Redoc bundle no longer matches the patches that keep it offline.
 */
export function inlineRedoc({ spec, redocBundle, options = {}, title }: InlineRedocInput): string {
  const remote = findRemoteReferences(spec);
  if (remote.length > 0)
    throw new InlineRedocError(`the document would load remote content:\n  ${remote.join("\n  ")}`);
  const unsafe = findUnsafeMarkdown(spec);
  if (unsafe.length > 0)
    throw new InlineRedocError(`the document's text would move the reader off the page:\n  ${unsafe.join("\n  ")}`);
  // Redoc renders Markdown as HTML; with `sanitize` it runs DOMPurify over it first. The check
  // above refuses what we know of; this also removes what it does not know.
  if (options.sanitize === false)
    throw new InlineRedocError("options: sanitize must stay on (the page renders the document's Markdown as HTML)");
  options = { ...options, sanitize: true };
  const info = (spec.info ?? {}) as { title?: unknown; summary?: unknown; description?: unknown };
  if (typeof info.title !== "string" || info.title.trim() === "")
    throw new InlineRedocError("#/info/title: the document needs a title");
  const pageTitle = title ?? `${info.title} · API reference`;
  const summary = typeof info.summary === "string" ? info.summary : "";

  const redocScript = escapeInlineScript(patchRedocBundle(redocBundle));
  const initScript = escapeInlineScript(
    INIT_SCRIPT(escapeInlineJson(JSON.stringify(options, null, 2)).replace(/\n/g, "\n  ")),
  );
  const specJson = escapeInlineJson(JSON.stringify(withSecurityDefinitions(spec)));

  // Scripts are allowed by hash, so nothing injected can run; styled-components writes <style>
  // elements at runtime, hence 'unsafe-inline' for styles; the search index runs in a blob: worker.
  const csp = [
    "default-src 'none'",
    `script-src ${cspHash(redocScript)} ${cspHash(initScript)}`,
    "style-src 'unsafe-inline'",
    "img-src data:",
    "worker-src blob:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");

  return [
    "<!doctype html>",
    `<!-- ${generatedNotice("inline-redoc.ts")} -->`,
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    ...(summary ? [`<meta name="description" content="${escapeHtml(summary)}">`] : []),
    `<title>${escapeHtml(pageTitle)}</title>`,
    // Inline, so that the page works from file:// and a served page does not ask its origin for /favicon.ico.
    `<link rel="icon" type="image/svg+xml" href="${escapeHtml(FAVICON)}">`,
    ...companionFiles(options)
      .filter((f) => /\.md$/i.test(f.url))
      .map(
        (f) => `<link rel="alternate" type="text/markdown" href="${escapeHtml(f.url)}" title="${escapeHtml(f.title)}">`,
      ),
    `<style>${PAGE_STYLE}</style>`,
    "</head>",
    "<body>",
    `<noscript><p>This API reference needs JavaScript. Next to this page: ${companionFiles(options)
      .map((f) => `<a href="${escapeHtml(f.url)}">${escapeHtml(f.title)}</a>`)
      .join(", ")}.</p></noscript>`,
    '<div id="redoc"></div>',
    `<script id="openapi-document" type="application/json">${specJson}</script>`,
    `<script>${redocScript}</script>`,
    `<script>${initScript}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** Redoc's license and the notices of what its bundle contains, which the inlined bundle points to. */
export function redocLicenseFiles(redocBundlePath: string): FileSet {
  const notices = `${redocBundlePath}.LICENSE.txt`;
  const license = join(dirname(dirname(redocBundlePath)), "LICENSE");
  // The page ships Redoc's code, so it ships Redoc's license: a redoc without one is refused.
  for (const file of [notices, license])
    if (!existsSync(file)) throw new Error(`${file} is missing: cannot ship Redoc without its license`);
  return {
    [`${basename(redocBundlePath)}.LICENSE.txt`]: `${readFileSync(license, "utf8").trimEnd()}\n\n${readFileSync(notices, "utf8")}`,
  };
}

export const command = defineCommand({
  name: "inline-redoc",
  summary:
    "Writes the API reference as one offline HTML page, <out>/index.html (Redoc and the spec inlined), plus Redoc's license notices.",
  positionals: [{ name: "spec", description: "the spec to render (JSON)" }],
  flags: {
    redoc: { description: "Redoc's standalone bundle", default: "redoc/bundles/redoc.standalone.js" },
    options: { description: "Redoc options (JSON)" },
    title: { description: "the page title (default: the spec's info.title)" },
    out: { description: "output folder: writes index.html in it", default: "dist", folderFor: "index.html" },
  },
  onFailure: (flags) => `${join(flags.out, "index.html")} left as it was`,
  run: ({ positionals: [spec = ""], flags: { redoc, options, title, out } }) => {
    const redocPath = locateInput(redoc);
    const html = inlineRedoc({
      spec: readJsonInput(spec) as JsonObject,
      redocBundle: readFileSync(redocPath, "utf8"),
      options: options ? (readJsonInput(options) as JsonObject) : {},
      ...(title !== undefined ? { title } : {}),
    });
    const written = writeFilesAtomic(out, { "index.html": html, ...redocLicenseFiles(redocPath) });
    console.log(
      `inline-redoc: ${relative(process.cwd(), locateInput(spec))} → ${written.map((f) => relative(process.cwd(), f)).join(", ")} (${Buffer.byteLength(html)} bytes)`,
    );
  },
});
