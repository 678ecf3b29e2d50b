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
import { toResult, type ValidationResult } from "../result.js";

/**
 * The body of an error answer: the HTTP status code, the status text and what went wrong.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/ApiError.json.
 */
export function validateApiError(value: unknown): ValidationResult<ApiError> {
  return toResult<ApiError>(compiled.ApiError, value);
}

/**
 * The kind of an asset.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/AssetKind.json.
 */
export function validateAssetKind(value: unknown): ValidationResult<AssetKind> {
  return toResult<AssetKind>(compiled.AssetKind, value);
}

/**
 * A reference to an asset: its ID and URL.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/AssetRef.json.
 */
export function validateAssetRef(value: unknown): ValidationResult<AssetRef> {
  return toResult<AssetRef>(compiled.AssetRef, value);
}

/**
 * The background behavior of a file input.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/BackgroundBehavior.json.
 */
export function validateBackgroundBehavior(value: unknown): ValidationResult<BackgroundBehavior> {
  return toResult<BackgroundBehavior>(compiled.BackgroundBehavior, value);
}

/**
 * The answer to a dry run (`dryRun=true`): the run was checked and priced but not started, and nothing was billed.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/DryRunEstimate.json.
 */
export function validateDryRunEstimate(value: unknown): ValidationResult<DryRunEstimate> {
  return toResult<DryRunEstimate>(compiled.DryRunEstimate, value);
}

/**
 * The status of a flow node.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/FlowNodeStatus.json.
 */
export function validateFlowNodeStatus(value: unknown): ValidationResult<FlowNodeStatus> {
  return toResult<FlowNodeStatus>(compiled.FlowNodeStatus, value);
}

/**
 * The type of the job for a flow node.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/FlowNodeType.json.
 */
export function validateFlowNodeType(value: unknown): ValidationResult<FlowNodeType> {
  return toResult<FlowNodeType>(compiled.FlowNodeType, value);
}

/**
 * The type of indexing operation to perform in MeiliSearch.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/IndexingType.json.
 */
export function validateIndexingType(value: unknown): ValidationResult<IndexingType> {
  return toResult<IndexingType>(compiled.IndexingType, value);
}

/**
 * The reference to another input or output of the same workflow.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/InputRef.json.
 */
export function validateInputRef(value: unknown): ValidationResult<InputRef> {
  return toResult<InputRef>(compiled.InputRef, value);
}

/**
 * Set of rules that describes when this input is required: - `always`: Input is always required - `ifNotDefined`: Input is required when another specified input is not defined - `ifDefined`: Input is required when another specified input is defined - `conditionalValues`: Input is required when another input has a specific value
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/InputRequiredRule.json.
 */
export function validateInputRequiredRule(value: unknown): ValidationResult<InputRequiredRule> {
  return toResult<InputRequiredRule>(compiled.InputRequiredRule, value);
}

/**
 * The data type of an input.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/InputType.json.
 */
export function validateInputType(value: unknown): ValidationResult<InputType> {
  return toResult<InputType>(compiled.InputType, value);
}

/**
 * A job: one run of a workflow (or another task) with its status, progress and results.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/Job.json.
 */
export function validateJob(value: unknown): ValidationResult<Job> {
  return toResult<Job>(compiled.Job, value);
}

/**
 * The billing of the job
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/JobBilling.json.
 */
export function validateJobBilling(value: unknown): ValidationResult<JobBilling> {
  return toResult<JobBilling>(compiled.JobBilling, value);
}

/**
 * A node of a workflow job's flow: the workflow node with its run status, its job and what it produced.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/JobFlowNode.json.
 */
export function validateJobFlowNode(value: unknown): ValidationResult<JobFlowNode> {
  return toResult<JobFlowNode>(compiled.JobFlowNode, value);
}

/**
 * Metadata of the job with some additional information
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/JobMetadata.json.
 */
export function validateJobMetadata(value: unknown): ValidationResult<JobMetadata> {
  return toResult<JobMetadata>(compiled.JobMetadata, value);
}

/**
 * The status of a job.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/JobStatus.json.
 */
export function validateJobStatus(value: unknown): ValidationResult<JobStatus> {
  return toResult<JobStatus>(compiled.JobStatus, value);
}

/**
 * The type of a job.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/JobType.json.
 */
export function validateJobType(value: unknown): ValidationResult<JobType> {
  return toResult<JobType>(compiled.JobType, value);
}

/**
 * Configuration for the loras component
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/LorasComponent.json.
 */
export function validateLorasComponent(value: unknown): ValidationResult<LorasComponent> {
  return toResult<LorasComponent>(compiled.LorasComponent, value);
}

/**
 * A model type.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/ModelType.json.
 */
export function validateModelType(value: unknown): ValidationResult<ModelType> {
  return toResult<ModelType>(compiled.ModelType, value);
}

/**
 * An input of a flow node: a sub-node input that can also carry configured `inputs_array` items.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/NodeInput.json.
 */
