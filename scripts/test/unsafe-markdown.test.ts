import { describe, expect, test } from "vitest";
import { decodeCharacterReferences, findUnsafeMarkdown, unsafeMarkdown } from "../src/lib/unsafe-markdown.ts";
import { UNSAFE_MARKDOWN_PAYLOADS } from "./fixtures/unsafe-markdown-payloads.ts";

describe("unsafeMarkdown", () => {
  test.each(UNSAFE_MARKDOWN_PAYLOADS)("refuses %s", (_, { text, why }) => {
    expect(unsafeMarkdown(text).join("\n")).toMatch(why);
  });

  test.each([
    ["a link to a page", "See [the guide](https://example.com/guide) and <https://example.com>."],
    ["prose about JavaScript", "The client is written in JavaScript: it runs in Node and browsers."],
    ["words that contain tag names", "Metadata of the job, the base URL, a form of words, the `dryRun` flag."],
    ["an escaped tag, shown as text", "Send &lt;meta&gt; as text."],
    [
      "the spec's own info description",
      '## Dry run\nWith `dryRun=true` the API answers HTTP 402 with `{ "statusCode": 402 }`.',
    ],
  ])("accepts %s", (_, text) => {
    expect(unsafeMarkdown(text)).toEqual([]);
  });
});

describe("decodeCharacterReferences", () => {
  test.each([
    ["jav&#x09;ascript:", "jav\tascript:"],
    ["&#106;&#97vascript&colon;", "javascript:"],
    ["&Tab;&NewLine;&lpar;&rpar;", "\t\n()"],
    ["&nbsp;&copy;", "&nbsp;&copy;"],
    ["&#0;&#x110000;", "\uFFFD\uFFFD"],
  ])("%s", (given, want) => {
    expect(decodeCharacterReferences(given)).toBe(want);
  });
});

describe("findUnsafeMarkdown", () => {
  test("names each place with its JSON pointer, and only rendered text and link URLs", () => {
    const doc = {
      info: { title: "T", description: '<base href="https://evil.example/">', contact: { url: "javascript:alert(1)" } },
      paths: { "/a": { get: { summary: "x", responses: { 200: { description: "[go](JaVaScRiPt:alert(1))" } } } } },
      components: {
        schemas: {
          A: {
            properties: { value: { description: "<form action=x>" } },
            example: "<form>",
            default: "<meta http-equiv=refresh>",
            enum: ["javascript:x"],
          },
        },
        examples: { E: { summary: "<meta http-equiv=refresh content=0>", value: { description: "<form>" } } },
      },
    };
    expect(findUnsafeMarkdown(doc)).toEqual([
      "#/info/description: a <base> element (it would change where every link of the page goes)",
      "#/info/contact/url: a URL that runs code instead of going to a page",
      "#/paths/~1a/get/responses/200/description: a javascript: URL (a link that runs code instead of going to a page)",
      "#/components/schemas/A/properties/value/description: a <form> (it would send what the reader types elsewhere)",
      '#/components/examples/E/summary: a <meta> element (http-equiv="refresh" would move the reader to another page)',
      "#/components/examples/E/summary: an http-equiv attribute",
    ]);
  });
});
