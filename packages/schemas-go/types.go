// Code generated from @scenario-api/openapi by scripts/src/to-go-types.ts. DO NOT EDIT.

package schemas

import "encoding/json"

// ApiError: The body of an error answer: the HTTP status code, the status text and what went wrong.
type ApiError struct {
	// StatusCode: The HTTP status code of the response.
	StatusCode int64 `json:"statusCode"`

	// Error: The HTTP status text (example: "Bad Request").
	Error string `json:"error"`

	// Message: What went wrong, in words.
	Message string `json:"message"`
}

// AssetKind: The kind of an asset.
type AssetKind string

// The values of AssetKind.
const (
	AssetKind3d       AssetKind = "3d"
	AssetKindAudio    AssetKind = "audio"
	AssetKindDocument AssetKind = "document"
	AssetKindImage    AssetKind = "image"
	AssetKindImageHdr AssetKind = "image-hdr"
	AssetKindJSON     AssetKind = "json"
	AssetKindVideo    AssetKind = "video"
)

// AssetRef: A reference to an asset: its ID and URL.
type AssetRef struct {
	// AssetID: The AssetId of the asset; for a workflow's before, after and thumbnail images, the AssetId of the image used as a thumbnail for your model (example: "asset_GTrL3mq4SXWyMxkOHRxlpw")
	AssetID string `json:"assetId"`

	// URL: The url of the asset; for a workflow's before, after and thumbnail images, the url of the image used as a thumbnail for your model
	URL string `json:"url"`
}

// BackgroundBehavior: The background behavior of a file input.
type BackgroundBehavior string

// The values of BackgroundBehavior.
const (
	BackgroundBehaviorOpaque      BackgroundBehavior = "opaque"
	BackgroundBehaviorTransparent BackgroundBehavior = "transparent"
)

// DryRunEstimate: The answer to a dry run (`dryRun=true`): the run was checked and priced but not started, and nothing was billed.
type DryRunEstimate struct {
	// StatusCode: Always 402: a dry run answers HTTP 402.
	StatusCode int64 `json:"statusCode"`

	// Message: Always "Dry run completed" for a dry run.
	Message string `json:"message"`

	// EstimatedCost: The estimated cost of the run, in compute units (CU).
	EstimatedCost float64 `json:"estimatedCost"`
}

// FlowNodeStatus: The status of a flow node. Only available for WorkflowJob nodes.
type FlowNodeStatus string

// The values of FlowNodeStatus.
const (
	FlowNodeStatusFailure    FlowNodeStatus = "failure"
	FlowNodeStatusPending    FlowNodeStatus = "pending"
	FlowNodeStatusProcessing FlowNodeStatus = "processing"
	FlowNodeStatusSkipped    FlowNodeStatus = "skipped"
	FlowNodeStatusSuccess    FlowNodeStatus = "success"
)

// FlowNodeType: The type of the job for a flow node.
type FlowNodeType string

// The values of FlowNodeType.
const (
	FlowNodeTypeCustomModel      FlowNodeType = "custom-model"
	FlowNodeTypeForEach          FlowNodeType = "for-each"
	FlowNodeTypeGeneratePrompt   FlowNodeType = "generate-prompt"
	FlowNodeTypeList             FlowNodeType = "list"
	FlowNodeTypeLogic            FlowNodeType = "logic"
	FlowNodeTypeModel            FlowNodeType = "model"
	FlowNodeTypeRemoveBackground FlowNodeType = "remove-background"
	FlowNodeTypeTransform        FlowNodeType = "transform"
	FlowNodeTypeUserApproval     FlowNodeType = "user-approval"
	FlowNodeTypeWorkflow         FlowNodeType = "workflow"
)

// IndexingType: The type of indexing operation to perform in MeiliSearch.
type IndexingType string

// The values of IndexingType.
const (
	IndexingTypeCREATE IndexingType = "CREATE"
	IndexingTypeDELETE IndexingType = "DELETE"
	IndexingTypeUPDATE IndexingType = "UPDATE"
)

// InputRef: The reference to another input or output of the same workflow. Must have at least one of node or conditional.
type InputRef struct {
	// Conditional: The conditional nodes to reference. If the conditional nodes are successful, the node will be successful. If the conditional nodes are skipped, the node will be skipped. Contains an array of node ids used to check the status of the nodes.
	Conditional *[]string `json:"conditional,omitempty"`

	// Equal: This is the desired node output value if ref is an if/else node.
	Equal *string `json:"equal,omitempty"`

	// Name: The name of the input or output to reference. If the type is 'workflow', the name of the workflow input is required. If the type is 'node', the name is not mandatory, except if you want all outputs of the node. To get all outputs of a node, you can use the name 'all'.
	Name *string `json:"name,omitempty"`

	// Node: The node id or 'workflow' if the source is a workflow input.
	Node *string `json:"node,omitempty"`
}

// InputRequiredRule: Set of rules that describes when this input is required: - `always`: Input is always required - `ifNotDefined`: Input is required when another specified input is not defined - `ifDefined`: Input is required when another specified input is defined - `conditionalValues`: Input is required when another input has a specific value By default, the input is not required.
type InputRequiredRule struct {
	// Always: Whether the input is always required
	Always *bool `json:"always,omitempty"`

	// ConditionalValues: Makes this input required when another input has a specific value: - Key: name of the input to check - Value: operation and allowed values that trigger the requirement
	ConditionalValues json.RawMessage `json:"conditionalValues,omitempty"`

	// IfDefined: Makes this input required when another input is defined: - Key: name of the input that must be defined - Value: message to display when this input is required
	IfDefined json.RawMessage `json:"ifDefined,omitempty"`

	// IfNotDefined: Makes this input required when another input is not defined: - Key: name of the input that must be undefined - Value: message to display when this input is required
	IfNotDefined json.RawMessage `json:"ifNotDefined,omitempty"`
}

