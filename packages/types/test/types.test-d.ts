import { assertType, describe, expectTypeOf, test } from "vitest";
import type {
  ApiError,
  DryRunEstimate,
  Job,
  JobFlowNode,
  JobStatus,
  JobType,
  NodeInput,
  RunWorkflowBody,
  RunWorkflowParams,
  RunWorkflowQuery,
  RunWorkflowResponse,
  SubNodeInput,
  Workflow,
  WorkflowFlowNode,
  WorkflowInput,
  paths,
} from "../src/index.js";

describe("required and optional fields", () => {
  test("a job needs its eight required fields; authorId, billing and ownerId are optional", () => {
    expectTypeOf<Job["jobId"]>().toEqualTypeOf<string>();
    expectTypeOf<Job["progress"]>().toEqualTypeOf<number>();
    expectTypeOf<Job["authorId"]>().toEqualTypeOf<string | undefined>();
    const minimal: Job = {
      createdAt: "2026-01-01T00:00:00.000Z",
      jobId: "job_1",
      jobType: "workflow",
      metadata: {},
      progress: 0,
      status: "queued",
      statusHistory: [],
      updatedAt: "2026-01-01T00:00:00.000Z",
    };
    assertType<Job>(minimal);
    // @ts-expect-error statusHistory is required
    assertType<Job>({
      createdAt: "",
      jobId: "",
      jobType: "workflow",
      metadata: {},
      progress: 0,
      status: "queued",
      updatedAt: "",
    });
  });

  test("a workflow input needs a name and a type", () => {
    assertType<WorkflowInput>({ name: "prompt", type: "string" });
    // @ts-expect-error type is required
    assertType<WorkflowInput>({ name: "prompt" });
  });

  test("the 200 body holds a job and a workflow", () => {
    expectTypeOf<RunWorkflowResponse["job"]>().toEqualTypeOf<Job>();
    expectTypeOf<RunWorkflowResponse["workflow"]>().toEqualTypeOf<Workflow>();
  });

  test("errors and the dry-run estimate", () => {
    expectTypeOf<ApiError>().toEqualTypeOf<{ statusCode: number; error: string; message: string }>();
    expectTypeOf<DryRunEstimate["statusCode"]>().toEqualTypeOf<402>();
    expectTypeOf<DryRunEstimate["estimatedCost"]>().toEqualTypeOf<number>();
  });
});

describe("enums are exact unions", () => {
  test("job statuses", () => {
    expectTypeOf<JobStatus>().toEqualTypeOf<
      "canceled" | "failure" | "finalizing" | "in-progress" | "pending" | "queued" | "success" | "warming-up"
    >();
  });
  test("job types accept the documented values only", () => {
    assertType<JobType>("remove-background");
    // @ts-expect-error not a job type
    assertType<JobType>("remove-backgrounds");
  });
  test("a flow node's status is the node status enum, not the job one", () => {
    assertType<JobFlowNode["status"]>("skipped");
    // @ts-expect-error queued is a job status, not a node status
    assertType<JobFlowNode["status"]>("queued");
  });
});

describe("const true", () => {
  test("includeOutputsInWorkflowJob is true or absent", () => {
    expectTypeOf<WorkflowFlowNode["includeOutputsInWorkflowJob"]>().toEqualTypeOf<true | undefined>();
    assertType<WorkflowFlowNode>({ id: "a", type: "model", includeOutputsInWorkflowJob: true });
    // @ts-expect-error false is not allowed
    assertType<WorkflowFlowNode>({ id: "a", type: "model", includeOutputsInWorkflowJob: false });
  });
});

describe("shared shapes and nesting", () => {
  test("a job flow node is a workflow flow node plus its run state", () => {
    expectTypeOf<JobFlowNode>().toMatchTypeOf<WorkflowFlowNode>();
    assertType<JobFlowNode>({
      id: "a",
      type: "model",
      status: "pending",
      jobId: "job_1",
      assets: [{ assetId: "asset_1", url: "https://x" }],
    });
    // @ts-expect-error a job flow node needs its status
    assertType<JobFlowNode>({ id: "a", type: "model" });
  });
  test("node inputs nest arrays of arrays of sub-node inputs", () => {
    expectTypeOf<NonNullable<NodeInput["items"]>>().toEqualTypeOf<SubNodeInput[][]>();
    expectTypeOf<SubNodeInput>().toMatchTypeOf<WorkflowInput>();
    assertType<NodeInput>({
      name: "images",
      type: "inputs_array",
      items: [[{ name: "image", type: "file", kind: "image", ref: { node: "generate" } }]],
    });
    assertType<NodeInput>({
      name: "images",
      type: "inputs_array",
      // @ts-expect-error a nested input's kind must be an asset kind
      items: [[{ name: "image", type: "file", kind: "hologram" }]],
    });
  });
  test("step is a number", () => {
    expectTypeOf<NonNullable<WorkflowInput["step"]>>().toEqualTypeOf<number>();
  });
});

describe("the operation", () => {
  test("parameters: workflowId in the path, dryRun and projectId optional in the query", () => {
    expectTypeOf<RunWorkflowParams["path"]>().toEqualTypeOf<{ workflowId: string }>();
    expectTypeOf<RunWorkflowQuery["projectId"]>().toEqualTypeOf<string | undefined>();
    assertType<RunWorkflowQuery>({});
  });
  test("the body is an object keyed by input name", () => {
    assertType<RunWorkflowBody>({ prompt: "a lighthouse", numSamples: 2 });
    // @ts-expect-error the body is an object, not a string
    assertType<RunWorkflowBody>("prompt");
  });
  test("paths describe PUT /workflows/{workflowId}/run", () => {
    expectTypeOf<
      paths["/workflows/{workflowId}/run"]["put"]["responses"][200]["content"]["application/json"]
    >().toEqualTypeOf<RunWorkflowResponse>();
  });
});
