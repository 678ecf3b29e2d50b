import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { bundleSpec } from "@scenario-api/scripts/src/bundle-spec.ts";
import { serializeBundle } from "@scenario-api/scripts/src/lib/redocly-bundle.ts";
import { resolveLocalRef } from "@scenario-api/scripts/src/lib/json-pointer.ts";
import { requiredTool } from "@scenario-api/scripts/src/lib/required-tool.ts";

const pkgDir = dirname(dirname(fileURLToPath(import.meta.url)));
const repoDir = dirname(pkgDir);
const config = join(repoDir, "redocly.yaml");
const bundled = JSON.parse(readFileSync(join(pkgDir, "dist/openapi.json"), "utf8")) as Record<string, any>;

function walk(node: unknown, visit: (obj: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) for (const v of node) walk(v, visit);
  else if (node !== null && typeof node === "object") {
    visit(node as Record<string, unknown>);
    for (const v of Object.values(node)) walk(v, visit);
  }
}

describe("the bundle", () => {
  test("is byte-identical when bundled twice, and equal to dist/", async () => {
    const first = serializeBundle(await bundleSpec(join(pkgDir, "openapi.yaml"), config, pkgDir));
    const second = serializeBundle(await bundleSpec(join(pkgDir, "openapi.yaml"), config, pkgDir));
    expect(second).toEqual(first);
    expect(first["openapi.json"]).toBe(readFileSync(join(pkgDir, "dist/openapi.json"), "utf8"));
    expect(first["openapi.yaml"]).toBe(readFileSync(join(pkgDir, "dist/openapi.yaml"), "utf8"));
  });

  test("has only internal $refs, and every one resolves", () => {
    const refs: string[] = [];
    walk(bundled, (obj) => {
      if (typeof obj.$ref === "string") refs.push(obj.$ref);
    });
    expect(refs.length).toBeGreaterThan(50);
    const broken = refs.filter((r) => !r.startsWith("#/") || resolveLocalRef(bundled, r) === undefined);
    expect(broken).toEqual([]);
  });

  test("defines every named schema the generators rely on", () => {
    const names = Object.keys(bundled.components.schemas);
    for (const name of [
      "Job",
      "JobType",
      "JobStatus",
      "JobMetadata",
      "JobBilling",
      "StatusHistoryEntry",
      "Workflow",
      "WorkflowPrivacy",
      "WorkflowStatus",
      "FlowNodeType",
      "FlowNodeStatus",
      "WorkflowFlowNode",
      "JobFlowNode",
      "NodeLogic",
      "InputType",
      "AssetKind",
      "ModelType",
      "InputRequiredRule",
      "InputRef",
      "WorkflowInput",
      "SubNodeInput",
      "NodeInput",
      "AssetRef",
      "UiConfig",
      "RunWorkflowRequest",
      "RunWorkflowResponse",
      "ApiError",
      "DryRunEstimate",
    ]) {
      expect(names).toContain(name);
    }
    expect(bundled.components.schemas.JobType.enum).toHaveLength(39);
    expect(bundled.components.schemas.JobStatus.enum).toHaveLength(8);
    expect(bundled.components.schemas.ModelType.enum).toHaveLength(37);
  });
});

describe("x-provenance", () => {
  const sources = ["reference-page", "vendor-docs", "http"];
  const found: Array<{ source: unknown; note: unknown }> = [];
  walk(bundled, (obj) => {
    if (obj["x-provenance"] !== undefined) found.push(obj["x-provenance"] as { source: unknown; note: unknown });
  });

  test("every x-provenance names a known source and says what comes from there", () => {
    expect(found.length).toBeGreaterThanOrEqual(8);
    for (const p of found) {
      expect(sources).toContain(p.source);
      expect(typeof p.note === "string" && p.note.length > 20, JSON.stringify(p)).toBe(true);
    }
  });

  test("openapi/README.md lists the extension and every source", () => {
    const readme = readFileSync(join(pkgDir, "README.md"), "utf8");
    expect(readme).toContain("`x-provenance`");
    for (const source of sources) expect(readme).toContain(`\`${source}\``);
  });
});

describe("examples validate against their schemas (ajv, JSON Schema 2020-12)", () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ ...bundled, $id: "https://scenario-api.local/openapi.json" });
  const operation = bundled.paths["/workflows/{workflowId}/run"].put;
  const cases: Array<[string, unknown, unknown]> = [];
  const deref = (node: any): any => (node?.$ref ? deref(resolveLocalRef(bundled, node.$ref)) : node);
  for (const [status, response] of Object.entries<any>(operation.responses)) {
    const media = deref(response).content["application/json"];
    for (const [name, example] of Object.entries<any>(media.examples))
      cases.push([`${status} ${name}`, media.schema, deref(example).value]);
  }
  const body = operation.requestBody.content["application/json"];
  for (const [name, example] of Object.entries<any>(body.examples))
    cases.push([`request ${name}`, body.schema, deref(example).value]);

  test("every response has at least one example", () => {
    expect(cases.filter(([n]) => !n.startsWith("request")).map(([n]) => n.split(" ")[0])).toEqual(
      expect.arrayContaining(["200", "400", "401", "402", "403", "404", "429", "500"]),
    );
  });

  test.each(cases)("%s", (_, schema: any, value) => {
    const validate = ajv.compile({ $ref: `https://scenario-api.local/openapi.json${schema.$ref}` });
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  });

  test("a wrong enum value in the reference example is rejected (the check can fail)", () => {
    const validate = ajv.compile({
      $ref: "https://scenario-api.local/openapi.json#/components/schemas/RunWorkflowResponse",
    });
    const example = structuredClone(
      deref(operation.responses["200"]).content["application/json"].examples.RunWorkflowReferenceResponse,
    );
    const value = deref(example).value;
    value.job.metadata.flow[0].inputs[0].items[0][0].kind = "hologram";
    expect(validate(value)).toBe(false);
  });
});