export function validateNodeInput(value: unknown): ValidationResult<NodeInput> {
  return toResult<NodeInput>(compiled.NodeInput, value);
}

/**
 * The logic of the node.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/NodeLogic.json.
 */
export function validateNodeLogic(value: unknown): ValidationResult<NodeLogic> {
  return toResult<NodeLogic>(compiled.NodeLogic, value);
}

/**
 * One case of an if/else node.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/NodeLogicCase.json.
 */
export function validateNodeLogicCase(value: unknown): ValidationResult<NodeLogicCase> {
  return toResult<NodeLogicCase>(compiled.NodeLogicCase, value);
}

/**
 * Configuration for the resolution component
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/ResolutionComponent.json.
 */
export function validateResolutionComponent(value: unknown): ValidationResult<ResolutionComponent> {
  return toResult<ResolutionComponent>(compiled.ResolutionComponent, value);
}

/**
 * A named width and height.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/ResolutionPreset.json.
 */
export function validateResolutionPreset(value: unknown): ValidationResult<ResolutionPreset> {
  return toResult<ResolutionPreset>(compiled.ResolutionPreset, value);
}

/**
 * The values of the workflow's inputs, keyed by input name.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/RunWorkflowRequest.json.
 */
export function validateRunWorkflowRequest(value: unknown): ValidationResult<RunWorkflowRequest> {
  return toResult<RunWorkflowRequest>(compiled.RunWorkflowRequest, value);
}

/**
 * The job the run created, and the workflow it runs.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/RunWorkflowResponse.json.
 */
export function validateRunWorkflowResponse(value: unknown): ValidationResult<RunWorkflowResponse> {
  return toResult<RunWorkflowResponse>(compiled.RunWorkflowResponse, value);
}

/**
 * A status the job reached and when.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/StatusHistoryEntry.json.
 */
export function validateStatusHistoryEntry(value: unknown): ValidationResult<StatusHistoryEntry> {
  return toResult<StatusHistoryEntry>(compiled.StatusHistoryEntry, value);
}

/**
 * An input of a flow node inside an `inputs_array` item: a workflow input that also carries a reference or a value.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/SubNodeInput.json.
 */
export function validateSubNodeInput(value: unknown): ValidationResult<SubNodeInput> {
  return toResult<SubNodeInput>(compiled.SubNodeInput, value);
}

/**
 * Configuration for the trigger generate button
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/TriggerGenerate.json.
 */
export function validateTriggerGenerate(value: unknown): ValidationResult<TriggerGenerate> {
  return toResult<TriggerGenerate>(compiled.TriggerGenerate, value);
}

/**
 * Where the trigger generate button is displayed.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/TriggerGeneratePosition.json.
 */
export function validateTriggerGeneratePosition(value: unknown): ValidationResult<TriggerGeneratePosition> {
  return toResult<TriggerGeneratePosition>(compiled.TriggerGeneratePosition, value);
}

/**
 * The UI configuration for the workflow.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/UiConfig.json.
 */
export function validateUiConfig(value: unknown): ValidationResult<UiConfig> {
  return toResult<UiConfig>(compiled.UiConfig, value);
}

/**
 * UI configuration for one input.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/UiConfigInputProperty.json.
 */
export function validateUiConfigInputProperty(value: unknown): ValidationResult<UiConfigInputProperty> {
  return toResult<UiConfigInputProperty>(compiled.UiConfigInputProperty, value);
}

/**
 * A preset: values for a set of fields, applied together.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/UiPreset.json.
 */
export function validateUiPreset(value: unknown): ValidationResult<UiPreset> {
  return toResult<UiPreset>(compiled.UiPreset, value);
}

/**
 * A workflow: a flow of nodes that turns its inputs into assets.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/Workflow.json.
 */
export function validateWorkflow(value: unknown): ValidationResult<Workflow> {
  return toResult<Workflow>(compiled.Workflow, value);
}

/**
 * A node of a workflow's flow: what it runs, its inputs and the nodes it depends on.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/WorkflowFlowNode.json.
 */
export function validateWorkflowFlowNode(value: unknown): ValidationResult<WorkflowFlowNode> {
  return toResult<WorkflowFlowNode>(compiled.WorkflowFlowNode, value);
}

/**
 * An input of a workflow: its name, data type, and how the UI presents and validates it.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/WorkflowInput.json.
 */
export function validateWorkflowInput(value: unknown): ValidationResult<WorkflowInput> {
  return toResult<WorkflowInput>(compiled.WorkflowInput, value);
}

/**
 * Visibility setting for a workflow.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/WorkflowPrivacy.json.
 */
export function validateWorkflowPrivacy(value: unknown): ValidationResult<WorkflowPrivacy> {
  return toResult<WorkflowPrivacy>(compiled.WorkflowPrivacy, value);
}

/**
 * Lifecycle status of a workflow (draft, ready, deleted).
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/WorkflowStatus.json.
 */
export function validateWorkflowStatus(value: unknown): ValidationResult<WorkflowStatus> {
  return toResult<WorkflowStatus>(compiled.WorkflowStatus, value);
}
