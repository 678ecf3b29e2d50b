/**
 * The table: realistic edits of the spec, each as a maintainer makes it (the schema, its
 * examples, every file that names it), what the table says it means for each side, and what each
 * output must show afterwards.
 *
 * `given` is an edit applied to both sides: the spec as it was before the edit, for edits that
 * need something today's spec does not have (a request enum, a oneOf). The consumer programs
 * stay the ones written against today's spec; `stored` and `sent` are a row's own payloads: a
 * request a consumer stored while the old spec was current (checked valid under it), and an
 * answer the revised API may send (checked valid under the revision).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { MockProbe } from "./judges/mock-server.ts";
import type { Payload } from "./judges/payloads.ts";
import { repoRoot } from "./pipeline.ts";
import type { SpecFiles, Yaml } from "./spec-files.ts";

export type Side = "request" | "response";
export type Verdict = "compatible" | "breaking";
/** Outputs a row's `shows` and `hides` look into (see outputTexts in evolution.test.ts). */
export type OutputName = "ts" | "schema2020" | "draft07" | "python" | "go" | "mock" | "docs";

export interface Edit {
  name: string;
  given?: Given;
  edit: (spec: SpecFiles) => void;
  expect: Record<Side, Verdict>;
  stored?: Payload[];
  sent?: Payload[];
  /** Text each listed output must contain after the edit. */
  shows: Array<[OutputName[], string | RegExp]>;
  /** Text each listed output must no longer contain. */
  hides?: Array<[OutputName[], string | RegExp]>;
  /** New code that uses what the edit added: it must compile against the revision. */
  uses?: { ts?: string; python?: string };
  /** Raw requests to the revised mock server, and the status each must get. */
  mock?: MockProbe[];
}

/** A named edit applied before the row's own (its name keys the shared build of that base). */
export interface Given {
  name: string;
  apply: (spec: SpecFiles) => void;
}

const ALL: OutputName[] = ["ts", "schema2020", "draft07", "python", "go", "docs"];
const SCHEMAS: OutputName[] = ["schema2020", "draft07", "go"];
const REQUEST = "components/schemas/RunWorkflowRequest.yaml";
const JOB = "components/schemas/Job.yaml";
const JOB_STATUS = "components/schemas/JobStatus.yaml";
const PATH = "paths/workflows_{workflowId}_run.yaml";
const RESPONSE_EXAMPLES = [
  "components/examples/RunWorkflowQueuedResponse.yaml",
  "components/examples/RunWorkflowReferenceResponse.yaml",
];

/** Today's queued answer (openapi/components/examples/), the base of the rows' `sent` payloads. */
const queued = (parse(readFileSync(join(repoRoot, "openapi", RESPONSE_EXAMPLES[0]!), "utf8")) as Yaml).value as {
  job: Record<string, unknown>;
  workflow: Record<string, unknown>;
};
const answerWithJob = (what: string, job: Record<string, unknown>): Payload => ({
  what,
  schema: "RunWorkflowResponse",
  instance: { ...queued, job: { ...queued.job, ...job } },
});
const request = (what: string, instance: Record<string, unknown>): Payload => ({
  what,
  schema: "RunWorkflowRequest",
  instance,
});

const addRequestProperty = (spec: SpecFiles, name: string, schema: Yaml, required = false) =>
  spec.edit(REQUEST, (doc) => {
    doc.properties = { ...doc.properties, [name]: schema };
    if (required) doc.required = [...(doc.required ?? []), name];
  });
const editRequestProperty = (spec: SpecFiles, name: string, change: (p: Yaml) => void) =>
  spec.edit(REQUEST, (doc) => change(doc.properties[name]));
const editJobProperty = (spec: SpecFiles, name: string, change: (p: Yaml) => void) =>
  spec.edit(JOB, (doc) => change(doc.properties[name]));
