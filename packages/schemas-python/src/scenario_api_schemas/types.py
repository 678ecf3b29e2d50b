"""Types of the Scenario API's payloads, one per JSON Schema: TypedDicts and Literal aliases.

Generated from @scenario-api/openapi by scripts/src/to-python-types.ts. Do not edit.
"""
from typing import Any, Literal, TypeAlias, Union

from typing_extensions import NotRequired, TypedDict

__all__ = ["ApiError", "AssetKind", "AssetRef", "BackgroundBehavior", "DryRunEstimate", "FlowNodeStatus", "FlowNodeType", "IndexingType", "InputRef", "InputRequiredRule", "InputType", "Job", "JobBilling", "JobFlowNode", "JobMetadata", "JobStatus", "JobType", "LorasComponent", "ModelType", "NodeInput", "NodeLogic", "NodeLogicCase", "ResolutionComponent", "ResolutionPreset", "RunWorkflowRequest", "RunWorkflowResponse", "StatusHistoryEntry", "SubNodeInput", "TriggerGenerate", "TriggerGeneratePosition", "UiConfig", "UiConfigInputProperty", "UiPreset", "Workflow", "WorkflowFlowNode", "WorkflowInput", "WorkflowPrivacy", "WorkflowStatus"]


class ApiError(TypedDict):
    "The body of an error answer: the HTTP status code, the status text and what went wrong."

    # The HTTP status code of the response.
    statusCode: int

    # The HTTP status text (example: "Bad Request").
    error: str

    # What went wrong, in words.
    message: str


# The kind of an asset.
AssetKind: TypeAlias = Literal["3d", "audio", "document", "image", "image-hdr", "json", "video"]


class AssetRef(TypedDict):
    "A reference to an asset: its ID and URL."

    # The AssetId of the asset; for a workflow's before, after and thumbnail images, the AssetId of the image used as a thumbnail for your model (example: "asset_GTrL3mq4SXWyMxkOHRxlpw")
    assetId: str

    # The url of the asset; for a workflow's before, after and thumbnail images, the url of the image used as a thumbnail for your model
    url: str


# The background behavior of a file input.
BackgroundBehavior: TypeAlias = Literal["opaque", "transparent"]


class DryRunEstimate(TypedDict):
    "The answer to a dry run (`dryRun=true`): the run was checked and priced but not started, and nothing was billed."

    # Always 402: a dry run answers HTTP 402.
    statusCode: Literal[402]

    # Always "Dry run completed" for a dry run.
    message: str

    # The estimated cost of the run, in compute units (CU).
    estimatedCost: float


# The status of a flow node. Only available for WorkflowJob nodes.
FlowNodeStatus: TypeAlias = Literal["failure", "pending", "processing", "skipped", "success"]


# The type of the job for a flow node.
FlowNodeType: TypeAlias = Literal["custom-model", "for-each", "generate-prompt", "list", "logic", "model", "remove-background", "transform", "user-approval", "workflow"]


# The type of indexing operation to perform in MeiliSearch.
IndexingType: TypeAlias = Literal["CREATE", "DELETE", "UPDATE"]


class InputRef(TypedDict):
    "The reference to another input or output of the same workflow. Must have at least one of node or conditional."

    # The conditional nodes to reference. If the conditional nodes are successful, the node will be successful. If the conditional nodes are skipped, the node will be skipped. Contains an array of node ids used to check the status of the nodes.
    conditional: NotRequired[list[str]]

    # This is the desired node output value if ref is an if/else node.
    equal: NotRequired[str]

    # The name of the input or output to reference. If the type is 'workflow', the name of the workflow input is required. If the type is 'node', the name is not mandatory, except if you want all outputs of the node. To get all outputs of a node, you can use the name 'all'.
    name: NotRequired[str]

    # The node id or 'workflow' if the source is a workflow input.
    node: NotRequired[str]


class InputRequiredRule(TypedDict):
    "Set of rules that describes when this input is required: - `always`: Input is always required - `ifNotDefined`: Input is required when another specified input is not defined - `ifDefined`: Input is required when another specified input is defined - `conditionalValues`: Input is required when another input has a specific value By default, the input is not required."

    # Whether the input is always required
    always: NotRequired[bool]

    # Makes this input required when another input has a specific value: - Key: name of the input to check - Value: operation and allowed values that trigger the requirement
    conditionalValues: NotRequired[Any]

    # Makes this input required when another input is defined: - Key: name of the input that must be defined - Value: message to display when this input is required
    ifDefined: NotRequired[Any]

    # Makes this input required when another input is not defined: - Key: name of the input that must be undefined - Value: message to display when this input is required
    ifNotDefined: NotRequired[Any]