// InputType: The data type of an input.
type InputType string

// The values of InputType.
const (
	InputTypeBoolean     InputType = "boolean"
	InputTypeFile        InputType = "file"
	InputTypeFileArray   InputType = "file_array"
	InputTypeInputsArray InputType = "inputs_array"
	InputTypeModel       InputType = "model"
	InputTypeModelArray  InputType = "model_array"
	InputTypeNumber      InputType = "number"
	InputTypeNumberArray InputType = "number_array"
	InputTypeString      InputType = "string"
	InputTypeStringArray InputType = "string_array"
)

// Job: A job: one run of a workflow (or another task) with its status, progress and results.
type Job struct {
	// CreatedAt: The job creation date as an ISO string (example: "2023-02-03T11:19:41.579Z")
	CreatedAt string `json:"createdAt"`

	// JobID: The job ID (example: "job_ocZCnG1Df35XRL1QyCZSRxAG8")
	JobID string `json:"jobId"`

	// JobType: The type of job
	JobType JobType `json:"jobType"`

	// Metadata: the "metadata" key.
	Metadata JobMetadata `json:"metadata"`

	// Progress: Progress of the job (between 0 and 1)
	Progress float64 `json:"progress"`

	// Status: The current status of the job
	Status JobStatus `json:"status"`

	// StatusHistory: The history of the different statuses the job went through with the ISO string date of when the job reached each status.
	StatusHistory []StatusHistoryEntry `json:"statusHistory"`

	// UpdatedAt: The job last update date as an ISO string (example: "2023-02-03T11:19:41.579Z")
	UpdatedAt string `json:"updatedAt"`

	// AuthorID: The author user ID (example: "dcf121faaa1a0a0bbbd9ca1b73d62aea")
	AuthorID *string `json:"authorId,omitempty"`

	// Billing: the "billing" key.
	Billing *JobBilling `json:"billing,omitempty"`

	// OwnerID: The owner ID (example: "team_U3Qmc8PCdWXwAQJ4Dvw4tV6D")
	OwnerID *string `json:"ownerId,omitempty"`
}

// JobBilling: The billing of the job
type JobBilling struct {
	// CuCost: The cost of the job in compute units (CU).
	CuCost float64 `json:"cuCost"`

	// CuDiscount: The discount applied to the job, in compute units (CU).
	CuDiscount float64 `json:"cuDiscount"`
}

// WorkflowFlowNodeLogicType: The type of the logic for the node. Only available for logic nodes.
type WorkflowFlowNodeLogicType string

// The values of WorkflowFlowNodeLogicType.
const (
	WorkflowFlowNodeLogicTypeIfElse WorkflowFlowNodeLogicType = "if-else"
)

// JobFlowNode: A node of a workflow job's flow: the workflow node with its run status, its job and what it produced.
type JobFlowNode struct {
	// ID: The id of the node.
	ID string `json:"id"`

	// Type: The type of the job for the node.
	Type FlowNodeType `json:"type"`

	// Count: Fixed number of iterations for a ForEach node. When set, the loop runs exactly count times regardless of array input. When not set, the loop iterates over the resolved array input. Only available for ForEach nodes.
	Count *float64 `json:"count,omitempty"`

	// DependsOn: The nodes that this node depends on. Only available for nodes that have dependencies. Mainly used for user approval nodes.
	DependsOn *[]string `json:"dependsOn,omitempty"`

	// IncludeOutputsInWorkflowJob: If true, the outputs of this node will be included in the workflow job's final output. Only applicable to producing nodes (custom-model, inference, etc.). By default, only last nodes (nodes not referenced by other nodes) contribute to outputs. Set this to true to also include intermediate nodes in the final output. Note: This should only be set to true or left undefined.
	IncludeOutputsInWorkflowJob *bool `json:"includeOutputsInWorkflowJob,omitempty"`

	// Inputs: The inputs of the node.
	Inputs *[]NodeInput `json:"inputs,omitempty"`

	// Items: Statically-configured items for a List node. The node outputs this array as-is when executed. Only available for List nodes. The values can be strings, numbers, or asset IDs.
	Items *[]string `json:"items,omitempty"`

	// IterationIndex: Zero-based index of the iteration this node copy belongs to. Set on dynamically-created copies of loop body nodes.
	IterationIndex *float64 `json:"iterationIndex,omitempty"`

	// Logic: the "logic" key.
	Logic *NodeLogic `json:"logic,omitempty"`

	// LogicType: The type of the logic for the node. Only available for logic nodes.
	LogicType *WorkflowFlowNodeLogicType `json:"logicType,omitempty"`

	// LoopBodyNodeIDs: IDs of the body template nodes that belong to this ForEach loop. At runtime these templates are cloned once per iteration and marked Skipped. Only available for ForEach nodes.
	LoopBodyNodeIDs *[]string `json:"loopBodyNodeIds,omitempty"`

	// LoopNodeID: ID of the ForEach node that spawned this iteration copy. Set on dynamically-created copies of loop body nodes.
	LoopNodeID *string `json:"loopNodeId,omitempty"`

	// ModelID: The model id for the node. Mainly used for custom model tasks.
	ModelID *string `json:"modelId,omitempty"`

	// WorkflowID: The workflow id for the node. Mainly used for workflow tasks.
	WorkflowID *string `json:"workflowId,omitempty"`

	// Status: The status of the node. Only available for WorkflowJob nodes.
	Status FlowNodeStatus `json:"status"`

	// Assets: List of produced assets for this node.
	Assets *[]AssetRef `json:"assets,omitempty"`

	// JobID: If the flow is part of a WorkflowJob, this is the jobId for the node. jobId is only available for nodes started. A node "Pending" for a running workflow job is not started.
	JobID *string `json:"jobId,omitempty"`

	// Output: The output of the node. Only available for logic nodes.
	Output json.RawMessage `json:"output,omitempty"`
}