/** The request example changes with the schema: the build lints every example against it. */
const editRequestExample = (spec: SpecFiles, change: (body: Yaml) => void) =>
  spec.edit("components/examples/RunWorkflowRequestBody.yaml", (doc) => change(doc.value));
/** The examples' jobs change with the schema: the build lints every example against it. */
const editExampleJobs = (spec: SpecFiles, change: (job: Yaml) => void) => {
  for (const file of RESPONSE_EXAMPLES) spec.edit(file, (doc) => change(doc.value.job));
};

const priority = {
  type: "integer",
  minimum: 0,
  maximum: 10,
  default: 5,
  description: "The run's priority in the queue, from 0 (lowest) to 10 (highest).",
};
const qualityEnum: Given = {
  name: "request quality enum",
  apply: (spec) =>
    addRequestProperty(spec, "quality", {
      type: "string",
      enum: ["draft", "standard"],
      description: "How much compute the run may use.",
    }),
};
const seedInteger: Given = {
  name: "request seed",
  apply: (spec) =>
    addRequestProperty(spec, "seed", { type: "integer", description: "The random seed, for a reproducible run." }),
};
const seedNullable: Given = {
  name: "request seed nullable",
  apply: (spec) =>
    addRequestProperty(spec, "seed", {
      type: ["integer", "null"],
      description: "The random seed, for a reproducible run; null picks one.",
    }),
};
const priorityBounded: Given = {
  name: "request priority 0-10",
  apply: (spec) => addRequestProperty(spec, "priority", priority),
};
const styleString: Given = {
  name: "request style",
  apply: (spec) => addRequestProperty(spec, "style", { type: "string", description: "The name of a style preset." }),
};
const stylePattern: Given = {
  name: "request style pattern",
  apply: (spec) =>
    addRequestProperty(spec, "style", {
      type: "string",
      pattern: "^[a-z][a-z0-9-]*$",
      description: "The name of a style preset.",
    }),
};
const progressBounded: Given = {
  name: "response progress 0-1",
  apply: (spec) =>
    editJobProperty(spec, "progress", (p) => {
      p.minimum = 0;
      p.maximum = 1;
    }),
};
const resultOneOf: Given = {
  name: "response result oneOf",
  apply: (spec) =>
    spec.edit(JOB, (doc) => {
      doc.properties.result = {
        description: "What the job produced: an asset, or a text for text jobs.",
        oneOf: [{ $ref: "./AssetRef.yaml" }, { type: "string", description: "The text the job produced." }],
      };
    }),
};
const imageOneOf: Given = {
  name: "request image oneOf",
  apply: (spec) =>
    addRequestProperty(spec, "image", {
      description: "The input image: an asset ID or an asset reference.",
      oneOf: [{ type: "string", description: "An asset ID." }, { $ref: "./AssetRef.yaml" }],
    }),
};