# The data type of an input.
InputType: TypeAlias = Literal["boolean", "file", "file_array", "inputs_array", "model", "model_array", "number", "number_array", "string", "string_array"]


class Job(TypedDict):
    "A job: one run of a workflow (or another task) with its status, progress and results."

    # The job creation date as an ISO string (example: "2023-02-03T11:19:41.579Z")
    createdAt: str

    # The job ID (example: "job_ocZCnG1Df35XRL1QyCZSRxAG8")
    jobId: str

    # The type of job
    jobType: "JobType"
    metadata: "JobMetadata"

    # Progress of the job (between 0 and 1)
    progress: float

    # The current status of the job
    status: "JobStatus"

    # The history of the different statuses the job went through with the ISO string date of when the job reached each status.
    statusHistory: list["StatusHistoryEntry"]

    # The job last update date as an ISO string (example: "2023-02-03T11:19:41.579Z")
    updatedAt: str

    # The author user ID (example: "dcf121faaa1a0a0bbbd9ca1b73d62aea")
    authorId: NotRequired[str]
    billing: NotRequired["JobBilling"]

    # The owner ID (example: "team_U3Qmc8PCdWXwAQJ4Dvw4tV6D")
    ownerId: NotRequired[str]


class JobBilling(TypedDict):
    "The billing of the job"

    # The cost of the job in compute units (CU).
    cuCost: float

    # The discount applied to the job, in compute units (CU).
    cuDiscount: float


class WorkflowFlowNode(TypedDict):
    "A node of a workflow's flow: what it runs, its inputs and the nodes it depends on."

    # The id of the node.
    id: str

    # The type of the job for the node.
    type: "FlowNodeType"

    # Fixed number of iterations for a ForEach node. When set, the loop runs exactly count times regardless of array input. When not set, the loop iterates over the resolved array input. Only available for ForEach nodes.
    count: NotRequired[float]

    # The nodes that this node depends on. Only available for nodes that have dependencies. Mainly used for user approval nodes.
    dependsOn: NotRequired[list[str]]

    # If true, the outputs of this node will be included in the workflow job's final output. Only applicable to producing nodes (custom-model, inference, etc.). By default, only last nodes (nodes not referenced by other nodes) contribute to outputs. Set this to true to also include intermediate nodes in the final output. Note: This should only be set to true or left undefined.
    includeOutputsInWorkflowJob: NotRequired[Literal[True]]

    # The inputs of the node.
    inputs: NotRequired[list["NodeInput"]]

    # Statically-configured items for a List node. The node outputs this array as-is when executed. Only available for List nodes. The values can be strings, numbers, or asset IDs.
    items: NotRequired[list[str]]

    # Zero-based index of the iteration this node copy belongs to. Set on dynamically-created copies of loop body nodes.
    iterationIndex: NotRequired[float]
    logic: NotRequired["NodeLogic"]

    # The type of the logic for the node. Only available for logic nodes.
    logicType: NotRequired[Literal["if-else"]]

    # IDs of the body template nodes that belong to this ForEach loop. At runtime these templates are cloned once per iteration and marked Skipped. Only available for ForEach nodes.
    loopBodyNodeIds: NotRequired[list[str]]

    # ID of the ForEach node that spawned this iteration copy. Set on dynamically-created copies of loop body nodes.
    loopNodeId: NotRequired[str]

    # The model id for the node. Mainly used for custom model tasks.
    modelId: NotRequired[str]

    # The workflow id for the node. Mainly used for workflow tasks.
    workflowId: NotRequired[str]


class JobFlowNode(WorkflowFlowNode):
    "A node of a workflow job's flow: the workflow node with its run status, its job and what it produced."

    # The status of the node. Only available for WorkflowJob nodes.
    status: "FlowNodeStatus"

    # List of produced assets for this node.
    assets: NotRequired[list["AssetRef"]]

    # If the flow is part of a WorkflowJob, this is the jobId for the node. jobId is only available for nodes started. A node "Pending" for a running workflow job is not started.
    jobId: NotRequired[str]

    # The output of the node. Only available for logic nodes.
    output: NotRequired[Any]


