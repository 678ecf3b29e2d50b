import { describe, expect, test } from "vitest";
import { findRemoteReferences } from "../src/inline-redoc.ts";
import { isRemoteUrl, MAX_FINDINGS, remoteContent } from "../src/remote-content.ts";

// The six an outside review rendered in Chromium (the page's CSP blocked each; the build did not).
const remote: Array<[string, string, string]> = [
  [
    "a reference-style image",
    "See ![logo][brand].\n\n[brand]: https://x.example/l.png",
    '"![logo][brand]" (an image whose [brand] is "https://x.example/l.png") in the Markdown would load remote content',
  ],
  [
    "a collapsed reference image, label in another case",
    "![Logo][]\n\n[logo]: <//x.example/l.png>",
    '"![Logo][]" (an image whose [logo] is "//x.example/l.png") in the Markdown would load remote content',
  ],
  [
    "a shortcut reference image, its definition in a blockquote on two lines",
    "![logo]\n\n> [logo]:\n>   https://x.example/l.png",
    '"![logo]" (an image whose [logo] is "https://x.example/l.png") in the Markdown would load remote content',
  ],
  [
    "a style url()",
    '<span style="background:url(https://x.example/b.png)">x</span>',
    '"<span style=background:url(https://x.example/b.png)" (CSS that loads a URL) in the Markdown would load remote content',
  ],
  [
    "a style url() spelled with a CSS escape and an entity",
    "<p style='background:\\75 r&#108;( //x.example/b.png )'>x</p>",
    '"<p style=background:\\75 r&#108;( //x.example/b.png )" (CSS that loads a URL) in the Markdown would load remote content',
  ],
  [
    "an SVG filter attribute url()",
    '<svg><rect filter="url(https://x.example/f.svg#f)"/></svg>',
    '"<rect filter=url(https://x.example/f.svg#f)" (CSS that loads a URL) in the Markdown would load remote content',
  ],
  [
    "a <style> element with @import",
    "<style>@import 'https://x.example/s.css';</style>",
    "\"<style>@import 'https://x.example/s.css';\" (CSS that loads a URL) in the Markdown would load remote content",
  ],
  [
    "an SVG <image>",
    '<svg><image href="https://x.example/i.png"/></svg>',
    '"<image" in the Markdown would load remote content',
  ],
  [
    "an SVG <feImage>",
    '<svg><filter><feImage href="https://x.example/i.png"/></filter></svg>',
    '"<feImage" in the Markdown would load remote content',
  ],
  [
    "a <table background>",
    '<table background="https://x.example/t.png"><tr><td>x</td></tr></table>',
    '"<table background=https://x.example/t.png" in the Markdown would load remote content',
  ],
  [
    "a <td background> without quotes, scheme without slashes",
    "<table><tr><td background=https:x.example/t.png>x</td></tr></table>",
    '"<td background=https:x.example/t.png" in the Markdown would load remote content',
  ],
  [
    "a srcset entry",
    '<div><span srcset="a.png 1x, https://x.example/b.png 2x"></span></div>',
    '"<span srcset=a.png 1x, https://x.example/b.png 2x" in the Markdown would load remote content',
  ],
  [
    "an inline image with an entity-encoded scheme",
    "![x](&#104;ttps://x.example/i.png)",
    '"![x](&#104;ttps://x.example/i.png" in the Markdown would load remote content',
  ],
  [
    "a backslashed protocol-relative image",
    "![x](\\\\x.example/i.png)",
    '"![x](\\\\" in the Markdown would load remote content',
  ],
];

describe("remoteContent", () => {
  test.each(remote)("refuses %s", (_, text, want) => expect(remoteContent(text)).toEqual([want]));

  const offline: Array<[string, string]> = [
    ["a link (followed only when clicked)", "[home](https://example.com) and <a href='https://example.com'>x</a>"],
    ["a reference-style link", "[home][h]\n\n[h]: https://example.com"],
    ["a reference image whose definition is a data: URL", "![dot][d]\n\n[d]: data:image/png;base64,iVBORw0KGgo="],
    ["an image reference with no definition (Markdown shows the text)", "![not an image]"],
    ["a data: image inline", "![dot](data:image/png;base64,iVBORw0KGgo=)"],
    [
      "a style with a data: url() and colours",
      '<span style="color:rgb(1,2,3);background:url(&quot;data:image/png;base64,x&quot;)">x</span>',
    ],
    ["a table without a background", "<table><tr><td>x</td></tr></table>"],
    ["prose about images and url()", "Use an image URL; the server calls url(x) for you. 3 < 4 > 2."],
  ];
  test.each(offline)("accepts %s", (_, text) => expect(remoteContent(text)).toEqual([]));

  test.each([
    ["https://x", true],
    ["HTTPS://x", true],
    ["ftp://x", true],
    ["https:x", true],
    ["//x", true],
    ["\\\\x", true],
    ["  \thttps://x", true],
    ["data:image/png;base64,x", false],
    ["logo.png", false],
    ["/img/logo.png", false],
    ["#frag", false],
  ])("isRemoteUrl(%j) is %s", (url, want) => expect(isRemoteUrl(url)).toBe(want));

  test("reports at most MAX_FINDINGS per text, then how many more", () => {
    const found = remoteContent("<img>".repeat(MAX_FINDINGS + 5));
    expect(found).toHaveLength(MAX_FINDINGS + 1);
    expect(found.at(-1)).toBe("and 5 more like these");
  });

  test("is linear: a text of 200,000 unclosed image brackets is read in one pass", { timeout: 20_000 }, () => {
    // Nothing here is remote. Rescanning the rest of the text from every `![` (as `[^\]]*` does)
    // takes minutes for this text; one pass takes milliseconds.
    const text = `${"![a [b".repeat(100_000)}${"![".repeat(100_000)}${"<a b='".repeat(10_000)}${"[x]: ".repeat(10_000)}`;
    expect(remoteContent(text)).toEqual([]);
  });
});

describe("findRemoteReferences", () => {
  test.each(remote)("refuses %s in a description, with its JSON pointer", (_, text, want) => {
    expect(findRemoteReferences({ tags: [{ name: "t", description: text }] })).toEqual([
      `#/tags/0/description: ${want}`,
    ]);
  });

  test("refuses a remote info.x-logo.url, which Redoc shows as an <img>", () => {
    expect(
      findRemoteReferences({ info: { title: "t", "x-logo": { url: "https://x.example/l.png", altText: "L" } } }),
    ).toEqual(["#/info/x-logo/url: the logo would be fetched from elsewhere (inline it as a data: URL)"]);
  });

  test("accepts an x-logo inlined as a data: URL", () => {
    expect(
      findRemoteReferences({ info: { "x-logo": { url: "data:image/svg+xml,%3Csvg%2F%3E", href: "https://x" } } }),
    ).toEqual([]);
  });
});