// JobMetadata: Metadata of the job with some additional information
type JobMetadata struct {
	// AssetIDs: List of produced assets for this job
	AssetIDs *[]string `json:"assetIds,omitempty"`

	// Error: Eventual error for the job
	Error *string `json:"error,omitempty"`

	// Flow: The flow of the job. Only available for workflow jobs.
	Flow *[]JobFlowNode `json:"flow,omitempty"`

	// Hint: Actionable hint for the user explaining what went wrong and how to resolve it.
	Hint *string `json:"hint,omitempty"`

	// Input: The inputs for the job
	Input *map[string]json.RawMessage `json:"input,omitempty"`

	// Output: May contain the output of the job for specific custom models jobs. Only available for custom models which generate non-assets outputs. Example: LLM text results.
	Output *map[string]json.RawMessage `json:"output,omitempty"`

	// OutputModelID: For voice-clone jobs: the ID of the model being trained.
	OutputModelID *string `json:"outputModelId,omitempty"`

	// WorkflowID: The workflow ID of the job if job is part of a workflow.
	WorkflowID *string `json:"workflowId,omitempty"`

	// WorkflowJobID: The workflow job ID of the job if job is part of a workflow job.
	WorkflowJobID *string `json:"workflowJobId,omitempty"`
}

// JobStatus: The status of a job. A run starts queued and moves through the other states until it ends in success, failure or canceled.
type JobStatus string

// The values of JobStatus.
const (
	JobStatusCanceled   JobStatus = "canceled"
	JobStatusFailure    JobStatus = "failure"
	JobStatusFinalizing JobStatus = "finalizing"
	JobStatusInProgress JobStatus = "in-progress"
	JobStatusPending    JobStatus = "pending"
	JobStatusQueued     JobStatus = "queued"
	JobStatusSuccess    JobStatus = "success"
	JobStatusWarmingUp  JobStatus = "warming-up"
)

// JobType: The type of a job.
type JobType string

// The values of JobType.
const (
	JobTypeAssetsDownload        JobType = "assets-download"
	JobTypeCanvasExport          JobType = "canvas-export"
	JobTypeCaption               JobType = "caption"
	JobTypeCaptionLlava          JobType = "caption-llava"
	JobTypeCustom                JobType = "custom"
	JobTypeDescribeStyle         JobType = "describe-style"
	JobTypeDetection             JobType = "detection"
	JobTypeEmbed                 JobType = "embed"
	JobTypeFlux                  JobType = "flux"
	JobTypeFluxModelTraining     JobType = "flux-model-training"
	JobTypeGeneratePrompt        JobType = "generate-prompt"
	JobTypeImageGeneration       JobType = "image-generation"
	JobTypeImagePromptEditing    JobType = "image-prompt-editing"
	JobTypeInference             JobType = "inference"
	JobTypeMeshPreviewRendering  JobType = "mesh-preview-rendering"
	JobTypeModelDownload         JobType = "model-download"
	JobTypeModelImport           JobType = "model-import"
	JobTypeModelTraining         JobType = "model-training"
	JobTypeMusubiModelTraining   JobType = "musubi-model-training"
	JobTypeOpenaiImageGeneration JobType = "openai-image-generation"
	JobTypePatchImage            JobType = "patch-image"
	JobTypePixelate              JobType = "pixelate"
	JobTypeReframe               JobType = "reframe"
	JobTypeRemoveBackground      JobType = "remove-background"
	JobTypeRepaint               JobType = "repaint"
	JobTypeRestyle               JobType = "restyle"
	JobTypeSegment               JobType = "segment"
	JobTypeSkybox3d              JobType = "skybox-3d"
	JobTypeSkyboxBase360         JobType = "skybox-base-360"
	JobTypeSkyboxHdri            JobType = "skybox-hdri"
	JobTypeSkyboxUpscale360      JobType = "skybox-upscale-360"
	JobTypeTexture               JobType = "texture"
	JobTypeTranslate             JobType = "translate"
	JobTypeUpload                JobType = "upload"
	JobTypeUpscale               JobType = "upscale"
	JobTypeUpscaleSkybox         JobType = "upscale-skybox"
	JobTypeUpscaleTexture        JobType = "upscale-texture"
	JobTypeVectorize             JobType = "vectorize"
	JobTypeWorkflow              JobType = "workflow"
)

// LorasComponent: Configuration for the loras component
type LorasComponent struct {
	// Label: The label of the component
	Label string `json:"label"`

	// ModelInput: The input name of the model (model_array)
	ModelInput string `json:"modelInput"`

	// ScaleInput: The input name of the scale (number_array)
	ScaleInput string `json:"scaleInput"`

	// ModelIDInput: The input model id (example: a composition or a single LoRA modelId) If specified, the model id will be attached to the output asset as a metadata If the model-decomposer parser is specified on it, modelInput and scaleInput will be automatically populated
	ModelIDInput *string `json:"modelIdInput,omitempty"`
}