class JobMetadata(TypedDict):
    "Metadata of the job with some additional information"

    # List of produced assets for this job
    assetIds: NotRequired[list[str]]

    # Eventual error for the job
    error: NotRequired[str]

    # The flow of the job. Only available for workflow jobs.
    flow: NotRequired[list["JobFlowNode"]]

    # Actionable hint for the user explaining what went wrong and how to resolve it.
    hint: NotRequired[str]

    # The inputs for the job
    input: NotRequired[dict[str, Any]]

    # May contain the output of the job for specific custom models jobs. Only available for custom models which generate non-assets outputs. Example: LLM text results.
    output: NotRequired[dict[str, Any]]

    # For voice-clone jobs: the ID of the model being trained.
    outputModelId: NotRequired[str]

    # The workflow ID of the job if job is part of a workflow.
    workflowId: NotRequired[str]

    # The workflow job ID of the job if job is part of a workflow job.
    workflowJobId: NotRequired[str]


# The status of a job. A run starts queued and moves through the other states until it ends in success, failure or canceled.
JobStatus: TypeAlias = Literal["canceled", "failure", "finalizing", "in-progress", "pending", "queued", "success", "warming-up"]


# The type of a job.
JobType: TypeAlias = Literal["assets-download", "canvas-export", "caption", "caption-llava", "custom", "describe-style", "detection", "embed", "flux", "flux-model-training", "generate-prompt", "image-generation", "image-prompt-editing", "inference", "mesh-preview-rendering", "model-download", "model-import", "model-training", "musubi-model-training", "openai-image-generation", "patch-image", "pixelate", "reframe", "remove-background", "repaint", "restyle", "segment", "skybox-3d", "skybox-base-360", "skybox-hdri", "skybox-upscale-360", "texture", "translate", "upload", "upscale", "upscale-skybox", "upscale-texture", "vectorize", "workflow"]


class LorasComponent(TypedDict):
    "Configuration for the loras component"

    # The label of the component
    label: str

    # The input name of the model (model_array)
    modelInput: str

    # The input name of the scale (number_array)
    scaleInput: str

    # The input model id (example: a composition or a single LoRA modelId) If specified, the model id will be attached to the output asset as a metadata If the model-decomposer parser is specified on it, modelInput and scaleInput will be automatically populated
    modelIdInput: NotRequired[str]


# A model type.
ModelType: TypeAlias = Literal["custom", "elevenlabs-voice", "flux.1", "flux.1-composition", "flux.1-kontext-dev", "flux.1-kontext-lora", "flux.1-krea-dev", "flux.1-krea-lora", "flux.1-lora", "flux.1-pro", "flux.1.1-pro-ultra", "flux.2-dev-edit-lora", "flux.2-dev-lora", "flux.2-klein-4b-edit-lora", "flux.2-klein-4b-lora", "flux.2-klein-9b-edit-lora", "flux.2-klein-9b-lora", "flux.2-klein-base-4b-edit-lora", "flux.2-klein-base-4b-lora", "flux.2-klein-base-9b-edit-lora", "flux.2-klein-base-9b-lora", "flux1.1-pro", "gpt-image-1", "qwen-image-2512-lora", "qwen-image-edit-2509-lora", "qwen-image-edit-2511-lora", "qwen-image-edit-lora", "qwen-image-lora", "sd-1_5", "sd-1_5-composition", "sd-1_5-lora", "sd-xl", "sd-xl-composition", "sd-xl-lora", "zimage-de-turbo-lora", "zimage-lora", "zimage-turbo-lora"]


