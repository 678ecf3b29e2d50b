/** The unsafe-text check, spelling by spelling: what it refuses, what it lets through, and where it looks. */
import { describe, expect, test } from "vitest";
import { decodeCharacterReferences, findUnsafeMarkdown, unsafeMarkdown } from "../src/lib/unsafe-markdown.ts";

describe("decodeCharacterReferences reads references as the HTML parser does", () => {
  test.each([
    ["&colon;&tab;&newline;&sol;&period;", ":\t\n/."],
    ["&lpar;&rpar;&amp;&quot;&apos;&lt;&gt;", "()&\"'<>"],
    ["&COLON;&Sol;", ":/"],
    ["&#X6A;&#x61", "ja"],
    ["&#1114111;", String.fromCodePoint(0x10ffff)],
    ["&#1114112;&#x0;", "\uFFFD\uFFFD"],
    ["&unknown; & &#; &#x;", "&unknown; & &#; &#x;"],
  ])("%j", (given, want) => expect(decodeCharacterReferences(given)).toBe(want));
});

describe("unsafeMarkdown", () => {
  const refused: Array<[string, string, string[]]> = [
    [
      "a self-closing meta",
      "<meta/>",
      ['a <meta> element (http-equiv="refresh" would move the reader to another page)'],
    ],
    ["an http-equiv on any element", "<div http-equiv=refresh>", ["an http-equiv attribute"]],
    ["a base closed at once", "<BASE>", ["a <base> element (it would change where every link of the page goes)"]],
    ["a form with a slash", "<form/>", ["a <form> (it would send what the reader types elsewhere)"]],
    ["formaction with spaces", '<input\tformaction = "x">', ["a formaction attribute"]],
    ["an upper-case handler", "<a ONCLICK = 'x'>a</a>", ["an event handler attribute (on...=)"]],
    [
      "a vbscript: link",
      "[x](VBScript:msgbox)",
      ["a vbscript: URL (a link that runs code instead of going to a page)"],
    ],
    [
      "an HTML data: link",
      "<a href='data:text/html,<b>'>x</a>",
      ["a data:text/html URL (a link that runs code instead of going to a page)"],
    ],
    [
      "a control character inside the scheme",
      "[x](java\u0001script:x)",
      ["a javascript: URL (a link that runs code instead of going to a page)"],
    ],
    [
      "DEL inside the scheme",
      "[x](java\u007fscript:x)",
      ["a javascript: URL (a link that runs code instead of going to a page)"],
    ],
    [
      "a scheme after punctuation",
      "see:javascript:x",
      ["a javascript: URL (a link that runs code instead of going to a page)"],
    ],
  ];
  test.each(refused)("refuses %s", (_, text, want) => expect(unsafeMarkdown(text)).toEqual(want));

  test.each([
    ["words that start like the tags", "<metadata> <basement> <formula> <formal/>"],
    ["an attribute that only ends in formaction", "<input data-formaction=x>"],
    ["text that looks like a handler outside a tag", "Set onclick = handler in your code."],
    ["a longer scheme that ends in javascript", "myjavascript:x and x-javascript:y"],
    ["a data URL of an image", "![x](data:image/png;base64,AAAA)"],
  ])("accepts %s", (_, text) => expect(unsafeMarkdown(text)).toEqual([]));
});

describe("findUnsafeMarkdown", () => {
  const bad = "<form>";
  const why = "a <form> (it would send what the reader types elsewhere)";
  const places: Array<[string, unknown, string[]]> = [
    ["a title", { info: { title: bad } }, [`#/info/title: ${why}`]],
    [
      "a termsOfService URL",
      { info: { termsOfService: "javascript:x" } },
      ["#/info/termsOfService: a URL that runs code instead of going to a page"],
    ],
    [
      "an externalDocs URL spelled with entities",
      { externalDocs: { url: "jav&#x09;ascript:x" } },
      ["#/externalDocs/url: a URL that runs code instead of going to a page"],
    ],
    ["a URL that is a page", { externalDocs: { url: "https://example.com/docs/javascript" } }, []],
    [
      "the summary of an entry of an examples map",
      { examples: { E: { summary: bad } } },
      [`#/examples/E/summary: ${why}`],
    ],
    ["a list item", { tags: [{ name: "a" }, { description: bad }] }, [`#/tags/1/description: ${why}`]],
    [
      "a const, a code sample, and an examples list",
      { const: bad, "x-codeSamples": [{ source: bad, label: bad }], examples: [{ description: bad }] },
      [],
    ],
    ["a URL that is not text", { url: { description: bad } }, [`#/url/description: ${why}`]],
    ["a description that is not text", { description: { description: bad } }, [`#/description/description: ${why}`]],
  ];
  test.each(places)("%s", (_, doc, want) => expect(findUnsafeMarkdown(doc)).toEqual(want));

  test.each([
    ["an example", { example: { description: bad } }],
    ["a default", { default: { title: bad } }],
    ["an enum", { enum: [{ summary: bad }] }],
    ["a const", { const: { description: bad } }],
    ["a code sample", { "x-codeSamples": [{ lang: "Shell", label: "curl", description: bad }] }],
  ])("data shown as code is not checked, even with fields named like text: %s", (_, doc) => {
    expect(findUnsafeMarkdown(doc)).toEqual([]);
  });

  test("nulls are skipped", () => {
    expect(findUnsafeMarkdown({ info: { description: null }, x: [null] })).toEqual([]);
  });
});