// ModelType: A model type.
type ModelType string

// The values of ModelType.
const (
	ModelTypeCustom                   ModelType = "custom"
	ModelTypeElevenlabsVoice          ModelType = "elevenlabs-voice"
	ModelTypeFlux1                    ModelType = "flux.1"
	ModelTypeFlux1Composition         ModelType = "flux.1-composition"
	ModelTypeFlux1KontextDev          ModelType = "flux.1-kontext-dev"
	ModelTypeFlux1KontextLora         ModelType = "flux.1-kontext-lora"
	ModelTypeFlux1KreaDev             ModelType = "flux.1-krea-dev"
	ModelTypeFlux1KreaLora            ModelType = "flux.1-krea-lora"
	ModelTypeFlux1Lora                ModelType = "flux.1-lora"
	ModelTypeFlux1Pro                 ModelType = "flux.1-pro"
	ModelTypeFlux11ProUltra           ModelType = "flux.1.1-pro-ultra"
	ModelTypeFlux2DevEditLora         ModelType = "flux.2-dev-edit-lora"
	ModelTypeFlux2DevLora             ModelType = "flux.2-dev-lora"
	ModelTypeFlux2Klein4bEditLora     ModelType = "flux.2-klein-4b-edit-lora"
	ModelTypeFlux2Klein4bLora         ModelType = "flux.2-klein-4b-lora"
	ModelTypeFlux2Klein9bEditLora     ModelType = "flux.2-klein-9b-edit-lora"
	ModelTypeFlux2Klein9bLora         ModelType = "flux.2-klein-9b-lora"
	ModelTypeFlux2KleinBase4bEditLora ModelType = "flux.2-klein-base-4b-edit-lora"
	ModelTypeFlux2KleinBase4bLora     ModelType = "flux.2-klein-base-4b-lora"
	ModelTypeFlux2KleinBase9bEditLora ModelType = "flux.2-klein-base-9b-edit-lora"
	ModelTypeFlux2KleinBase9bLora     ModelType = "flux.2-klein-base-9b-lora"
	ModelTypeFlux11Pro                ModelType = "flux1.1-pro"
	ModelTypeGptImage1                ModelType = "gpt-image-1"
	ModelTypeQwenImage2512Lora        ModelType = "qwen-image-2512-lora"
	ModelTypeQwenImageEdit2509Lora    ModelType = "qwen-image-edit-2509-lora"
	ModelTypeQwenImageEdit2511Lora    ModelType = "qwen-image-edit-2511-lora"
	ModelTypeQwenImageEditLora        ModelType = "qwen-image-edit-lora"
	ModelTypeQwenImageLora            ModelType = "qwen-image-lora"
	ModelTypeSd15                     ModelType = "sd-1_5"
	ModelTypeSd15Composition          ModelType = "sd-1_5-composition"
	ModelTypeSd15Lora                 ModelType = "sd-1_5-lora"
	ModelTypeSdXl                     ModelType = "sd-xl"
	ModelTypeSdXlComposition          ModelType = "sd-xl-composition"
	ModelTypeSdXlLora                 ModelType = "sd-xl-lora"
	ModelTypeZimageDeTurboLora        ModelType = "zimage-de-turbo-lora"
	ModelTypeZimageLora               ModelType = "zimage-lora"
	ModelTypeZimageTurboLora          ModelType = "zimage-turbo-lora"
)