class WorkflowInput(TypedDict):
    "An input of a workflow: its name, data type, and how the UI presents and validates it."

    # The name that must be used to call the model through the API
    name: str

    # The data type of the input
    type: "InputType"

    # The allowed values for the input. For `string` or `number` types, creates a single-select dropdown. For `string_array` type, creates a multi-select dropdown.
    allowedValues: NotRequired[list[Any]]

    # Specifies the background behavior for the input. Only available for `file` and `file_array` input types with kind `image`.
    backgroundBehavior: NotRequired["BackgroundBehavior"]

    # Whether the input is a color or not. Only available for `string` input type.
    color: NotRequired[bool]

    # Whether this input affects the model's cost calculation
    costImpact: NotRequired[bool]

    # The default value for the input
    default: NotRequired[Any]

    # Help text displayed in the UI to provide additional information about the input
    description: NotRequired[str]

    # Used to visually group inputs together in the UI. Inputs with the same group value appear consecutively in the UI.
    group: NotRequired[str]

    # Hint text displayed in the UI as a tooltip to guide the user
    hint: NotRequired[str]

    # The list of inputs which form an object within a container array. All inputs are the same as the current object. This is only available for type inputs_array inputs.
    inputs: NotRequired[list[dict[str, Any]]]

    # The asset kind of the input. Only taken into account for `file` and `file_array` input types. If model provides multiple kinds, the input will be not able to create the asset on the fly on API side with dataurl without data:kind, prefix
    kind: NotRequired["AssetKind"]

    # The label displayed in the UI for this input
    label: NotRequired[str]

    # The name of the file input field to use as the mask source
    maskFrom: NotRequired[str]

    # The maximum allowed value. Only available for `number` and `array` input types.
    max: NotRequired[float]

    # The maximum allowed length for `string` inputs. Also applies to each item in `string_array`.
    maxLength: NotRequired[float]

    # The maximum allowed file size in bytes. Only applies to `file` and `file_array` input types. Validated against `asset.properties.size` at job creation time.
    maxSize: NotRequired[float]

    # The minimum allowed value. Only available for `number` and array input types.
    min: NotRequired[float]

    # The minimum allowed length for string inputs. Also applies to each item in `string_array`.
    minLength: NotRequired[float]

    # The allowed model types for this input. Example: `["flux.1-lora"]`. Only available for `model_array` input type.
    modelTypes: NotRequired[list["ModelType"]]

    # Whether this input represents a parent asset to assign to the produced assets. Only available for `file` and `file_array` input types. For `file_array`, the parent asset is the first item in the array.
    parent: NotRequired[bool]

    # Placeholder text for the input. Only available for 'string' input type.
    placeholder: NotRequired[str]

    # Whether the input is a prompt. When true, displays as a text area with prompt spark feature. Only available for `string` input type.
    prompt: NotRequired[bool]

    # Whether the input is used with prompt spark. Only available for `string` input type.
    promptSpark: NotRequired[bool]
    required: NotRequired["InputRequiredRule"]

    # The step increment for numeric inputs. Only available for `number` input type.
    step: NotRequired[float]


class SubNodeInput(WorkflowInput):
    "An input of a flow node inside an `inputs_array` item: a workflow input that also carries a reference or a value."
    ref: NotRequired["InputRef"]

    # The value of the input. This is the value of the input that will be used to run the node. Only available for flows managed by a WorkflowJob.
    value: NotRequired[Any]


class NodeInput(SubNodeInput):
    "An input of a flow node: a sub-node input that can also carry configured `inputs_array` items."

    # The configured items for inputs_array type inputs. Each item is an array of SubNodeInput that need ref/value resolution. Only available for inputs_array type.
    items: NotRequired[list[list["SubNodeInput"]]]


class NodeLogic(TypedDict):
    "The logic of the node. Only available for logic nodes."

    # The cases of the logic. Only available for if/else nodes.
    cases: NotRequired[list["NodeLogicCase"]]

    # The default case of the logic. Contains the id/output of the node to execute if no case is matched. Only available for if/else nodes.
    default: NotRequired[str]

    # The transform of the logic. Only available for transform nodes.
    transform: NotRequired[str]


class NodeLogicCase(TypedDict):
    "One case of an if/else node."

    # The condition the case matches.
    condition: str

    # The id/output of the node to execute when the condition matches.
    value: str


class ResolutionComponent(TypedDict):
    "Configuration for the resolution component"

    # The input name of the height
    heightInput: str

    # The label of the component
    label: str

    # The resolution presets
    presets: list["ResolutionPreset"]

    # The input name of the width
    widthInput: str


class ResolutionPreset(TypedDict):
    "A named width and height."

    # The height in pixels.
    height: float

    # The label of the preset.
    label: str

    # The width in pixels.
    width: float


# The values of the workflow's inputs, keyed by input name. The request body for the workflow run must be retrieved from GET /workflows/{workflowId} inputs fields.
RunWorkflowRequest: TypeAlias = dict[str, Any]


class RunWorkflowResponse(TypedDict):
    "The job the run created, and the workflow it runs."

    # The job created for the run. It starts queued; follow its status until it ends.
    job: "Job"

    # The workflow that was run.
    workflow: "Workflow"


