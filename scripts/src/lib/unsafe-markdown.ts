import { toPointer } from "./json-pointer.ts";

/**
 * Markup in an OpenAPI document's text that would move the reader off the page when Redoc
 * renders it: a `<meta http-equiv="refresh">`, a form, a `<base>`, a `javascript:` (or
 * `vbscript:`, `data:text/html`) link, including the spellings that dodge a plain regex
 * (`jav&#x09;ascript:`, `javascript&colon;`, upper case, tabs and newlines inside the scheme).
 * The page sanitizes what it renders too; this check refuses such text before it gets there.
 */

/** The named character references that spell a URL scheme or a tag; any other `&name;` is left as it is. */
const NAMED: Record<string, string> = {
  colon: ":",
  tab: "\t",
  newline: "\n",
  sol: "/",
  period: ".",
  lpar: "(",
  rpar: ")",
  amp: "&",
  quot: '"',
  apos: "'",
  lt: "<",
  gt: ">",
};

/** `&#106;`, `&#x6A`, `&colon;`, `&Tab;`, ...: as the HTML parser reads them (the `;` may be missing). */
export function decodeCharacterReferences(text: string): string {
  return text.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));?/gi,
    (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      if (name !== undefined) return NAMED[name.toLowerCase()] ?? whole;
      const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
    },
  );
}

const TAGS: Array<[RegExp, string]> = [
  [/<meta[\s/>]/i, 'a <meta> element (http-equiv="refresh" would move the reader to another page)'],
  [/http-equiv/i, "an http-equiv attribute"],
  [/<base[\s/>]/i, "a <base> element (it would change where every link of the page goes)"],
  [/<form[\s/>]/i, "a <form> (it would send what the reader types elsewhere)"],
  [/\sformaction\s*=/i, "a formaction attribute"],
  [/<[a-z][^>]*\son[a-z]+\s*=/i, "an event handler attribute (on...=)"],
];

// Browsers drop ASCII tabs and newlines anywhere in a URL and spaces and controls around it;
// removing every one of them (and entity-decoding first) finds the scheme however it is spelled.
// A scheme character just before it would make a longer scheme ("in JavaScript: ..." is prose).
const SCRIPT_URL = /(?<![a-z0-9+.-])(?:javascript:|vbscript:|data:text\/html)/i;

/** Why `text` (a description, summary or title) is not safe to render, or [] when it is. */
export function unsafeMarkdown(text: string): string[] {
  // Tag and attribute names are read as written (`&lt;meta&gt;` is text); attribute values, and
  // so URLs, are entity-decoded by the HTML parser.
  const found = TAGS.filter(([pattern]) => pattern.test(text)).map(([, why]) => why);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop these inside a URL scheme, so the check does too
  const squeezed = decodeCharacterReferences(text).replace(/[\u0000-\u0020\u007f]+/g, "");
  const url = SCRIPT_URL.exec(squeezed);
  if (url) found.push(`a ${url[0].toLowerCase()} URL (a link that runs code instead of going to a page)`);
  return found;
}

const MARKDOWN_KEYS = new Set(["description", "summary", "title"]);
const URL_KEYS = new Set(["url", "termsOfService"]);

/**
 * Every unsafe piece of text in `doc`, as `<JSON pointer>: <what>`: descriptions, summaries and
 * titles (Markdown or text Redoc renders), and the URLs it turns into links (`externalDocs`,
 * `contact`, `license`, `termsOfService`). Example values and code samples are shown as code,
 * not rendered, and are not checked.
 */
export function findUnsafeMarkdown(node: unknown, path: string[] = []): string[] {
  const found: string[] = [];
  if (Array.isArray(node)) {
    for (const [i, v] of node.entries()) found.push(...findUnsafeMarkdown(v, [...path, String(i)]));
  } else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      // Values are data Redoc shows as code: an example's `value` (but a property named "value"
      // is a schema), a schema's `examples` array, `example`, `default`, `enum`, `const`.
      const data =
        ["example", "default", "enum", "const", "x-codeSamples"].includes(key) ||
        (key === "value" && path.at(-1) !== "properties") ||
        (key === "examples" && Array.isArray(value));
      if (data) continue;
      const at = toPointer([...path, key]);
      if (typeof value === "string" && MARKDOWN_KEYS.has(key)) {
        found.push(...unsafeMarkdown(value).map((why) => `${at}: ${why}`));
      } else if (typeof value === "string" && URL_KEYS.has(key)) {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop these inside a URL scheme, so the check does too
        if (SCRIPT_URL.test(decodeCharacterReferences(value).replace(/[\u0000-\u0020\u007f]+/g, "")))
          found.push(`${at}: a URL that runs code instead of going to a page`);
      } else {
        found.push(...findUnsafeMarkdown(value, [...path, key]));
      }
    }
  }
  return found;
}