// NodeInput: An input of a flow node: a sub-node input that can also carry configured `inputs_array` items.
type NodeInput struct {
	// Name: The name that must be used to call the model through the API
	Name string `json:"name"`

	// Type: The data type of the input
	Type InputType `json:"type"`

	// AllowedValues: The allowed values for the input. For `string` or `number` types, creates a single-select dropdown. For `string_array` type, creates a multi-select dropdown.
	AllowedValues *[]json.RawMessage `json:"allowedValues,omitempty"`

	// BackgroundBehavior: Specifies the background behavior for the input. Only available for `file` and `file_array` input types with kind `image`.
	BackgroundBehavior *BackgroundBehavior `json:"backgroundBehavior,omitempty"`

	// Color: Whether the input is a color or not. Only available for `string` input type.
	Color *bool `json:"color,omitempty"`

	// CostImpact: Whether this input affects the model's cost calculation
	CostImpact *bool `json:"costImpact,omitempty"`

	// Default: The default value for the input
	Default json.RawMessage `json:"default,omitempty"`

	// Description: Help text displayed in the UI to provide additional information about the input
	Description *string `json:"description,omitempty"`

	// Group: Used to visually group inputs together in the UI. Inputs with the same group value appear consecutively in the UI.
	Group *string `json:"group,omitempty"`

	// Hint: Hint text displayed in the UI as a tooltip to guide the user
	Hint *string `json:"hint,omitempty"`

	// Inputs: The list of inputs which form an object within a container array. All inputs are the same as the current object. This is only available for type inputs_array inputs.
	Inputs *[]map[string]json.RawMessage `json:"inputs,omitempty"`

	// Kind: The asset kind of the input. Only taken into account for `file` and `file_array` input types. If model provides multiple kinds, the input will be not able to create the asset on the fly on API side with dataurl without data:kind, prefix
	Kind *AssetKind `json:"kind,omitempty"`

	// Label: The label displayed in the UI for this input
	Label *string `json:"label,omitempty"`

	// MaskFrom: The name of the file input field to use as the mask source
	MaskFrom *string `json:"maskFrom,omitempty"`

	// Max: The maximum allowed value. Only available for `number` and `array` input types.
	Max *float64 `json:"max,omitempty"`

	// MaxLength: The maximum allowed length for `string` inputs. Also applies to each item in `string_array`.
	MaxLength *float64 `json:"maxLength,omitempty"`

	// MaxSize: The maximum allowed file size in bytes. Only applies to `file` and `file_array` input types. Validated against `asset.properties.size` at job creation time.
	MaxSize *float64 `json:"maxSize,omitempty"`

	// Min: The minimum allowed value. Only available for `number` and array input types.
	Min *float64 `json:"min,omitempty"`

	// MinLength: The minimum allowed length for string inputs. Also applies to each item in `string_array`.
	MinLength *float64 `json:"minLength,omitempty"`

	// ModelTypes: The allowed model types for this input. Example: `["flux.1-lora"]`. Only available for `model_array` input type.
	ModelTypes *[]ModelType `json:"modelTypes,omitempty"`

	// Parent: Whether this input represents a parent asset to assign to the produced assets. Only available for `file` and `file_array` input types. For `file_array`, the parent asset is the first item in the array.
	Parent *bool `json:"parent,omitempty"`

	// Placeholder: Placeholder text for the input. Only available for 'string' input type.
	Placeholder *string `json:"placeholder,omitempty"`

	// Prompt: Whether the input is a prompt. When true, displays as a text area with prompt spark feature. Only available for `string` input type.
	Prompt *bool `json:"prompt,omitempty"`

	// PromptSpark: Whether the input is used with prompt spark. Only available for `string` input type.
	PromptSpark *bool `json:"promptSpark,omitempty"`

	// Required: the "required" key.
	Required *InputRequiredRule `json:"required,omitempty"`

	// Step: The step increment for numeric inputs. Only available for `number` input type.
	Step *float64 `json:"step,omitempty"`

	// Ref: the "ref" key.
	Ref *InputRef `json:"ref,omitempty"`

	// Value: The value of the input. This is the value of the input that will be used to run the node. Only available for flows managed by a WorkflowJob.
	Value json.RawMessage `json:"value,omitempty"`

	// Items: The configured items for inputs_array type inputs. Each item is an array of SubNodeInput that need ref/value resolution. Only available for inputs_array type.
	Items *[][]SubNodeInput `json:"items,omitempty"`
}

// NodeLogic: The logic of the node. Only available for logic nodes.
type NodeLogic struct {
	// Cases: The cases of the logic. Only available for if/else nodes.
	Cases *[]NodeLogicCase `json:"cases,omitempty"`

	// Default: The default case of the logic. Contains the id/output of the node to execute if no case is matched. Only available for if/else nodes.
	Default *string `json:"default,omitempty"`

	// Transform: The transform of the logic. Only available for transform nodes.
	Transform *string `json:"transform,omitempty"`
}

// NodeLogicCase: One case of an if/else node.
type NodeLogicCase struct {
	// Condition: The condition the case matches.
	Condition string `json:"condition"`

	// Value: The id/output of the node to execute when the condition matches.
	Value string `json:"value"`
}

// ResolutionComponent: Configuration for the resolution component
type ResolutionComponent struct {
	// HeightInput: The input name of the height
	HeightInput string `json:"heightInput"`

	// Label: The label of the component
	Label string `json:"label"`

	// Presets: The resolution presets
	Presets []ResolutionPreset `json:"presets"`

	// WidthInput: The input name of the width
	WidthInput string `json:"widthInput"`
}

// ResolutionPreset: A named width and height.
type ResolutionPreset struct {
	// Height: The height in pixels.
	Height float64 `json:"height"`

	// Label: The label of the preset.
	Label string `json:"label"`

	// Width: The width in pixels.
	Width float64 `json:"width"`
}

// RunWorkflowRequest: The values of the workflow's inputs, keyed by input name. The request body for the workflow run must be retrieved from GET /workflows/{workflowId} inputs fields.
type RunWorkflowRequest map[string]json.RawMessage

// RunWorkflowResponse: The job the run created, and the workflow it runs.
type RunWorkflowResponse struct {
	// Job: The job created for the run. It starts queued; follow its status until it ends.
	Job Job `json:"job"`

	// Workflow: The workflow that was run.
	Workflow Workflow `json:"workflow"`
}

// StatusHistoryEntry: A status the job reached and when.
type StatusHistoryEntry struct {
	// Date: The ISO string date when the job reached the status.
	Date string `json:"date"`

	// Status: The status the job reached.
	Status JobStatus `json:"status"`
}

