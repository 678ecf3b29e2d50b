import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { constraintText, slug, toLlmsTxt, toMarkdownReference, typeText } from "../src/to-markdown-reference.ts";

describe("typeText", () => {
  const cases: Array<[string, { given: unknown; want: string }]> = [
    [
      "a named schema links to its section",
      { given: { $ref: "#/components/schemas/JobType" }, want: "[JobType](#jobtype)" },
    ],
    [
      "an array of a named schema",
      { given: { type: "array", items: { $ref: "#/components/schemas/Job" } }, want: "array of [Job](#job)" },
    ],
    ["a format", { given: { type: "string", format: "date-time" }, want: "string (date-time)" }],
    ["a type list", { given: { type: ["string", "null"] }, want: "string or null" }],
    ["an empty schema", { given: {}, want: "any" }],
    ["a map", { given: { type: "object", additionalProperties: { type: "number" } }, want: "object of number by key" }],
    [
      "one of two",
      { given: { oneOf: [{ type: "string" }, { $ref: "#/components/schemas/A" }] }, want: "one of: string or [A](#a)" },
    ],
    ["a bare const", { given: { const: "x" }, want: 'const `"x"`' }],
  ];
  test.each(cases)("%s", (_, { given, want }) => expect(typeText(given)).toBe(want));
});

describe("constraintText", () => {
  const cases: Array<[string, { given: unknown; want: string }]> = [
    ["enum values, each as JSON", { given: { type: "string", enum: ["a", "b-c"] }, want: 'One of: `"a"`, `"b-c"`.' }],
    [
      "lengths and a default",
      {
        given: { type: "string", minLength: 1, maxLength: 9, default: "x" },
        want: 'At least 1 character, at most 9 characters, default `"x"`.',
      },
    ],
    ["a closed object", { given: { type: "object", additionalProperties: false }, want: "No other fields." }],
    ["nothing", { given: { type: "string" }, want: "" }],
  ];
  test.each(cases)("%s", (_, { given, want }) => expect(constraintText(given)).toBe(want));
});

test.each([
  ["Job", "job"],
  ["Errors and retries", "errors-and-retries"],
  ["PUT /workflows/{workflowId}/run", "put-workflowsworkflowidrun"],
])("slug(%j) is GitHub's anchor %j", (heading, want) => expect(slug(heading)).toBe(want));

const doc = {
  openapi: "3.1.0",
  info: { title: "Demo", version: "2.0.0", summary: "Does demos.", description: "## Limits\nSome." },
  servers: [{ url: "https://api.example/v1" }],
  security: [{ basic: [] }],
  paths: {
    "/things/{id}": {
      parameters: [{ $ref: "#/components/parameters/Id" }],
      post: {
        operationId: "makeThing",
        summary: "Make a thing",
        parameters: [{ name: "dry", in: "query", schema: { type: "boolean" }, description: "Only check." }],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/Thing" },
              examples: { Small: { $ref: "#/components/examples/Small" } },
            },
          },
        },
        responses: {
          "201": {
            description: "Made.",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
          },
          "429": { $ref: "#/components/responses/Slow" },
          "5XX": {
            description: "A gateway | failed.",
            content: { "text/plain": { schema: { type: "string" }, example: "oops ``` x" } },
          },
        },
        "x-codeSamples": [{ lang: "Shell", label: "curl", source: "curl -X POST https://api.example/v1/things/1" }],
      },
    },
  },
  components: {
    securitySchemes: { basic: { type: "http", scheme: "basic", description: "Key and secret." } },
    parameters: { Id: { name: "id", in: "path", required: true, schema: { type: "string", minLength: 1 } } },
    examples: { Small: { summary: "A small one", value: { size: 1 } } },
    responses: {
      Slow: {
        description: "Too many.",
        headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "string" } } },
        content: { "application/json": { schema: { $ref: "#/components/schemas/Problem" } } },
      },
    },
    schemas: {
      Thing: {
        type: "object",
        description: "A thing.",
        required: ["size"],
        properties: {
          size: { type: "integer", minimum: 1, description: "How big." },
          kind: { $ref: "#/components/schemas/Kind" },
          parts: { type: "array", items: { type: "object", properties: { label: { type: "string" } } } },
        },
      },
      Kind: { type: "string", enum: ["round", "square"] },
      Problem: { type: "object", properties: { message: { type: "string" } } },
    },
  },
};

