// Generated from @scenario-api/openapi by scripts/src/to-typescript.ts. Do not edit.

import type { components, operations } from "./openapi.js";

export type { components, operations, paths, webhooks, $defs } from "./openapi.js";

// One alias per named schema in the spec.
export type ApiError = components["schemas"]["ApiError"];
export type AssetKind = components["schemas"]["AssetKind"];
export type AssetRef = components["schemas"]["AssetRef"];
export type BackgroundBehavior = components["schemas"]["BackgroundBehavior"];
export type DryRunEstimate = components["schemas"]["DryRunEstimate"];
export type FlowNodeStatus = components["schemas"]["FlowNodeStatus"];
export type FlowNodeType = components["schemas"]["FlowNodeType"];
export type IndexingType = components["schemas"]["IndexingType"];
export type InputRef = components["schemas"]["InputRef"];
export type InputRequiredRule = components["schemas"]["InputRequiredRule"];
export type InputType = components["schemas"]["InputType"];
export type Job = components["schemas"]["Job"];
export type JobBilling = components["schemas"]["JobBilling"];
export type JobFlowNode = components["schemas"]["JobFlowNode"];
export type JobMetadata = components["schemas"]["JobMetadata"];
export type JobStatus = components["schemas"]["JobStatus"];
export type JobType = components["schemas"]["JobType"];
export type LorasComponent = components["schemas"]["LorasComponent"];
export type ModelType = components["schemas"]["ModelType"];
export type NodeInput = components["schemas"]["NodeInput"];
export type NodeLogic = components["schemas"]["NodeLogic"];
export type NodeLogicCase = components["schemas"]["NodeLogicCase"];
export type ResolutionComponent = components["schemas"]["ResolutionComponent"];
export type ResolutionPreset = components["schemas"]["ResolutionPreset"];
export type RunWorkflowRequest = components["schemas"]["RunWorkflowRequest"];
export type RunWorkflowResponse = components["schemas"]["RunWorkflowResponse"];
export type StatusHistoryEntry = components["schemas"]["StatusHistoryEntry"];
export type SubNodeInput = components["schemas"]["SubNodeInput"];
export type TriggerGenerate = components["schemas"]["TriggerGenerate"];
export type TriggerGeneratePosition = components["schemas"]["TriggerGeneratePosition"];
export type UiConfig = components["schemas"]["UiConfig"];
export type UiConfigInputProperty = components["schemas"]["UiConfigInputProperty"];
export type UiPreset = components["schemas"]["UiPreset"];
export type Workflow = components["schemas"]["Workflow"];
export type WorkflowFlowNode = components["schemas"]["WorkflowFlowNode"];
export type WorkflowInput = components["schemas"]["WorkflowInput"];
export type WorkflowPrivacy = components["schemas"]["WorkflowPrivacy"];
export type WorkflowStatus = components["schemas"]["WorkflowStatus"];

// The runWorkflow operation.
export type RunWorkflowParams = operations["runWorkflow"]["parameters"];
export type RunWorkflowPath = operations["runWorkflow"]["parameters"]["path"];
export type RunWorkflowQuery = NonNullable<operations["runWorkflow"]["parameters"]["query"]>;
export type RunWorkflowBody = operations["runWorkflow"]["requestBody"] extends { content: { "application/json": infer B } } ? B : never;

/** Every value of {@link AssetKind}, in the spec's order. */
export const assetKinds = ["3d","audio","document","image","image-hdr","json","video"] as const satisfies readonly AssetKind[];
/** Every value of {@link BackgroundBehavior}, in the spec's order. */
export const backgroundBehaviors = ["opaque","transparent"] as const satisfies readonly BackgroundBehavior[];
/** Every value of {@link FlowNodeStatus}, in the spec's order. */
export const flowNodeStatuses = ["failure","pending","processing","skipped","success"] as const satisfies readonly FlowNodeStatus[];
/** Every value of {@link FlowNodeType}, in the spec's order. */
export const flowNodeTypes = ["custom-model","for-each","generate-prompt","list","logic","model","remove-background","transform","user-approval","workflow"] as const satisfies readonly FlowNodeType[];
/** Every value of {@link IndexingType}, in the spec's order. */
export const indexingTypes = ["CREATE","DELETE","UPDATE"] as const satisfies readonly IndexingType[];
/** Every value of {@link InputType}, in the spec's order. */
export const inputTypes = ["boolean","file","file_array","inputs_array","model","model_array","number","number_array","string","string_array"] as const satisfies readonly InputType[];
/** Every value of {@link JobStatus}, in the spec's order. */
export const jobStatuses = ["canceled","failure","finalizing","in-progress","pending","queued","success","warming-up"] as const satisfies readonly JobStatus[];
/** Every value of {@link JobType}, in the spec's order. */
export const jobTypes = ["assets-download","canvas-export","caption","caption-llava","custom","describe-style","detection","embed","flux","flux-model-training","generate-prompt","image-generation","image-prompt-editing","inference","mesh-preview-rendering","model-download","model-import","model-training","musubi-model-training","openai-image-generation","patch-image","pixelate","reframe","remove-background","repaint","restyle","segment","skybox-3d","skybox-base-360","skybox-hdri","skybox-upscale-360","texture","translate","upload","upscale","upscale-skybox","upscale-texture","vectorize","workflow"] as const satisfies readonly JobType[];
/** Every value of {@link ModelType}, in the spec's order. */
export const modelTypes = ["custom","elevenlabs-voice","flux.1","flux.1-composition","flux.1-kontext-dev","flux.1-kontext-lora","flux.1-krea-dev","flux.1-krea-lora","flux.1-lora","flux.1-pro","flux.1.1-pro-ultra","flux.2-dev-edit-lora","flux.2-dev-lora","flux.2-klein-4b-edit-lora","flux.2-klein-4b-lora","flux.2-klein-9b-edit-lora","flux.2-klein-9b-lora","flux.2-klein-base-4b-edit-lora","flux.2-klein-base-4b-lora","flux.2-klein-base-9b-edit-lora","flux.2-klein-base-9b-lora","flux1.1-pro","gpt-image-1","qwen-image-2512-lora","qwen-image-edit-2509-lora","qwen-image-edit-2511-lora","qwen-image-edit-lora","qwen-image-lora","sd-1_5","sd-1_5-composition","sd-1_5-lora","sd-xl","sd-xl-composition","sd-xl-lora","zimage-de-turbo-lora","zimage-lora","zimage-turbo-lora"] as const satisfies readonly ModelType[];
/** Every value of {@link TriggerGeneratePosition}, in the spec's order. */
export const triggerGeneratePositions = ["bottom","top"] as const satisfies readonly TriggerGeneratePosition[];
/** Every value of {@link WorkflowPrivacy}, in the spec's order. */
export const workflowPrivacies = ["private","public","unlisted"] as const satisfies readonly WorkflowPrivacy[];
/** Every value of {@link WorkflowStatus}, in the spec's order. */
export const workflowStatuses = ["deleted","draft","ready"] as const satisfies readonly WorkflowStatus[];