// SubNodeInput: An input of a flow node inside an `inputs_array` item: a workflow input that also carries a reference or a value.
type SubNodeInput struct {
	// Name: The name that must be used to call the model through the API
	Name string `json:"name"`

	// Type: The data type of the input
	Type InputType `json:"type"`

	// AllowedValues: The allowed values for the input. For `string` or `number` types, creates a single-select dropdown. For `string_array` type, creates a multi-select dropdown.
	AllowedValues *[]json.RawMessage `json:"allowedValues,omitempty"`

	// BackgroundBehavior: Specifies the background behavior for the input. Only available for `file` and `file_array` input types with kind `image`.
	BackgroundBehavior *BackgroundBehavior `json:"backgroundBehavior,omitempty"`

	// Color: Whether the input is a color or not. Only available for `string` input type.
	Color *bool `json:"color,omitempty"`

	// CostImpact: Whether this input affects the model's cost calculation
	CostImpact *bool `json:"costImpact,omitempty"`

	// Default: The default value for the input
	Default json.RawMessage `json:"default,omitempty"`

	// Description: Help text displayed in the UI to provide additional information about the input
	Description *string `json:"description,omitempty"`

	// Group: Used to visually group inputs together in the UI. Inputs with the same group value appear consecutively in the UI.
	Group *string `json:"group,omitempty"`

	// Hint: Hint text displayed in the UI as a tooltip to guide the user
	Hint *string `json:"hint,omitempty"`

	// Inputs: The list of inputs which form an object within a container array. All inputs are the same as the current object. This is only available for type inputs_array inputs.
	Inputs *[]map[string]json.RawMessage `json:"inputs,omitempty"`

	// Kind: The asset kind of the input. Only taken into account for `file` and `file_array` input types. If model provides multiple kinds, the input will be not able to create the asset on the fly on API side with dataurl without data:kind, prefix
	Kind *AssetKind `json:"kind,omitempty"`

	// Label: The label displayed in the UI for this input
	Label *string `json:"label,omitempty"`

	// MaskFrom: The name of the file input field to use as the mask source
	MaskFrom *string `json:"maskFrom,omitempty"`

	// Max: The maximum allowed value. Only available for `number` and `array` input types.
	Max *float64 `json:"max,omitempty"`

	// MaxLength: The maximum allowed length for `string` inputs. Also applies to each item in `string_array`.
	MaxLength *float64 `json:"maxLength,omitempty"`

	// MaxSize: The maximum allowed file size in bytes. Only applies to `file` and `file_array` input types. Validated against `asset.properties.size` at job creation time.
	MaxSize *float64 `json:"maxSize,omitempty"`

	// Min: The minimum allowed value. Only available for `number` and array input types.
	Min *float64 `json:"min,omitempty"`

	// MinLength: The minimum allowed length for string inputs. Also applies to each item in `string_array`.
	MinLength *float64 `json:"minLength,omitempty"`

	// ModelTypes: The allowed model types for this input. Example: `["flux.1-lora"]`. Only available for `model_array` input type.
	ModelTypes *[]ModelType `json:"modelTypes,omitempty"`

	// Parent: Whether this input represents a parent asset to assign to the produced assets. Only available for `file` and `file_array` input types. For `file_array`, the parent asset is the first item in the array.
	Parent *bool `json:"parent,omitempty"`

	// Placeholder: Placeholder text for the input. Only available for 'string' input type.
	Placeholder *string `json:"placeholder,omitempty"`

	// Prompt: Whether the input is a prompt. When true, displays as a text area with prompt spark feature. Only available for `string` input type.
	Prompt *bool `json:"prompt,omitempty"`

	// PromptSpark: Whether the input is used with prompt spark. Only available for `string` input type.
	PromptSpark *bool `json:"promptSpark,omitempty"`

	// Required: the "required" key.
	Required *InputRequiredRule `json:"required,omitempty"`

	// Step: The step increment for numeric inputs. Only available for `number` input type.
	Step *float64 `json:"step,omitempty"`

	// Ref: the "ref" key.
	Ref *InputRef `json:"ref,omitempty"`

	// Value: The value of the input. This is the value of the input that will be used to run the node. Only available for flows managed by a WorkflowJob.
	Value json.RawMessage `json:"value,omitempty"`
}

// TriggerGenerate: Configuration for the trigger generate button
type TriggerGenerate struct {
	// Label: The label of the button.
	Label string `json:"label"`

	// After: The 'name' of the input where the trigger generate button will be displayed (after the input). Do not specify both position and after.
	After *string `json:"after,omitempty"`

	// Position: The position of the trigger generate button. If position specified, the button will be displayed at the specified position. Do not specify both position and after.
	Position *TriggerGeneratePosition `json:"position,omitempty"`
}

// TriggerGeneratePosition: Where the trigger generate button is displayed.
type TriggerGeneratePosition string

// The values of TriggerGeneratePosition.
const (
	TriggerGeneratePositionBottom TriggerGeneratePosition = "bottom"
	TriggerGeneratePositionTop    TriggerGeneratePosition = "top"
)

// UiConfig: The UI configuration for the workflow. This is managed by scenario webapp.
type UiConfig struct {
	// InputProperties: Configuration for the input properties
	InputProperties *map[string]UiConfigInputProperty `json:"inputProperties,omitempty"`

	// LorasComponent: the "lorasComponent" key.
	LorasComponent *LorasComponent `json:"lorasComponent,omitempty"`

	// Presets: Configuration for the presets
	Presets *[]UiPreset `json:"presets,omitempty"`

	// ResolutionComponent: the "resolutionComponent" key.
	ResolutionComponent *ResolutionComponent `json:"resolutionComponent,omitempty"`

	// Selects: Configuration for the selects
	Selects *map[string]json.RawMessage `json:"selects,omitempty"`

	// TriggerGenerate: the "triggerGenerate" key.
	TriggerGenerate *TriggerGenerate `json:"triggerGenerate,omitempty"`
}

// UiConfigInputProperty: UI configuration for one input.
type UiConfigInputProperty struct {
	// Collapsed: Whether the input is displayed collapsed.
	Collapsed *bool `json:"collapsed,omitempty"`
}