describe("a broken spec fails the build with file:line and leaves dist/ untouched", () => {
  const breakages: Array<[string, { file: string; edit: (text: string) => string; want: RegExp }]> = [
    [
      "a dangling $ref",
      {
        file: "components/schemas/Job.yaml",
        edit: (t) => t.replace("$ref: ./JobType.yaml", "$ref: ./JobTyp.yaml"),
        want: /components\/schemas\/Job\.yaml:\d+:\d+ .*JobTyp/,
      },
    ],
    [
      "a YAML syntax error",
      {
        file: "components/schemas/JobBilling.yaml",
        edit: (t) => t.replace("required:\n", "required: [\n"),
        want: /components\/schemas\/JobBilling\.yaml:\d+:\d+ .*YAML/i,
      },
    ],
    // The published reference speaks of the API; where a fact comes from goes into x-provenance.
    [
      "a schema description that speaks of the vendor",
      {
        file: "components/schemas/ApiError.yaml",
        edit: (t) => t.replace("what went wrong.'", "what went wrong. The vendor documents this shape elsewhere.'"),
        want: /components\/schemas\/ApiError\.yaml:2:14 {2}error {2}.*x-provenance.*\(rule\/no-provenance-in-prose\)/,
      },
    ],
    [
      "a parameter description that points to the reference page",
      {
        file: "components/parameters/ProjectId.yaml",
        edit: (t) => t.replace("A private workflow needs it.", "The reference page does not list it."),
        want: /components\/parameters\/ProjectId\.yaml:4:14 {2}error {2}.*\(rule\/no-provenance-in-prose\)/,
      },
    ],
    [
      "an example summary that says it is documented elsewhere",
      {
        file: "components/examples/RunWorkflowReferenceResponse.yaml",
        edit: (t) =>
          t.replace("summary: Every field filled in", "summary: Every field filled in, as documented elsewhere"),
        want: /components\/examples\/RunWorkflowReferenceResponse\.yaml:1:10 {2}error {2}.*\(rule\/no-provenance-in-prose\)/,
      },
    ],
    [
      "a line in the info block about the vendor's docs",
      {
        file: "openapi.yaml",
        edit: (t) =>
          t.replace(
            "    ## Authentication\n",
            "    Per the vendor's documentation, runs are billed.\n\n    ## Authentication\n",
          ),
        want: /^openapi\.yaml:6:16 {2}error {2}.*\(rule\/no-provenance-in-prose\)/m,
      },
    ],
    [
      "an example that breaks its schema",
      {
        file: "components/examples/DryRunCompleted.yaml",
        edit: (t) => t.replace("estimatedCost: 12", "estimatedCost: twelve"),
        want: /components\/examples\/DryRunCompleted\.yaml:\d+:\d+ .*estimatedCost/,
      },
    ],
  ];

  test.each(breakages)("%s", (_, { file, edit, want }) => {
    const work = mkdtempSync(join(tmpdir(), "broken-spec-"));
    cpSync(pkgDir, join(work, "openapi"), { recursive: true, filter: (src) => !src.includes("node_modules") });
    cpSync(config, join(work, "redocly.yaml"));
    const target = join(work, "openapi", file);
    const before = readFileSync(target, "utf8");
    const after = edit(before);
    expect(after).not.toBe(before);
    writeFileSync(target, after);
    const previous = readFileSync(join(work, "openapi/dist/openapi.json"), "utf8");
    const bin = join(repoDir, "node_modules/.bin/scenario-gen");
    const run = spawnSync(bin, ["bundle-spec", "openapi.yaml", "--out", "dist", "--config", "../redocly.yaml"], {
      cwd: join(work, "openapi"),
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(want);
    expect(readFileSync(join(work, "openapi/dist/openapi.json"), "utf8")).toBe(previous);
  });
});

describe("fidelity to the endpoint's reference page", () => {
  // The reference tools sit beside the repository, not in it: a clone elsewhere has none.
  const tool = join(repoDir, "../shared/tools/spec-fidelity");
  const missing = existsSync(tool)
    ? undefined
    : `${tool} is missing (the reference folder ../shared beside the repository)`;
  const runIt = requiredTool("spec-fidelity", missing);
  test.skipIf(!runIt)("spec-fidelity finds every field of the page in the bundle", () => {
    const out = execFileSync(tool, [join(pkgDir, "dist/openapi.json")], { encoding: "utf8" });
    expect(out.trim().split("\n").at(-1)).toBe("fidelity: 1210/1210");
  });
});
