// Generated from @scenario-api/openapi by scripts/src/emit-validators.ts. Do not edit.
import type {
  ApiError,
  AssetKind,
  AssetRef,
  BackgroundBehavior,
  DryRunEstimate,
  FlowNodeStatus,
  FlowNodeType,
  IndexingType,
  InputRef,
  InputRequiredRule,
  InputType,
  Job,
  JobBilling,
  JobFlowNode,
  JobMetadata,
  JobStatus,
  JobType,
  LorasComponent,
  ModelType,
  NodeInput,
  NodeLogic,
  NodeLogicCase,
  ResolutionComponent,
  ResolutionPreset,
  RunWorkflowRequest,
  RunWorkflowResponse,
  StatusHistoryEntry,
  SubNodeInput,
  TriggerGenerate,
  TriggerGeneratePosition,
  UiConfig,
  UiConfigInputProperty,
  UiPreset,
  Workflow,
  WorkflowFlowNode,
  WorkflowInput,
  WorkflowPrivacy,
  WorkflowStatus,
} from "@scenario-api/types";
import * as compiled from "../../generated/standalone.js";
import { type Validator, validator } from "../result.js";

/**
 * The body of an error answer: the HTTP status code, the status text and what went wrong.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/ApiError.json. Also a Standard Schema v1.
 */
export const validateApiError: Validator<ApiError> = /* @__PURE__ */ validator<ApiError>(compiled.ApiError);

/**
 * The kind of an asset.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/AssetKind.json. Also a Standard Schema v1.
 */
export const validateAssetKind: Validator<AssetKind> = /* @__PURE__ */ validator<AssetKind>(compiled.AssetKind);

/**
 * A reference to an asset: its ID and URL.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/AssetRef.json. Also a Standard Schema v1.
 */
export const validateAssetRef: Validator<AssetRef> = /* @__PURE__ */ validator<AssetRef>(compiled.AssetRef);

/**
 * The background behavior of a file input.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/BackgroundBehavior.json. Also a Standard Schema v1.
 */
export const validateBackgroundBehavior: Validator<BackgroundBehavior> = /* @__PURE__ */ validator<BackgroundBehavior>(compiled.BackgroundBehavior);

/**
 * The answer to a dry run (`dryRun=true`): the run was checked and priced but not started, and nothing was billed.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/DryRunEstimate.json. Also a Standard Schema v1.
 */
export const validateDryRunEstimate: Validator<DryRunEstimate> = /* @__PURE__ */ validator<DryRunEstimate>(compiled.DryRunEstimate);

/**
 * The status of a flow node.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/FlowNodeStatus.json. Also a Standard Schema v1.
 */
export const validateFlowNodeStatus: Validator<FlowNodeStatus> = /* @__PURE__ */ validator<FlowNodeStatus>(compiled.FlowNodeStatus);

/**
 * The type of the job for a flow node.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/FlowNodeType.json. Also a Standard Schema v1.
 */
export const validateFlowNodeType: Validator<FlowNodeType> = /* @__PURE__ */ validator<FlowNodeType>(compiled.FlowNodeType);

/**
 * The type of indexing operation to perform in MeiliSearch.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/IndexingType.json. Also a Standard Schema v1.
 */
export const validateIndexingType: Validator<IndexingType> = /* @__PURE__ */ validator<IndexingType>(compiled.IndexingType);

/**
 * The reference to another input or output of the same workflow.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/InputRef.json. Also a Standard Schema v1.
 */
export const validateInputRef: Validator<InputRef> = /* @__PURE__ */ validator<InputRef>(compiled.InputRef);

/**
 * Set of rules that describes when this input is required: - `always`: Input is always required - `ifNotDefined`: Input is required when another specified input is not defined - `ifDefined`: Input is required when another specified input is defined - `conditionalValues`: Input is required when another input has a specific value
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/InputRequiredRule.json. Also a Standard Schema v1.
 */