// UiPreset: A preset: values for a set of fields, applied together.
type UiPreset struct {
	// Fields: The names of the inputs the preset sets.
	Fields []string `json:"fields"`

	// Presets: The preset values, keyed by input name.
	Presets json.RawMessage `json:"presets"`
}

// Workflow: A workflow: a flow of nodes that turns its inputs into assets.
type Workflow struct {
	// ID: Unique identifier of the workflow.
	ID string `json:"id"`

	// AuthorID: User that created the workflow.
	AuthorID string `json:"authorId"`

	// CreatedAt: The workflow creation date as an ISO string
	CreatedAt string `json:"createdAt"`

	// Description: Full description of what the workflow does.
	Description string `json:"description"`

	// EditorInfo: The UI data about the workflow. This is managed by scenario webapp.
	EditorInfo map[string]json.RawMessage `json:"editorInfo"`

	// Flow: The flow of the workflow.
	Flow []WorkflowFlowNode `json:"flow"`

	// Inputs: The inputs of the workflow.
	Inputs []WorkflowInput `json:"inputs"`

	// Name: Human-readable name of the workflow.
	Name string `json:"name"`

	// OwnerID: Project that owns the workflow.
	OwnerID string `json:"ownerId"`

	// Privacy: Visibility setting for the workflow.
	Privacy WorkflowPrivacy `json:"privacy"`

	// ShortDescription: Short summary of the workflow.
	ShortDescription string `json:"shortDescription"`

	// Status: Current lifecycle status (draft, ready, deleted).
	Status WorkflowStatus `json:"status"`

	// TagSet: The tag set of the workflow.
	TagSet []string `json:"tagSet"`

	// UpdatedAt: The workflow last update date as an ISO string
	UpdatedAt string `json:"updatedAt"`

	// After: A representation of an asset after being processed by the workflow
	After *AssetRef `json:"after,omitempty"`

	// Before: A representation of an asset before being processed by the workflow
	Before *AssetRef `json:"before,omitempty"`

	// Embedding: Embedding is a map of embedding version into embedding date
	Embedding json.RawMessage `json:"embedding,omitempty"`

	// IsLocked: Whether the workflow is locked. Locked workflows cannot be modified or deleted except by the author or a project admin.
	IsLocked *bool `json:"isLocked,omitempty"`

	// LastIndexedAt: When the workflow was last indexed for search.
	LastIndexedAt *string `json:"lastIndexedAt,omitempty"`

	// LastIndexingType: The type of indexing operation to perform in MeiliSearch
	LastIndexingType *IndexingType `json:"lastIndexingType,omitempty"`

	// LastReadyFlowUpdatedAt: Timestamp when the workflow flow was last saved as a Ready (App) snapshot. Used to compute the WorkflowNodes snapshot key. Only set for workflows that have been in the Ready state.
	LastReadyFlowUpdatedAt *string `json:"lastReadyFlowUpdatedAt,omitempty"`

	// LockedStateChangedAt: ISO string timestamp when lock state was last changed.
	LockedStateChangedAt *string `json:"lockedStateChangedAt,omitempty"`

	// LockedStateChangedBy: UserId of the user who last changed the lock state.
	LockedStateChangedBy *string `json:"lockedStateChangedBy,omitempty"`

	// OutputAssetKinds: Asset kinds produced by this workflow (if specified).
	OutputAssetKinds *[]AssetKind `json:"outputAssetKinds,omitempty"`

	// Thumbnail: Currently the thumbnail is identical to the after asset.
	Thumbnail *AssetRef `json:"thumbnail,omitempty"`

	// UIConfig: the "uiConfig" key.
	UIConfig *UiConfig `json:"uiConfig,omitempty"`
}

// WorkflowFlowNode: A node of a workflow's flow: what it runs, its inputs and the nodes it depends on.
type WorkflowFlowNode struct {
	// ID: The id of the node.
	ID string `json:"id"`

	// Type: The type of the job for the node.
	Type FlowNodeType `json:"type"`

	// Count: Fixed number of iterations for a ForEach node. When set, the loop runs exactly count times regardless of array input. When not set, the loop iterates over the resolved array input. Only available for ForEach nodes.
	Count *float64 `json:"count,omitempty"`

	// DependsOn: The nodes that this node depends on. Only available for nodes that have dependencies. Mainly used for user approval nodes.
	DependsOn *[]string `json:"dependsOn,omitempty"`

	// IncludeOutputsInWorkflowJob: If true, the outputs of this node will be included in the workflow job's final output. Only applicable to producing nodes (custom-model, inference, etc.). By default, only last nodes (nodes not referenced by other nodes) contribute to outputs. Set this to true to also include intermediate nodes in the final output. Note: This should only be set to true or left undefined.
	IncludeOutputsInWorkflowJob *bool `json:"includeOutputsInWorkflowJob,omitempty"`

	// Inputs: The inputs of the node.
	Inputs *[]NodeInput `json:"inputs,omitempty"`

	// Items: Statically-configured items for a List node. The node outputs this array as-is when executed. Only available for List nodes. The values can be strings, numbers, or asset IDs.
	Items *[]string `json:"items,omitempty"`

	// IterationIndex: Zero-based index of the iteration this node copy belongs to. Set on dynamically-created copies of loop body nodes.
	IterationIndex *float64 `json:"iterationIndex,omitempty"`

	// Logic: the "logic" key.
	Logic *NodeLogic `json:"logic,omitempty"`

	// LogicType: The type of the logic for the node. Only available for logic nodes.
	LogicType *WorkflowFlowNodeLogicType `json:"logicType,omitempty"`

	// LoopBodyNodeIDs: IDs of the body template nodes that belong to this ForEach loop. At runtime these templates are cloned once per iteration and marked Skipped. Only available for ForEach nodes.
	LoopBodyNodeIDs *[]string `json:"loopBodyNodeIds,omitempty"`

	// LoopNodeID: ID of the ForEach node that spawned this iteration copy. Set on dynamically-created copies of loop body nodes.
	LoopNodeID *string `json:"loopNodeId,omitempty"`

	// ModelID: The model id for the node. Mainly used for custom model tasks.
	ModelID *string `json:"modelId,omitempty"`

	// WorkflowID: The workflow id for the node. Mainly used for workflow tasks.
	WorkflowID *string `json:"workflowId,omitempty"`
}

