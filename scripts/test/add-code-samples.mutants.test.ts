/** add-code-samples: the manifest it reads, the errors it names, and the command run in-process. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { addCodeSamples, command, parseOperationRef, readManifest, type CodeSample } from "../src/add-code-samples.ts";
import { runCommand } from "./run-command.ts";

const SPEC = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: { "/workflows/{workflowId}/run": { put: { operationId: "runWorkflow", responses: {} } } },
};
const put = { method: "put", path: "/workflows/{workflowId}/run" } as const;
const curl: CodeSample = { lang: "Shell", label: "curl", source: "curl -X PUT https://x\n" };

/** A docs package: the spec, samples/code-samples.json and the sample files it names. */
function docsPackage(manifest: unknown, files: Record<string, string> = { "samples/run.sh": "curl -X PUT x\n" }) {
  const dir = mkdtempSync(join(tmpdir(), "code-samples-"));
  mkdirSync(join(dir, "samples"));
  writeFileSync(join(dir, "openapi.json"), JSON.stringify(SPEC));
  writeFileSync(join(dir, "samples/code-samples.json"), JSON.stringify(manifest));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

describe("addCodeSamples refuses, naming the pointer or the sample", () => {
  const errors: Array<[string, { spec: unknown; samples: CodeSample[]; want: string }]> = [
    ["a spec without paths", { spec: { openapi: "3.1.0" }, samples: [curl], want: "paths in the spec: (none)" }],
    [
      "a path item that is a $ref",
      {
        spec: { paths: { "/workflows/{workflowId}/run": { $ref: "#/components/pathItems/Run" } } },
        samples: [curl],
        want: "#/paths/~1workflows~1{workflowId}~1run is a $ref; bundle the spec first",
      },
    ],
    [
      "a path without operations",
      {
        spec: { paths: { "/workflows/{workflowId}/run": { parameters: [], summary: "x" } } },
        samples: [curl],
        want: "#/paths/~1workflows~1{workflowId}~1run/put does not exist; operations on /workflows/{workflowId}/run: (none)",
      },
    ],
    [
      "an operation that is an array",
      {
        spec: { paths: { "/workflows/{workflowId}/run": { put: [], get: {} } } },
        samples: [curl],
        want: "/put does not exist; operations on /workflows/{workflowId}/run: PUT, GET",
      },
    ],
    [
      "an operation that is null",
      {
        spec: { paths: { "/workflows/{workflowId}/run": { put: null } } },
        samples: [curl],
        want: "/put does not exist",
      },
    ],
    [
      "an empty lang",
      { spec: SPEC, samples: [{ ...curl, lang: " " }], want: "sample 0 ( /curl): lang and label must not be empty" },
    ],
    [
      "an empty label",
      { spec: SPEC, samples: [{ ...curl, label: "" }], want: "sample 0 (Shell/): lang and label must not be empty" },
    ],
  ];
  test.each(errors)("%s", (_, { spec, samples, want }) => {
    expect(() => addCodeSamples(spec as Record<string, unknown>, put, samples)).toThrow(want);
  });

  test("an upper-case method finds the operation", () => {
    const out = addCodeSamples(SPEC, { method: "PUT", path: put.path }, [curl]) as typeof SPEC;
    expect(out.paths[put.path].put).toHaveProperty("x-codeSamples", [
      { lang: "Shell", label: "curl", source: "curl -X PUT https://x" },
    ]);
  });

  test("two tabs may share a lang or a label, not both", () => {
    const samples = [curl, { ...curl, label: "httpie" }, { ...curl, lang: "Bash" }];
    const out = addCodeSamples(SPEC, put, samples) as { paths: Record<string, { put: Record<string, unknown> }> };
    expect(out.paths[put.path]!.put["x-codeSamples"]).toHaveLength(3);
  });

  test("only the final newlines go: inner blank lines and a trailing space stay", () => {
    const out = addCodeSamples(SPEC, put, [{ ...curl, source: "a\n\nb \n\n" }]) as {
      paths: Record<string, { put: Record<string, Array<{ source: string }>> }>;
    };
    expect(out.paths[put.path]!.put["x-codeSamples"]![0]!.source).toBe("a\n\nb ");
  });
});

describe("readManifest", () => {
  test("reads each sample's file relative to the manifest", () => {
    const dir = docsPackage({
      operation: "PUT /workflows/{workflowId}/run",
      samples: [{ lang: "Shell", label: "curl", file: "run.sh" }],
    });
    expect(readManifest(join(dir, "samples/code-samples.json"))).toEqual({
      operation: put,
      samples: [{ lang: "Shell", label: "curl", source: "curl -X PUT x\n" }],
    });
  });

  const broken: Array<[string, unknown, RegExp]> = [
    ["no operation", { samples: [] }, /code-samples\.json: expected \{ "operation": "PUT \/path", "samples"/],
    ["samples not a list", { operation: "PUT /a", samples: {} }, /code-samples\.json: expected \{ "operation"/],
    [
      "a sample without a file",
      {
        operation: "PUT /a",
        samples: [
          { lang: "Shell", label: "curl", file: "run.sh" },
          { lang: "Shell", label: "x" },
        ],
      },
      /code-samples\.json: \/samples\/1 needs string "lang", "label" and "file"$/,
    ],
    ["a sample that is null", { operation: "PUT /a", samples: [null] }, /\/samples\/0 needs string/],
    [
      "a label that is not a string",
      { operation: "PUT /a", samples: [{ lang: "Shell", label: 1, file: "run.sh" }] },
      /\/samples\/0 needs/,
    ],
    [
      "a file that cannot be read",
      { operation: "PUT /a", samples: [{ lang: "Shell", label: "curl", file: "gone.sh" }] },
      /code-samples\.json: \/samples\/0\/file: cannot read .*samples\/gone\.sh$/,
    ],
    ["an operation that is not one", { operation: "RUN /a", samples: [] }, /operation must look like/],
  ];
  test.each(broken)("%s is refused with the manifest's name", (_, manifest, want) => {
    const dir = docsPackage(manifest);
    expect(() => readManifest(join(dir, "samples/code-samples.json"))).toThrow(want);
  });
});

describe("add-code-samples (in-process)", () => {
  test("writes openapi.json and openapi.yaml with the samples and says what it wrote", async () => {
    const dir = docsPackage({
      operation: "PUT /workflows/{workflowId}/run",
      samples: [{ lang: "Shell", label: "curl", file: "run.sh" }],
    });
    const run = await runCommand(
      command,
      ["openapi.json", "--samples", "samples/code-samples.json", "--out", "dist"],
      dir,
    );
    expect(run).toEqual({
      code: 0,
      stdout: "add-code-samples: 1 samples → dist/openapi.json, dist/openapi.yaml",
      stderr: "",
    });
    const json = JSON.parse(readFileSync(join(dir, "dist/openapi.json"), "utf8")) as typeof SPEC;
    expect(json.paths[put.path].put).toEqual({
      operationId: "runWorkflow",
      responses: {},
      "x-codeSamples": [{ lang: "Shell", label: "curl", source: "curl -X PUT x" }],
    });
    expect(readFileSync(join(dir, "dist/openapi.yaml"), "utf8")).toContain("x-codeSamples:");
  });

  test("a bad manifest fails with exit 1, names it, and leaves the output folder as it was", async () => {
    const dir = docsPackage({ operation: "PUT /workflows/{workflowId}/run" });
    mkdirSync(join(dir, "dist"));
    writeFileSync(join(dir, "dist/openapi.json"), "previous\n");
    const run = await runCommand(
      command,
      ["openapi.json", "--samples", "samples/code-samples.json", "--out", "dist"],
      dir,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^add-code-samples: .*code-samples\.json: expected .*; dist\/ left as it was$/);
    expect(readFileSync(join(dir, "dist/openapi.json"), "utf8")).toBe("previous\n");
  });
});

describe("parseOperationRef reads the whole text as METHOD /path", () => {
  test.each([
    ["PUT  /workflows/{workflowId}/run", { method: "put", path: "/workflows/{workflowId}/run" }],
    ["get\t/a", { method: "get", path: "/a" }],
  ])("%s", (text, want) => expect(parseOperationRef(text)).toEqual(want));
  test.each(["run PUT /a", "PUT /a extra", "PUT a"])("refuses %s, naming it", (text) =>
    expect(() => parseOperationRef(text)).toThrow(
      expect.objectContaining({
        name: "CodeSampleError",
        message: `operation must look like "PUT /workflows/{workflowId}/run", got "${text}"`,
      }),
    ),
  );
});

test("an unknown path lists every path of the spec", () => {
  const spec = { paths: { "/a": { get: {} }, "/b": { put: {} } } };
  expect(() => addCodeSamples(spec, { method: "get", path: "/c" }, [curl])).toThrow(
    "#/paths/~1c does not exist; paths in the spec: /a, /b",
  );
});

test("a blank label is refused like an empty one", () => {
  expect(() => addCodeSamples(SPEC, put, [{ ...curl, label: "  " }])).toThrow(
    "sample 0 (Shell/  ): lang and label must not be empty",
  );
});
