import { decodeCharacterReferences } from "./lib/unsafe-markdown.ts";

/**
 * What in a piece of Markdown (a description or summary Redoc renders as HTML) would make the
 * browser fetch from another host: images inline or by reference (`![a](https://...)`,
 * `![a][logo]` with `[logo]: https://...`), elements that load what they name (`<img>`, SVG's
 * `<image>`, `<feImage>` and `<use>`, `<iframe>`, ...), attributes that do (`background`,
 * `poster`, `srcset`), and CSS that does (`url()`, `image-set()`, `@import`) in a `style`
 * attribute, an SVG presentation attribute or a `<style>` element. The page's
 * Content-Security-Policy blocks these too; this check refuses them at build time, so the page
 * stays offline without relying on the policy alone.
 */

/** A URL that names a host: any scheme but `data:` (browsers read `https:host` as `https://host`), or `//` / `\\`. */
const REMOTE_URL = /^(?:(?!data:)[a-z][a-z0-9+.-]*:[\\/]*|[\\/]{2})/i;

/** Whether a URL, as written in Markdown or an attribute, would be fetched from another host. */
export function isRemoteUrl(url: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop these inside a URL, so the check does too
  return REMOTE_URL.test(decodeCharacterReferences(url).replace(/[\u0000-\u0020\u007f]+/g, ""));
}

// Alt text with one level of brackets (`![a [b] c](...)`): `[^\]]*` would rescan the rest of the
// text from every `![`, quadratic in a text of many.
const ALT = String.raw`!\[((?:[^\][]|\[[^\][]*\])*)\]`;
const INLINE_IMAGE = new RegExp(String.raw`${ALT}\(\s*<?\s*([^\s)>]*)`, "g");
// Any `>` and indentation before it: a definition may sit in a blockquote or a list item.
const REFERENCE_DEFINITION = /^[ \t>]*\[([^\]]+)\]:[ \t]*(?:\r?\n[ \t>]*)?<?([^\s>]*)/gm;
// `![alt][label]`, `![alt][]` and `![alt]`, but not the inline `![alt](url)`.
const REFERENCE_IMAGE = new RegExp(String.raw`${ALT}(?!\()(?:\[([^\][]*)\])?`, "g");
/** Elements that load what they name (`<input>`: `type=image`); SVG's names are matched without case. */
const LOADING_TAGS = new Set(
  "img image feimage use iframe frame frameset script link video audio source track picture object embed applet input portal bgsound".split(
    " ",
  ),
);
const TAG = /<([a-z][^\s/>]*)((?:"[^"]*"|'[^']*'|[^>"'])*)>?/gi;
const ATTRIBUTE = /([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
const STYLE_ELEMENT = /<style\b[^>]*>([^<]*)/gi;
/** Attributes whose value is a URL the browser loads. */
const URL_ATTRIBUTES = new Set(["background", "poster", "lowsrc", "dynsrc", "srcset", "src"]);
// `url()` with anything but a data: URL; the others take bare strings as URLs.
const CSS_LOAD = /(?:url|src)\(\s*(?!["']?\s*data:)|(?:-webkit-)?image-set\(|\bimage\(|cross-fade\(|@import/i;

/** At most this many findings per text, then one "and N more": a hostile text must not make a huge error. */
export const MAX_FINDINGS = 20;

const normalizeLabel = (label: string) => label.trim().replace(/\s+/g, " ").toLowerCase();
const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}...` : text);

/** CSS as the browser reads it: entities decoded (in an attribute), escapes decoded, comments gone. */
function readCss(css: string): string {
  return decodeCharacterReferences(css)
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\\([0-9a-f]{1,6})[ \t\n]?/gi, (_, hex: string) => {
      const code = Number.parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
    })
    .replace(/\\(.)/g, "$1");
}

/** Why `text` would load remote content, one entry per thing found (each quotes what it found), or []. */
export function remoteContent(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(INLINE_IMAGE)) {
    const url = m[2]!;
    if (!isRemoteUrl(url)) continue;
    // Quoted up to the scheme or `//`, as the reader needs to find it: `![logo](https://`.
    const excerpt = m[0].slice(0, m[0].length - url.length) + (REMOTE_URL.exec(url)?.[0] ?? url);
    found.push(`"${shorten(excerpt)}" in the Markdown would load remote content`);
  }
  const definitions = new Map<string, string>();
  for (const m of text.matchAll(REFERENCE_DEFINITION)) {
    const label = normalizeLabel(m[1]!);
    if (!definitions.has(label)) definitions.set(label, m[2]!);
  }
  for (const m of text.matchAll(REFERENCE_IMAGE)) {
    const label = normalizeLabel(m[2] || m[1]!);
    const url = definitions.get(label);
    if (url !== undefined && isRemoteUrl(url)) {
      found.push(
        `"${shorten(m[0])}" (an image whose [${label}] is "${shorten(url)}") in the Markdown would load remote content`,
      );
    }
  }
  for (const m of text.matchAll(TAG)) {
    if (LOADING_TAGS.has(m[1]!.toLowerCase())) {
      found.push(`"<${m[1]}" in the Markdown would load remote content`);
      continue;
    }
    for (const a of (m[2] ?? "").matchAll(ATTRIBUTE)) {
      const name = a[1]!.toLowerCase();
      const value = a[2] ?? a[3] ?? a[4];
      if (value === undefined) continue;
      const urls = name === "srcset" ? value.split(",") : [value];
      if (URL_ATTRIBUTES.has(name) && urls.some(isRemoteUrl)) {
        found.push(`"<${m[1]} ${name}=${shorten(value)}" in the Markdown would load remote content`);
      } else if (CSS_LOAD.test(readCss(value))) {
        found.push(
          `"<${m[1]} ${name}=${shorten(value)}" (CSS that loads a URL) in the Markdown would load remote content`,
        );
      }
    }
  }
  for (const m of text.matchAll(STYLE_ELEMENT)) {
    if (CSS_LOAD.test(readCss(m[1]!)))
      found.push(`"<style>${shorten(m[1]!)}" (CSS that loads a URL) in the Markdown would load remote content`);
  }
  return found.length <= MAX_FINDINGS
    ? found
    : [...found.slice(0, MAX_FINDINGS), `and ${found.length - MAX_FINDINGS} more like these`];
}