// WorkflowInput: An input of a workflow: its name, data type, and how the UI presents and validates it.
type WorkflowInput struct {
	// Name: The name that must be used to call the model through the API
	Name string `json:"name"`

	// Type: The data type of the input
	Type InputType `json:"type"`

	// AllowedValues: The allowed values for the input. For `string` or `number` types, creates a single-select dropdown. For `string_array` type, creates a multi-select dropdown.
	AllowedValues *[]json.RawMessage `json:"allowedValues,omitempty"`

	// BackgroundBehavior: Specifies the background behavior for the input. Only available for `file` and `file_array` input types with kind `image`.
	BackgroundBehavior *BackgroundBehavior `json:"backgroundBehavior,omitempty"`

	// Color: Whether the input is a color or not. Only available for `string` input type.
	Color *bool `json:"color,omitempty"`

	// CostImpact: Whether this input affects the model's cost calculation
	CostImpact *bool `json:"costImpact,omitempty"`

	// Default: The default value for the input
	Default json.RawMessage `json:"default,omitempty"`

	// Description: Help text displayed in the UI to provide additional information about the input
	Description *string `json:"description,omitempty"`

	// Group: Used to visually group inputs together in the UI. Inputs with the same group value appear consecutively in the UI.
	Group *string `json:"group,omitempty"`

	// Hint: Hint text displayed in the UI as a tooltip to guide the user
	Hint *string `json:"hint,omitempty"`

	// Inputs: The list of inputs which form an object within a container array. All inputs are the same as the current object. This is only available for type inputs_array inputs.
	Inputs *[]map[string]json.RawMessage `json:"inputs,omitempty"`

	// Kind: The asset kind of the input. Only taken into account for `file` and `file_array` input types. If model provides multiple kinds, the input will be not able to create the asset on the fly on API side with dataurl without data:kind, prefix
	Kind *AssetKind `json:"kind,omitempty"`

	// Label: The label displayed in the UI for this input
	Label *string `json:"label,omitempty"`

	// MaskFrom: The name of the file input field to use as the mask source
	MaskFrom *string `json:"maskFrom,omitempty"`

	// Max: The maximum allowed value. Only available for `number` and `array` input types.
	Max *float64 `json:"max,omitempty"`

	// MaxLength: The maximum allowed length for `string` inputs. Also applies to each item in `string_array`.
	MaxLength *float64 `json:"maxLength,omitempty"`

	// MaxSize: The maximum allowed file size in bytes. Only applies to `file` and `file_array` input types. Validated against `asset.properties.size` at job creation time.
	MaxSize *float64 `json:"maxSize,omitempty"`

	// Min: The minimum allowed value. Only available for `number` and array input types.
	Min *float64 `json:"min,omitempty"`

	// MinLength: The minimum allowed length for string inputs. Also applies to each item in `string_array`.
	MinLength *float64 `json:"minLength,omitempty"`

	// ModelTypes: The allowed model types for this input. Example: `["flux.1-lora"]`. Only available for `model_array` input type.
	ModelTypes *[]ModelType `json:"modelTypes,omitempty"`

	// Parent: Whether this input represents a parent asset to assign to the produced assets. Only available for `file` and `file_array` input types. For `file_array`, the parent asset is the first item in the array.
	Parent *bool `json:"parent,omitempty"`

	// Placeholder: Placeholder text for the input. Only available for 'string' input type.
	Placeholder *string `json:"placeholder,omitempty"`

	// Prompt: Whether the input is a prompt. When true, displays as a text area with prompt spark feature. Only available for `string` input type.
	Prompt *bool `json:"prompt,omitempty"`

	// PromptSpark: Whether the input is used with prompt spark. Only available for `string` input type.
	PromptSpark *bool `json:"promptSpark,omitempty"`

	// Required: the "required" key.
	Required *InputRequiredRule `json:"required,omitempty"`

	// Step: The step increment for numeric inputs. Only available for `number` input type.
	Step *float64 `json:"step,omitempty"`
}

// WorkflowPrivacy: Visibility setting for a workflow.
type WorkflowPrivacy string

// The values of WorkflowPrivacy.
const (
	WorkflowPrivacyPrivate  WorkflowPrivacy = "private"
	WorkflowPrivacyPublic   WorkflowPrivacy = "public"
	WorkflowPrivacyUnlisted WorkflowPrivacy = "unlisted"
)

// WorkflowStatus: Lifecycle status of a workflow (draft, ready, deleted).
type WorkflowStatus string

// The values of WorkflowStatus.
const (
	WorkflowStatusDeleted WorkflowStatus = "deleted"
	WorkflowStatusDraft   WorkflowStatus = "draft"
	WorkflowStatusReady   WorkflowStatus = "ready"
)