export const edits: Edit[] = [
  {
    name: "optional request field with a default (priority, integer 0–10, default 5)",
    edit: (spec) => addRequestProperty(spec, "priority", priority),
    expect: { request: "compatible", response: "compatible" },
    shows: [
      [ALL, "priority"],
      [["ts"], /priority\?: number/],
      [["ts"], "@default 5"],
      [["python"], /priority: NotRequired\[int\]/],
    ],
    uses: {
      ts: `import { createScenarioClient } from "@scenario-api/client";
export const run = (client: ReturnType<typeof createScenarioClient>) => client.workflows.run("w", { prompt: "x", priority: 7 });`,
      python: `from scenario_api_schemas.types import RunWorkflowRequest
request: RunWorkflowRequest = {"prompt": "x", "priority": 7}`,
    },
  },
  {
    name: "optional request field without a default",
    edit: seedInteger.apply,
    expect: { request: "compatible", response: "compatible" },
    shows: [
      [ALL, "seed"],
      [["ts"], /seed\?: number/],
      [["python"], /seed: NotRequired\[int\]/],
    ],
    uses: {
      ts: `import type { RunWorkflowBody } from "@scenario-api/types";\nexport const body: RunWorkflowBody = { seed: 42 };`,
    },
  },
  {
    name: "required request field",
    edit: (spec) => {
      addRequestProperty(
        spec,
        "workflowVersion",
        { type: "integer", description: "The version of the workflow to run." },
        true,
      );
      editRequestExample(spec, (body) => {
        body.workflowVersion = 3;
      });
    },
    expect: { request: "breaking", response: "compatible" },
    shows: [
      [ALL, "workflowVersion"],
      [["ts"], /workflowVersion: number/],
      [["python"], /workflowVersion: int/],
    ],
  },
  {
    name: "required request field with a default",
    edit: (spec) => {
      addRequestProperty(
        spec,
        "quality",
        {
          type: "string",
          enum: ["draft", "standard", "high"],
          default: "standard",
          description: "How much compute the run may use.",
        },
        true,
      );
      editRequestExample(spec, (body) => {
        body.quality = "standard";
      });
    },
    expect: { request: "breaking", response: "compatible" },
    shows: [
      [ALL, "quality"],
      [["ts", "python"], /"draft" \| "standard" \| "high"|Literal\["draft", "standard", "high"\]/],
    ],
  },
  {
    name: "optional response field",
    edit: (spec) =>
      spec.edit(JOB, (doc) => {
        doc.properties.queuePosition = {
          type: "integer",
          description: "The job's place in the queue while it is queued.",
        };
      }),
    expect: { request: "compatible", response: "compatible" },
    sent: [answerWithJob("a job with its queue position", { queuePosition: 3 })],
    shows: [
      [ALL, "queuePosition"],
      [["ts"], /queuePosition\?: number/],
      [["python"], /queuePosition: NotRequired\[int\]/],
    ],
    uses: {
      ts: `import type { Job } from "@scenario-api/types";\nexport const place = (job: Job): number | undefined => job.queuePosition;`,
    },
  },
  {
    name: "required response field",
    edit: (spec) => {
      spec.edit(JOB, (doc) => {
        doc.properties.queuePosition = {
          type: "integer",
          description: "The job's place in the queue (0 once it runs).",
        };
        doc.required.push("queuePosition");
      });
      editExampleJobs(spec, (job) => {
        job.queuePosition = 0;
      });
    },
    expect: { request: "compatible", response: "compatible" },
    sent: [answerWithJob("a job with its queue position", { queuePosition: 3 })],
    shows: [
      [ALL, "queuePosition"],
      [["ts"], /queuePosition: number/],
      [["python"], /queuePosition: int/],
    ],
    uses: {
      ts: `import type { Job } from "@scenario-api/types";\nexport const place = (job: Job): number => job.queuePosition;`,
      python: `from scenario_api_schemas.types import Job\ndef place(job: Job) -> int:\n    return job["queuePosition"]`,
    },
  },
  {
    name: "required response field removed",
    edit: (spec) => {
      spec.edit(JOB, (doc) => {
        delete doc.properties.progress;
        doc.required = doc.required.filter((r: string) => r !== "progress");
      });
      editExampleJobs(spec, (job) => {
        delete job.progress;
      });
    },
    expect: { request: "compatible", response: "breaking" },
    sent: [answerWithJob("a job without progress", { progress: undefined })],
    shows: [],
    hides: [
      [["ts", "python"], /progress\??: /],
      [["schema2020", "draft07"], '"progress"'],
    ],
  },
  {
    name: "response enum value added",
    edit: (spec) => spec.edit(JOB_STATUS, (doc) => doc.enum.push("paused")),
    expect: { request: "compatible", response: "breaking" },
    sent: [answerWithJob("a paused job", { status: "paused" })],
    shows: [[ALL, "paused"]],
  },
  {
    name: "response enum value removed",
    edit: (spec) => spec.edit(JOB_STATUS, (doc) => (doc.enum = doc.enum.filter((v: string) => v !== "pending"))),
    expect: { request: "compatible", response: "breaking" },
    shows: [
      [["ts"], 'jobStatuses = ["canceled","failure","finalizing","in-progress","queued",'],
      [["python"], 'JobStatus: TypeAlias = Literal["canceled", "failure", "finalizing", "in-progress", "queued",'],
    ],
  },
  {
    name: "request enum value added",
    given: qualityEnum,
    edit: (spec) => editRequestProperty(spec, "quality", (p) => p.enum.push("high")),
    expect: { request: "compatible", response: "compatible" },
    stored: [request("a draft-quality run", { prompt: "a lighthouse", quality: "draft" })],
    shows: [[ALL, '"high"']],
    uses: {
      ts: `import type { RunWorkflowBody } from "@scenario-api/types";\nexport const body: RunWorkflowBody = { quality: "high" };`,
    },
  },
  {
    name: "request enum value removed",
    given: qualityEnum,
    edit: (spec) => editRequestProperty(spec, "quality", (p) => (p.enum = ["standard"])),
    expect: { request: "breaking", response: "compatible" },
    stored: [request("a draft-quality run", { prompt: "a lighthouse", quality: "draft" })],
    shows: [
      [["ts"], /quality\?: "standard"/],
      [["python"], /quality: NotRequired\[Literal\["standard"\]\]/],
    ],
    hides: [[["ts"], /quality\?: "draft"/]],
  },
  {
    name: "response field became nullable",
    edit: (spec) => editJobProperty(spec, "progress", (p) => (p.type = ["number", "null"])),
    expect: { request: "compatible", response: "breaking" },
    sent: [answerWithJob("a job whose progress is unknown", { progress: null })],
    shows: [
      [["ts"], /progress: number \| null/],
      [["python"], /progress: float \| None|progress: Optional\[float\]|progress: Union\[float, None\]/],
      [SCHEMAS, '"null"'],
    ],
  },
  {
    name: "request field became nullable",
    given: seedInteger,
    edit: (spec) => editRequestProperty(spec, "seed", (p) => (p.type = ["integer", "null"])),
    expect: { request: "compatible", response: "compatible" },
    stored: [request("a seeded run", { prompt: "a lighthouse", seed: 42 })],
    shows: [
      [["ts"], /seed\?: number \| null/],
      [SCHEMAS, '"null"'],
    ],
    uses: {
      ts: `import type { RunWorkflowBody } from "@scenario-api/types";\nexport const body: RunWorkflowBody = { seed: null };`,
    },
  },
  {
    name: "request field no longer nullable",
    given: seedNullable,
    edit: (spec) => editRequestProperty(spec, "seed", (p) => (p.type = "integer")),
    expect: { request: "breaking", response: "compatible" },
    stored: [request("a run that let the API pick the seed", { prompt: "a lighthouse", seed: null })],
    shows: [[["ts"], /seed\?: number;/]],
  },
  {
    name: "new optional query parameter",
    edit: (spec) =>
      spec.edit(PATH, (doc) =>
        doc.put.parameters.push({
          name: "callbackUrl",
          in: "query",
          required: false,
          description: "A URL the API calls when the job ends.",
          schema: { type: "string" },
          example: "https://example.com/hooks/scenario",
        }),
      ),
    expect: { request: "compatible", response: "compatible" },
    shows: [
      [["ts", "docs"], "callbackUrl"],
      [["ts"], /callbackUrl\?: string/],
    ],
    uses: {
      ts: `import { createScenarioClient } from "@scenario-api/client";
export const run = (client: ReturnType<typeof createScenarioClient>) =>
  client.workflows.run("w", { prompt: "x" }, { callbackUrl: "https://example.com/hooks/scenario" });`,
    },
  },
  {
    name: "new required query parameter",
    edit: (spec) =>
      spec.edit(PATH, (doc) =>
        doc.put.parameters.push({
          name: "teamId",
          in: "query",
          required: true,
          description: "The team the run is billed to.",
          schema: { type: "string" },
          example: "team_U3Qmc8PCdWXwAQJ4Dvw4tV6D",
        }),
      ),
    expect: { request: "breaking", response: "compatible" },
    shows: [
      [["ts", "docs"], "teamId"],
      [["ts"], /teamId: string/],
    ],
    uses: {
      ts: `import { createScenarioClient } from "@scenario-api/client";
export const run = (client: ReturnType<typeof createScenarioClient>) =>
  client.workflows.run("w", { prompt: "x" }, { teamId: "team_1" });
// @ts-expect-error teamId is required
export const without = (client: ReturnType<typeof createScenarioClient>) => client.workflows.run("w", { prompt: "x" }, {});`,
    },
  },
  {
    name: "query parameter removed",
    edit: (spec) =>
      spec.edit(PATH, (doc) => {
        doc.put.parameters = doc.put.parameters.filter((p: Yaml) => !String(p.$ref).endsWith("/ProjectId.yaml"));
      }),
    expect: { request: "breaking", response: "compatible" },
    shows: [],
    hides: [[["ts"], "projectId?: string"]],
  },
  {
    name: "new response status",
    edit: (spec) => {
      spec.create("components/examples/ConflictError.yaml", {
        summary: "Conflict",
        value: {
          statusCode: 409,
          error: "Conflict",
          message: "The workflow is being edited; run it again in a moment.",
        },
      });
      spec.create("components/responses/Conflict.yaml", {
        description: "The workflow is being edited and cannot run now.",
        content: {
          "application/json": {
            schema: { $ref: "../schemas/ApiError.yaml" },
            examples: { ConflictError: { $ref: "../examples/ConflictError.yaml" } },
          },
        },
      });
      spec.edit(PATH, (doc) => {
        doc.put.responses["409"] = { $ref: "../components/responses/Conflict.yaml" };
      });
    },
    expect: { request: "compatible", response: "compatible" },
    shows: [
      [["ts", "docs", "mock"], "409"],
      [["docs", "mock"], "The workflow is being edited"],
    ],
  },
  {
    name: "new oneOf branch in a response",
    given: resultOneOf,
    edit: (spec) =>
      spec.edit(JOB, (doc) => {
        doc.properties.result.oneOf.push({
          type: "array",
          items: { $ref: "./AssetRef.yaml" },
          description: "The assets the job produced.",
        });
      }),
    expect: { request: "compatible", response: "breaking" },
    sent: [
      answerWithJob("a job with several results", {
        result: [{ assetId: "asset_1", url: "https://example.com/a.png" }],
      }),
    ],
    shows: [
      [
        ["ts"],
        /result\?: components\["schemas"\]\["AssetRef"\] \| string \| components\["schemas"\]\["AssetRef"\]\[\]/,
      ],
      [SCHEMAS, "The assets the job produced."],
    ],
  },
  {
    name: "new oneOf branch in a request",
    given: imageOneOf,
    edit: (spec) =>
      editRequestProperty(spec, "image", (p) =>
        p.oneOf.push({ type: "array", items: { type: "string" }, description: "Several asset IDs." }),
      ),
    expect: { request: "compatible", response: "compatible" },
    stored: [request("a run on one asset", { prompt: "a lighthouse", image: "asset_GTrL3mq4SXWyMxkOHRxlpw" })],
    shows: [
      [SCHEMAS, "Several asset IDs."],
      [["ts"], /image\?: string \| components\["schemas"\]\["AssetRef"\] \| string\[\]/],
    ],
    uses: {
      ts: `import type { RunWorkflowBody } from "@scenario-api/types";\nexport const body: RunWorkflowBody = { image: ["asset_1", "asset_2"] };`,
    },
  },
  {
    name: "pattern added to a request field (tightened)",
    given: styleString,
    edit: (spec) => editRequestProperty(spec, "style", (p) => (p.pattern = "^[a-z][a-z0-9-]*$")),
    expect: { request: "breaking", response: "compatible" },
    stored: [request("a run in a named style", { prompt: "a lighthouse", style: "Watercolor" })],
    shows: [[SCHEMAS, "^[a-z][a-z0-9-]*$"]],
  },
  {
    name: "pattern removed from a request field (relaxed)",
    given: stylePattern,
    edit: (spec) => editRequestProperty(spec, "style", (p) => delete p.pattern),
    expect: { request: "compatible", response: "compatible" },
    stored: [request("a run in a named style", { prompt: "a lighthouse", style: "watercolor" })],
    shows: [[SCHEMAS, "style"]],
    hides: [[SCHEMAS, "^[a-z][a-z0-9-]*$"]],
  },
  {
    name: "request bound tightened (priority maximum 10 → 5)",
    given: priorityBounded,
    edit: (spec) => editRequestProperty(spec, "priority", (p) => (p.maximum = 5)),
    expect: { request: "breaking", response: "compatible" },
    stored: [request("an urgent run", { prompt: "a lighthouse", priority: 8 })],
    shows: [[SCHEMAS, '"maximum": 5']],
  },
  {
    name: "request bound relaxed (priority maximum 10 → 20)",
    given: priorityBounded,
    edit: (spec) => editRequestProperty(spec, "priority", (p) => (p.maximum = 20)),
    expect: { request: "compatible", response: "compatible" },
    stored: [request("an urgent run", { prompt: "a lighthouse", priority: 8 })],
    shows: [[SCHEMAS, '"maximum": 20']],
  },
  {
    name: "response bound relaxed (progress maximum removed)",
    given: progressBounded,
    edit: (spec) => editJobProperty(spec, "progress", (p) => delete p.maximum),
    expect: { request: "compatible", response: "breaking" },
    sent: [answerWithJob("a job past 100%", { progress: 1.5 })],
    shows: [[SCHEMAS, '"minimum": 0']],
  },
  {
    name: "response bound tightened (progress maximum set)",
    edit: (spec) =>
      editJobProperty(spec, "progress", (p) => {
        p.minimum = 0;
        p.maximum = 1;
      }),
    expect: { request: "compatible", response: "compatible" },
    shows: [[SCHEMAS, '"maximum": 1']],
  },
  {
    name: "property deprecated",
    edit: (spec) =>
      editJobProperty(spec, "ownerId", (p) => {
        p.deprecated = true;
        p.description = `${p.description} Deprecated: read the workflow's owner instead.`;
      }),
    expect: { request: "compatible", response: "compatible" },
    shows: [
      [["ts"], /@deprecated[\s\S]{0,200}ownerId\?: string/],
      [["schema2020", "docs"], /"deprecated": ?true/],
      [["go"], /\/\/ Deprecated: [^\n]*\n\s*OwnerID \*string/],
    ],
  },
  {
    name: "descriptions only",
    edit: (spec) =>
      editJobProperty(spec, "progress", (p) => {
        p.description = "How far the job has got, from 0 (queued) to 1 (done).";
      }),
    expect: { request: "compatible", response: "compatible" },
    shows: [[ALL, "How far the job has got"]],
    hides: [[ALL, "Progress of the job (between 0 and 1)"]],
  },
  {
    name: "schema renamed, every $ref updated (JobBilling → Billing)",
    edit: (spec) => spec.renameSchema("JobBilling", "Billing"),
    expect: { request: "breaking", response: "breaking" },
    shows: [
      [["ts"], "export type Billing ="],
      [["python"], "class Billing(TypedDict"],
      [SCHEMAS, "Billing.json"],
    ],
    hides: [[["ts", "python"], "JobBilling"]],
  },
];