export const validateInputRequiredRule: Validator<InputRequiredRule> = /* @__PURE__ */ validator<InputRequiredRule>(compiled.InputRequiredRule);

/**
 * The data type of an input.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/InputType.json. Also a Standard Schema v1.
 */
export const validateInputType: Validator<InputType> = /* @__PURE__ */ validator<InputType>(compiled.InputType);

/**
 * A job: one run of a workflow (or another task) with its status, progress and results.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/Job.json. Also a Standard Schema v1.
 */
export const validateJob: Validator<Job> = /* @__PURE__ */ validator<Job>(compiled.Job);

/**
 * The billing of the job
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/JobBilling.json. Also a Standard Schema v1.
 */
export const validateJobBilling: Validator<JobBilling> = /* @__PURE__ */ validator<JobBilling>(compiled.JobBilling);

/**
 * A node of a workflow job's flow: the workflow node with its run status, its job and what it produced.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/JobFlowNode.json. Also a Standard Schema v1.
 */
export const validateJobFlowNode: Validator<JobFlowNode> = /* @__PURE__ */ validator<JobFlowNode>(compiled.JobFlowNode);

/**
 * Metadata of the job with some additional information
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/JobMetadata.json. Also a Standard Schema v1.
 */
export const validateJobMetadata: Validator<JobMetadata> = /* @__PURE__ */ validator<JobMetadata>(compiled.JobMetadata);

/**
 * The status of a job.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/JobStatus.json. Also a Standard Schema v1.
 */
export const validateJobStatus: Validator<JobStatus> = /* @__PURE__ */ validator<JobStatus>(compiled.JobStatus);

/**
 * The type of a job.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/JobType.json. Also a Standard Schema v1.
 */
export const validateJobType: Validator<JobType> = /* @__PURE__ */ validator<JobType>(compiled.JobType);

/**
 * Configuration for the loras component
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/LorasComponent.json. Also a Standard Schema v1.
 */
export const validateLorasComponent: Validator<LorasComponent> = /* @__PURE__ */ validator<LorasComponent>(compiled.LorasComponent);

/**
 * A model type.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/ModelType.json. Also a Standard Schema v1.
 */
export const validateModelType: Validator<ModelType> = /* @__PURE__ */ validator<ModelType>(compiled.ModelType);

/**
 * An input of a flow node: a sub-node input that can also carry configured `inputs_array` items.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/NodeInput.json. Also a Standard Schema v1.
 */
export const validateNodeInput: Validator<NodeInput> = /* @__PURE__ */ validator<NodeInput>(compiled.NodeInput);

/**
 * The logic of the node.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/NodeLogic.json. Also a Standard Schema v1.
 */
export const validateNodeLogic: Validator<NodeLogic> = /* @__PURE__ */ validator<NodeLogic>(compiled.NodeLogic);

/**
 * One case of an if/else node.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/NodeLogicCase.json. Also a Standard Schema v1.
 */
export const validateNodeLogicCase: Validator<NodeLogicCase> = /* @__PURE__ */ validator<NodeLogicCase>(compiled.NodeLogicCase);

/**
 * Configuration for the resolution component
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/ResolutionComponent.json. Also a Standard Schema v1.
 */
export const validateResolutionComponent: Validator<ResolutionComponent> = /* @__PURE__ */ validator<ResolutionComponent>(compiled.ResolutionComponent);

/**
 * A named width and height.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/ResolutionPreset.json. Also a Standard Schema v1.
 */
export const validateResolutionPreset: Validator<ResolutionPreset> = /* @__PURE__ */ validator<ResolutionPreset>(compiled.ResolutionPreset);

/**
 * The values of the workflow's inputs, keyed by input name.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/RunWorkflowRequest.json. Also a Standard Schema v1.
 */
export const validateRunWorkflowRequest: Validator<RunWorkflowRequest> = /* @__PURE__ */ validator<RunWorkflowRequest>(compiled.RunWorkflowRequest);