class StatusHistoryEntry(TypedDict):
    "A status the job reached and when."

    # The ISO string date when the job reached the status.
    date: str

    # The status the job reached.
    status: "JobStatus"


class TriggerGenerate(TypedDict):
    "Configuration for the trigger generate button"

    # The label of the button.
    label: str

    # The 'name' of the input where the trigger generate button will be displayed (after the input). Do not specify both position and after.
    after: NotRequired[str]

    # The position of the trigger generate button. If position specified, the button will be displayed at the specified position. Do not specify both position and after.
    position: NotRequired["TriggerGeneratePosition"]


# Where the trigger generate button is displayed.
TriggerGeneratePosition: TypeAlias = Literal["bottom", "top"]


class UiConfig(TypedDict):
    "The UI configuration for the workflow. This is managed by scenario webapp."

    # Configuration for the input properties
    inputProperties: NotRequired[dict[str, "UiConfigInputProperty"]]
    lorasComponent: NotRequired["LorasComponent"]

    # Configuration for the presets
    presets: NotRequired[list["UiPreset"]]
    resolutionComponent: NotRequired["ResolutionComponent"]

    # Configuration for the selects
    selects: NotRequired[dict[str, Any]]
    triggerGenerate: NotRequired["TriggerGenerate"]


class UiConfigInputProperty(TypedDict):
    "UI configuration for one input."

    # Whether the input is displayed collapsed.
    collapsed: NotRequired[bool]


class UiPreset(TypedDict):
    "A preset: values for a set of fields, applied together."

    # The names of the inputs the preset sets.
    fields: list[str]

    # The preset values, keyed by input name.
    presets: Any


class Workflow(TypedDict):
    "A workflow: a flow of nodes that turns its inputs into assets."

    # Unique identifier of the workflow.
    id: str

    # User that created the workflow.
    authorId: str

    # The workflow creation date as an ISO string
    createdAt: str

    # Full description of what the workflow does.
    description: str

    # The UI data about the workflow. This is managed by scenario webapp.
    editorInfo: dict[str, Any]

    # The flow of the workflow.
    flow: list["WorkflowFlowNode"]

    # The inputs of the workflow.
    inputs: list["WorkflowInput"]

    # Human-readable name of the workflow.
    name: str

    # Project that owns the workflow.
    ownerId: str

    # Visibility setting for the workflow.
    privacy: "WorkflowPrivacy"

    # Short summary of the workflow.
    shortDescription: str

    # Current lifecycle status (draft, ready, deleted).
    status: "WorkflowStatus"

    # The tag set of the workflow.
    tagSet: list[str]

    # The workflow last update date as an ISO string
    updatedAt: str

    # A representation of an asset after being processed by the workflow
    after: NotRequired["AssetRef"]

    # A representation of an asset before being processed by the workflow
    before: NotRequired["AssetRef"]

    # Embedding is a map of embedding version into embedding date
    embedding: NotRequired[Any]

    # Whether the workflow is locked. Locked workflows cannot be modified or deleted except by the author or a project admin.
    isLocked: NotRequired[bool]

    # When the workflow was last indexed for search.
    lastIndexedAt: NotRequired[str]

    # The type of indexing operation to perform in MeiliSearch
    lastIndexingType: NotRequired["IndexingType"]

    # Timestamp when the workflow flow was last saved as a Ready (App) snapshot. Used to compute the WorkflowNodes snapshot key. Only set for workflows that have been in the Ready state.
    lastReadyFlowUpdatedAt: NotRequired[str]

    # ISO string timestamp when lock state was last changed.
    lockedStateChangedAt: NotRequired[str]

    # UserId of the user who last changed the lock state.
    lockedStateChangedBy: NotRequired[str]

    # Asset kinds produced by this workflow (if specified).
    outputAssetKinds: NotRequired[list["AssetKind"]]

    # Currently the thumbnail is identical to the after asset.
    thumbnail: NotRequired["AssetRef"]
    uiConfig: NotRequired["UiConfig"]


# Visibility setting for a workflow.
WorkflowPrivacy: TypeAlias = Literal["private", "public", "unlisted"]


# Lifecycle status of a workflow (draft, ready, deleted).
WorkflowStatus: TypeAlias = Literal["deleted", "draft", "ready"]
