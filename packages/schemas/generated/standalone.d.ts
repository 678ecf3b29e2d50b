// Generated from @scenario-api/openapi by scripts/src/emit-validators.ts. Do not edit.
export interface CompiledError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: CompiledError[] | null;
}
export declare const ApiError: CompiledValidator;
export declare const AssetKind: CompiledValidator;
export declare const AssetRef: CompiledValidator;
export declare const BackgroundBehavior: CompiledValidator;
export declare const DryRunEstimate: CompiledValidator;
export declare const FlowNodeStatus: CompiledValidator;
export declare const FlowNodeType: CompiledValidator;
export declare const IndexingType: CompiledValidator;
export declare const InputRef: CompiledValidator;
export declare const InputRequiredRule: CompiledValidator;
export declare const InputType: CompiledValidator;
export declare const Job: CompiledValidator;
export declare const JobBilling: CompiledValidator;
export declare const JobFlowNode: CompiledValidator;
export declare const JobMetadata: CompiledValidator;
export declare const JobStatus: CompiledValidator;
export declare const JobType: CompiledValidator;
export declare const LorasComponent: CompiledValidator;
export declare const ModelType: CompiledValidator;
export declare const NodeInput: CompiledValidator;
export declare const NodeLogic: CompiledValidator;
export declare const NodeLogicCase: CompiledValidator;
export declare const ResolutionComponent: CompiledValidator;
export declare const ResolutionPreset: CompiledValidator;
export declare const RunWorkflowRequest: CompiledValidator;
export declare const RunWorkflowResponse: CompiledValidator;
export declare const StatusHistoryEntry: CompiledValidator;
export declare const SubNodeInput: CompiledValidator;
export declare const TriggerGenerate: CompiledValidator;
export declare const TriggerGeneratePosition: CompiledValidator;
export declare const UiConfig: CompiledValidator;
export declare const UiConfigInputProperty: CompiledValidator;
export declare const UiPreset: CompiledValidator;
export declare const Workflow: CompiledValidator;
export declare const WorkflowFlowNode: CompiledValidator;
export declare const WorkflowInput: CompiledValidator;
export declare const WorkflowPrivacy: CompiledValidator;
export declare const WorkflowStatus: CompiledValidator;