/**
 * The job the run created, and the workflow it runs.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/RunWorkflowResponse.json. Also a Standard Schema v1.
 */
export const validateRunWorkflowResponse: Validator<RunWorkflowResponse> = /* @__PURE__ */ validator<RunWorkflowResponse>(compiled.RunWorkflowResponse);

/**
 * A status the job reached and when.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/StatusHistoryEntry.json. Also a Standard Schema v1.
 */
export const validateStatusHistoryEntry: Validator<StatusHistoryEntry> = /* @__PURE__ */ validator<StatusHistoryEntry>(compiled.StatusHistoryEntry);

/**
 * An input of a flow node inside an `inputs_array` item: a workflow input that also carries a reference or a value.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/SubNodeInput.json. Also a Standard Schema v1.
 */
export const validateSubNodeInput: Validator<SubNodeInput> = /* @__PURE__ */ validator<SubNodeInput>(compiled.SubNodeInput);

/**
 * Configuration for the trigger generate button
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/TriggerGenerate.json. Also a Standard Schema v1.
 */
export const validateTriggerGenerate: Validator<TriggerGenerate> = /* @__PURE__ */ validator<TriggerGenerate>(compiled.TriggerGenerate);

/**
 * Where the trigger generate button is displayed.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/TriggerGeneratePosition.json. Also a Standard Schema v1.
 */
export const validateTriggerGeneratePosition: Validator<TriggerGeneratePosition> = /* @__PURE__ */ validator<TriggerGeneratePosition>(compiled.TriggerGeneratePosition);

/**
 * The UI configuration for the workflow.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/UiConfig.json. Also a Standard Schema v1.
 */
export const validateUiConfig: Validator<UiConfig> = /* @__PURE__ */ validator<UiConfig>(compiled.UiConfig);

/**
 * UI configuration for one input.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/UiConfigInputProperty.json. Also a Standard Schema v1.
 */
export const validateUiConfigInputProperty: Validator<UiConfigInputProperty> = /* @__PURE__ */ validator<UiConfigInputProperty>(compiled.UiConfigInputProperty);

/**
 * A preset: values for a set of fields, applied together.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/UiPreset.json. Also a Standard Schema v1.
 */
export const validateUiPreset: Validator<UiPreset> = /* @__PURE__ */ validator<UiPreset>(compiled.UiPreset);

/**
 * A workflow: a flow of nodes that turns its inputs into assets.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/Workflow.json. Also a Standard Schema v1.
 */
export const validateWorkflow: Validator<Workflow> = /* @__PURE__ */ validator<Workflow>(compiled.Workflow);

/**
 * A node of a workflow's flow: what it runs, its inputs and the nodes it depends on.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/WorkflowFlowNode.json. Also a Standard Schema v1.
 */
export const validateWorkflowFlowNode: Validator<WorkflowFlowNode> = /* @__PURE__ */ validator<WorkflowFlowNode>(compiled.WorkflowFlowNode);

/**
 * An input of a workflow: its name, data type, and how the UI presents and validates it.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/WorkflowInput.json. Also a Standard Schema v1.
 */
export const validateWorkflowInput: Validator<WorkflowInput> = /* @__PURE__ */ validator<WorkflowInput>(compiled.WorkflowInput);

/**
 * Visibility setting for a workflow.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/WorkflowPrivacy.json. Also a Standard Schema v1.
 */
export const validateWorkflowPrivacy: Validator<WorkflowPrivacy> = /* @__PURE__ */ validator<WorkflowPrivacy>(compiled.WorkflowPrivacy);

/**
 * Lifecycle status of a workflow (draft, ready, deleted).
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/WorkflowStatus.json. Also a Standard Schema v1.
 */
export const validateWorkflowStatus: Validator<WorkflowStatus> = /* @__PURE__ */ validator<WorkflowStatus>(compiled.WorkflowStatus);