describe("toMarkdownReference", () => {
  const md = toMarkdownReference(doc);
  const section = (heading: string) => {
    const start = md.indexOf(`\n${heading}\n`);
    expect(start, heading).toBeGreaterThanOrEqual(0);
    const next = md.slice(start + heading.length + 2).search(/\n#{1,3} /);
    return md.slice(start, next < 0 ? undefined : start + heading.length + 2 + next);
  };

  test("starts with the generated-file notice, the title, summary, version, base URL and the description", () => {
    expect(md.split("\n").slice(0, 10)).toEqual([
      "<!-- Generated from @scenario-api/openapi by scripts/src/to-markdown-reference.ts. Do not edit. -->",
      "",
      "# Demo",
      "",
      "> Does demos.",
      "",
      "Version `2.0.0`, OpenAPI `3.1.0`.",
      "",
      "Base URL: `https://api.example/v1`.",
      "",
    ]);
    expect(md).toContain("\n## Limits\nSome.\n");
  });

  test("parameters: the path item's and the operation's, with type, place, required flag and constraints", () => {
    expect(section("### Parameters")).toContain(
      [
        "| name | in | type | required | description |",
        "|---|---|---|---|---|",
        "| `id` | path | string | yes | At least 1 character. |",
        "| `dry` | query | boolean | no | Only check. |",
      ].join("\n"),
    );
  });

  test("the request body: required, its schema and its named examples", () => {
    const body = section("### Request body");
    expect(body).toContain("Required.");
    expect(body).toContain("`application/json`: [Thing](#thing)");
    expect(body).toContain('Example `Small`: A small one\n\n```json\n{\n  "size": 1\n}\n```');
  });

  test("every response with its status, description and schema; a pipe in a description stays in its cell", () => {
    expect(section("### Responses")).toContain(
      [
        "| `201` | Made. | `application/json` [Thing](#thing) |",
        "| `429` | Too many. | `application/json` [Problem](#problem) |",
        "| `5XX` | A gateway \\| failed. | `text/plain` string |",
      ].join("\n"),
    );
    expect(section("#### 429 (Slow)")).toContain("| `Retry-After` | string | Seconds to wait. |");
    // An example with a fence inside gets a longer fence.
    expect(section("#### 5XX")).toContain("````\noops ``` x\n````");
  });

  test("errors and retries: each error status, and which carry Retry-After", () => {
    const errors = section("### Errors and retries");
    expect(errors).toContain("| `429` | Too many. | after `Retry-After`: Seconds to wait. |");
    expect(errors).toContain("| `5XX` | A gateway \\| failed. | no `Retry-After` |");
    expect(errors).toContain("The answers that carry `Retry-After` (`429`) say how long to wait");
    expect(errors).not.toContain("`201`");
  });

  test("code samples, fenced in their language", () => {
    expect(section("### Code samples")).toContain(
      "curl:\n\n```shell\ncurl -X POST https://api.example/v1/things/1\n```",
    );
  });

  test("every schema, with its fields (nested inline ones as a[].b), types, required flags and enum values", () => {
    expect(section("### Thing")).toContain(
      [
        "| `size` | integer | yes | How big. Minimum 1. |",
        "| `kind` | [Kind](#kind) | no |  |",
        "| `parts` | array of object | no |  |",
        "| `parts[].label` | string | no |  |",
      ].join("\n"),
    );
    expect(section("### Kind")).toContain('Type: string. One of: `"round"`, `"square"`.');
    expect(section("## Security schemes")).toContain("| `basic` | http | basic | Key and secret. |");
  });

  test("follows the spec: a new field, status and enum value show up without touching the generator", () => {
    const changed = structuredClone(doc) as any;
    changed.components.schemas.Thing.properties.colour = { type: "string", description: "Its colour." };
    changed.components.schemas.Kind.enum.push("oval");
    changed.paths["/things/{id}"].post.responses["409"] = { description: "Exists already." };
    const out = toMarkdownReference(changed);
    expect(out).toContain("| `colour` | string | no | Its colour. |");
    expect(out).toContain('`"oval"`');
    expect(out).toContain("| `409` | Exists already. | none |");
  });

  test("is deterministic", () => expect(toMarkdownReference(structuredClone(doc))).toBe(md));

  test("names a $ref it cannot follow", () => {
    const broken = structuredClone(doc) as any;
    broken.paths["/things/{id}"].post.responses["429"] = { $ref: "#/components/responses/Nope" };
    expect(() => toMarkdownReference(broken)).toThrow(/#\/components\/responses\/Nope/);
  });
});

test("toLlmsTxt: title, summary, the operations, and links to the Markdown, the page and the spec", () => {
  expect(toLlmsTxt(doc, { markdown: "reference.md", html: "index.html", spec: ["openapi.json"] })).toBe(
    [
      "# Demo",
      "",
      "> Does demos.",
      "",
      "Version 2.0.0. Base URL: https://api.example/v1.",
      "",
      "Operations:",
      "",
      "- POST /things/{id}: Make a thing",
      "",
      "## Docs",
      "",
      "- [API reference in Markdown](reference.md): every operation, parameter, request body, response (status, headers, schema, examples), error and retry, and every schema's fields, generated from the OpenAPI document",
      "- [API reference in HTML](index.html): the same reference as a web page",
      "",
      "## OpenAPI",
      "",
      "- [openapi.json](openapi.json): the OpenAPI 3.1.0 document the reference is generated from",
      "",
    ].join("\n"),
  );
});

// Two runs of the CLI, each loading tsx: seconds on a busy machine.
test("the CLI writes reference.md and llms.txt, and leaves both as they were when the spec is broken", {
  timeout: 60_000,
}, () => {
  const bin = fileURLToPath(new URL("../bin/scenario-gen.js", import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), "md-ref-"));
  try {
    writeFileSync(join(dir, "spec.json"), JSON.stringify(doc));
    execFileSync(process.execPath, [bin, "to-markdown-reference", "spec.json", "--out", "out"], { cwd: dir });
    const md = readFileSync(join(dir, "out/reference.md"), "utf8");
    expect(md).toBe(toMarkdownReference(doc));
    expect(readFileSync(join(dir, "out/llms.txt"), "utf8")).toContain("(openapi.yaml)");
    const broken = structuredClone(doc) as any;
    broken.paths["/things/{id}"].post.responses["429"] = { $ref: "other.yaml#/Slow" };
    writeFileSync(join(dir, "spec.json"), JSON.stringify(broken));
    let stderr = "";
    try {
      execFileSync(process.execPath, [bin, "to-markdown-reference", "spec.json", "--out", "out"], {
        cwd: dir,
        stdio: "pipe",
      });
    } catch (error) {
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    expect(stderr).toMatch(/\$ref 'other\.yaml#\/Slow' is not local/);
    expect(stderr).toMatch(/left as they were/);
    expect(readFileSync(join(dir, "out/reference.md"), "utf8")).toBe(md);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
