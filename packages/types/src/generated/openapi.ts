// Generated from @scenario-api/openapi by scripts/src/to-typescript.ts. Do not edit.
export interface paths {
    "/workflows/{workflowId}/run": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the workflow to run (example "workflow_9pQm2xV4kT7sLr1Hb3Nc").
                 * @example workflow_9pQm2xV4kT7sLr1Hb3Nc
                 */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Run a workflow
         * @description Starts a run of the workflow with the given input values and returns the job it created,
         *     with the workflow. The job starts `queued`; follow its `status` until it ends in `success`,
         *     `failure` or `canceled`. Each run costs compute units, and a run is not idempotent: sending
         *     the same request twice starts two jobs.
         *
         *     Add `dryRun=true` to check and price the run without starting it: the API answers HTTP 402
         *     with the estimated cost.
         */
        put: operations["runWorkflow"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The body of an error answer: the HTTP status code, the status text and what went wrong. */
        ApiError: {
            /** @description The HTTP status code of the response. */
            statusCode: number;
            /** @description The HTTP status text (example: "Bad Request"). */
            error: string;
            /** @description What went wrong, in words. */
            message: string;
        };
        /**
         * @description The kind of an asset.
         * @enum {string}
         */
        AssetKind: "3d" | "audio" | "document" | "image" | "image-hdr" | "json" | "video";
        /** @description A reference to an asset: its ID and URL. */
        AssetRef: {
            /** @description The AssetId of the asset; for a workflow's before, after and thumbnail images, the AssetId of the image used as a thumbnail for your model (example: "asset_GTrL3mq4SXWyMxkOHRxlpw") */
            assetId: string;
            /** @description The url of the asset; for a workflow's before, after and thumbnail images, the url of the image used as a thumbnail for your model */
            url: string;
        };
        /**
         * @description The background behavior of a file input.
         * @enum {string}
         */
        BackgroundBehavior: "opaque" | "transparent";
        /** @description The answer to a dry run (`dryRun=true`): the run was checked and priced but not started, and nothing was billed. */
        DryRunEstimate: {
            /**
             * @description Always 402: a dry run answers HTTP 402.
             * @constant
             */
            statusCode: 402;
            /** @description Always "Dry run completed" for a dry run. */
            message: string;
            /** @description The estimated cost of the run, in compute units (CU). */
            estimatedCost: number;
        };
        /**
         * @description The status of a flow node. Only available for WorkflowJob nodes.
         * @enum {string}
         */
        FlowNodeStatus: "failure" | "pending" | "processing" | "skipped" | "success";
        /**
         * @description The type of the job for a flow node.
         * @enum {string}
         */
        FlowNodeType: "custom-model" | "for-each" | "generate-prompt" | "list" | "logic" | "model" | "remove-background" | "transform" | "user-approval" | "workflow";
        /**
         * @description The type of indexing operation to perform in MeiliSearch.
         * @enum {string}
         */
        IndexingType: "CREATE" | "DELETE" | "UPDATE";
        /** @description The reference to another input or output of the same workflow. Must have at least one of node or conditional. */
        InputRef: {
            /** @description The conditional nodes to reference. If the conditional nodes are successful, the node will be successful. If the conditional nodes are skipped, the node will be skipped. Contains an array of node ids used to check the status of the nodes. */
            conditional?: string[];
            /** @description This is the desired node output value if ref is an if/else node. */
            equal?: string;
            /** @description The name of the input or output to reference. If the type is 'workflow', the name of the workflow input is required. If the type is 'node', the name is not mandatory, except if you want all outputs of the node. To get all outputs of a node, you can use the name 'all'. */
            name?: string;
            /** @description The node id or 'workflow' if the source is a workflow input. */
            node?: string;
        };
        /**
         * @description Set of rules that describes when this input is required:
         *     - `always`: Input is always required
         *     - `ifNotDefined`: Input is required when another specified input is not defined
         *     - `ifDefined`: Input is required when another specified input is defined
         *     - `conditionalValues`: Input is required when another input has a specific value
         *
         *     By default, the input is not required.
         */
        InputRequiredRule: {
            /** @description Whether the input is always required */
            always?: boolean;
            /**
             * @description Makes this input required when another input has a specific value:
             *     - Key: name of the input to check
             *     - Value: operation and allowed values that trigger the requirement
             */
            conditionalValues?: unknown;
            /**
             * @description Makes this input required when another input is defined:
             *     - Key: name of the input that must be defined
             *     - Value: message to display when this input is required
             */
            ifDefined?: unknown;
            /**
             * @description Makes this input required when another input is not defined:
             *     - Key: name of the input that must be undefined
             *     - Value: message to display when this input is required
             */
            ifNotDefined?: unknown;
        };
        /**
         * @description The data type of an input.
         * @enum {string}
         */
        InputType: "boolean" | "file" | "file_array" | "inputs_array" | "model" | "model_array" | "number" | "number_array" | "string" | "string_array";
        /** @description A job: one run of a workflow (or another task) with its status, progress and results. */
        Job: {
            /** @description The job creation date as an ISO string (example: "2023-02-03T11:19:41.579Z") */
            createdAt: string;
            /** @description The job ID (example: "job_ocZCnG1Df35XRL1QyCZSRxAG8") */
            jobId: string;
            /** @description The type of job */
            jobType: components["schemas"]["JobType"];
            metadata: components["schemas"]["JobMetadata"];
            /** @description Progress of the job (between 0 and 1) */
            progress: number;
            /** @description The current status of the job */
            status: components["schemas"]["JobStatus"];
            /** @description The history of the different statuses the job went through with the ISO string date of when the job reached each status. */
            statusHistory: components["schemas"]["StatusHistoryEntry"][];
            /** @description The job last update date as an ISO string (example: "2023-02-03T11:19:41.579Z") */
            updatedAt: string;
            /** @description The author user ID (example: "dcf121faaa1a0a0bbbd9ca1b73d62aea") */
            authorId?: string;
            billing?: components["schemas"]["JobBilling"];
            /** @description The owner ID (example: "team_U3Qmc8PCdWXwAQJ4Dvw4tV6D") */
            ownerId?: string;
        };
        /** @description The billing of the job */
        JobBilling: {
            /** @description The cost of the job in compute units (CU). */
            cuCost: number;
            /** @description The discount applied to the job, in compute units (CU). */
            cuDiscount: number;
        };
        /** @description A node of a workflow job's flow: the workflow node with its run status, its job and what it produced. */
        JobFlowNode: components["schemas"]["WorkflowFlowNode"] & {
            /** @description The status of the node. Only available for WorkflowJob nodes. */
            status: components["schemas"]["FlowNodeStatus"];
            /** @description List of produced assets for this node. */
            assets?: components["schemas"]["AssetRef"][];
            /** @description If the flow is part of a WorkflowJob, this is the jobId for the node. jobId is only available for nodes started. A node "Pending" for a running workflow job is not started. */
            jobId?: string;
            /** @description The output of the node. Only available for logic nodes. */
            output?: unknown;
        };
        /** @description Metadata of the job with some additional information */
        JobMetadata: {
            /** @description List of produced assets for this job */
            assetIds?: string[];
            /** @description Eventual error for the job */
            error?: string;
            /** @description The flow of the job. Only available for workflow jobs. */
            flow?: components["schemas"]["JobFlowNode"][];
            /** @description Actionable hint for the user explaining what went wrong and how to resolve it. */
            hint?: string;
            /** @description The inputs for the job */
            input?: {
                [key: string]: unknown;
            };
            /** @description May contain the output of the job for specific custom models jobs. Only available for custom models which generate non-assets outputs. Example: LLM text results. */
            output?: {
                [key: string]: unknown;
            };
            /** @description For voice-clone jobs: the ID of the model being trained. */
            outputModelId?: string;
            /** @description The workflow ID of the job if job is part of a workflow. */
            workflowId?: string;
            /** @description The workflow job ID of the job if job is part of a workflow job. */
            workflowJobId?: string;
        };
        /**
         * @description The status of a job. A run starts queued and moves through the other states until it ends in success, failure or canceled.
         * @enum {string}
         */
        JobStatus: "canceled" | "failure" | "finalizing" | "in-progress" | "pending" | "queued" | "success" | "warming-up";
        /**
         * @description The type of a job.
         * @enum {string}
         */
        JobType: "assets-download" | "canvas-export" | "caption" | "caption-llava" | "custom" | "describe-style" | "detection" | "embed" | "flux" | "flux-model-training" | "generate-prompt" | "image-generation" | "image-prompt-editing" | "inference" | "mesh-preview-rendering" | "model-download" | "model-import" | "model-training" | "musubi-model-training" | "openai-image-generation" | "patch-image" | "pixelate" | "reframe" | "remove-background" | "repaint" | "restyle" | "segment" | "skybox-3d" | "skybox-base-360" | "skybox-hdri" | "skybox-upscale-360" | "texture" | "translate" | "upload" | "upscale" | "upscale-skybox" | "upscale-texture" | "vectorize" | "workflow";
        /** @description Configuration for the loras component */
        LorasComponent: {
            /** @description The label of the component */
            label: string;
            /** @description The input name of the model (model_array) */
            modelInput: string;
            /** @description The input name of the scale (number_array) */
            scaleInput: string;
            /** @description The input model id (example: a composition or a single LoRA modelId) If specified, the model id will be attached to the output asset as a metadata If the model-decomposer parser is specified on it, modelInput and scaleInput will be automatically populated */
            modelIdInput?: string;
        };
        /**
         * @description A model type.
         * @enum {string}
         */
        ModelType: "custom" | "elevenlabs-voice" | "flux.1" | "flux.1-composition" | "flux.1-kontext-dev" | "flux.1-kontext-lora" | "flux.1-krea-dev" | "flux.1-krea-lora" | "flux.1-lora" | "flux.1-pro" | "flux.1.1-pro-ultra" | "flux.2-dev-edit-lora" | "flux.2-dev-lora" | "flux.2-klein-4b-edit-lora" | "flux.2-klein-4b-lora" | "flux.2-klein-9b-edit-lora" | "flux.2-klein-9b-lora" | "flux.2-klein-base-4b-edit-lora" | "flux.2-klein-base-4b-lora" | "flux.2-klein-base-9b-edit-lora" | "flux.2-klein-base-9b-lora" | "flux1.1-pro" | "gpt-image-1" | "qwen-image-2512-lora" | "qwen-image-edit-2509-lora" | "qwen-image-edit-2511-lora" | "qwen-image-edit-lora" | "qwen-image-lora" | "sd-1_5" | "sd-1_5-composition" | "sd-1_5-lora" | "sd-xl" | "sd-xl-composition" | "sd-xl-lora" | "zimage-de-turbo-lora" | "zimage-lora" | "zimage-turbo-lora";
        /** @description An input of a flow node: a sub-node input that can also carry configured `inputs_array` items. */
        NodeInput: components["schemas"]["SubNodeInput"] & {
            /** @description The configured items for inputs_array type inputs. Each item is an array of SubNodeInput that need ref/value resolution. Only available for inputs_array type. */
            items?: components["schemas"]["SubNodeInput"][][];
        };
        /** @description The logic of the node. Only available for logic nodes. */
        NodeLogic: {
            /** @description The cases of the logic. Only available for if/else nodes. */
            cases?: components["schemas"]["NodeLogicCase"][];
            /** @description The default case of the logic. Contains the id/output of the node to execute if no case is matched. Only available for if/else nodes. */
            default?: string;
            /** @description The transform of the logic. Only available for transform nodes. */
            transform?: string;
        };
        /** @description One case of an if/else node. */
        NodeLogicCase: {
            /** @description The condition the case matches. */
            condition: string;
            /** @description The id/output of the node to execute when the condition matches. */
            value: string;
        };
        /** @description Configuration for the resolution component */
        ResolutionComponent: {
            /** @description The input name of the height */
            heightInput: string;
            /** @description The label of the component */
            label: string;
            /** @description The resolution presets */
            presets: components["schemas"]["ResolutionPreset"][];
            /** @description The input name of the width */
            widthInput: string;
        };
        /** @description A named width and height. */
        ResolutionPreset: {
            /** @description The height in pixels. */
            height: number;
            /** @description The label of the preset. */
            label: string;
            /** @description The width in pixels. */
            width: number;
        };
        /** @description The values of the workflow's inputs, keyed by input name. The request body for the workflow run must be retrieved from GET /workflows/{workflowId} inputs fields. */
        RunWorkflowRequest: {
            [key: string]: unknown;
        };
        /** @description The job the run created, and the workflow it runs. */
        RunWorkflowResponse: {
            /** @description The job created for the run. It starts queued; follow its status until it ends. */
            job: components["schemas"]["Job"];
            /** @description The workflow that was run. */
            workflow: components["schemas"]["Workflow"];
        };
        /** @description A status the job reached and when. */
        StatusHistoryEntry: {
            /** @description The ISO string date when the job reached the status. */
            date: string;
            /** @description The status the job reached. */
            status: components["schemas"]["JobStatus"];
        };
        /** @description An input of a flow node inside an `inputs_array` item: a workflow input that also carries a reference or a value. */
        SubNodeInput: components["schemas"]["WorkflowInput"] & {
            ref?: components["schemas"]["InputRef"];
            /** @description The value of the input. This is the value of the input that will be used to run the node. Only available for flows managed by a WorkflowJob. */
            value?: unknown;
        };
        /** @description Configuration for the trigger generate button */
        TriggerGenerate: {
            /** @description The label of the button. */
            label: string;
            /** @description The 'name' of the input where the trigger generate button will be displayed (after the input). Do not specify both position and after. */
            after?: string;
            /** @description The position of the trigger generate button. If position specified, the button will be displayed at the specified position. Do not specify both position and after. */
            position?: components["schemas"]["TriggerGeneratePosition"];
        };
        /**
         * @description Where the trigger generate button is displayed.
         * @enum {string}
         */
        TriggerGeneratePosition: "bottom" | "top";
        /** @description The UI configuration for the workflow. This is managed by scenario webapp. */
        UiConfig: {
            /** @description Configuration for the input properties */
            inputProperties?: {
                [key: string]: components["schemas"]["UiConfigInputProperty"];
            };
            lorasComponent?: components["schemas"]["LorasComponent"];
            /** @description Configuration for the presets */
            presets?: components["schemas"]["UiPreset"][];
            resolutionComponent?: components["schemas"]["ResolutionComponent"];
            /** @description Configuration for the selects */
            selects?: {
                [key: string]: unknown;
            };
            triggerGenerate?: components["schemas"]["TriggerGenerate"];
        };
        /** @description UI configuration for one input. */
        UiConfigInputProperty: {
            /** @description Whether the input is displayed collapsed. */
            collapsed?: boolean;
        };
        /** @description A preset: values for a set of fields, applied together. */
        UiPreset: {
            /** @description The names of the inputs the preset sets. */
            fields: string[];
            /** @description The preset values, keyed by input name. */
            presets: unknown;
        };
        /** @description A workflow: a flow of nodes that turns its inputs into assets. */
        Workflow: {
            /** @description Unique identifier of the workflow. */
            id: string;
            /** @description User that created the workflow. */
            authorId: string;
            /** @description The workflow creation date as an ISO string */
            createdAt: string;
            /** @description Full description of what the workflow does. */
            description: string;
            /** @description The UI data about the workflow. This is managed by scenario webapp. */
            editorInfo: {
                [key: string]: unknown;
            };
            /** @description The flow of the workflow. */
            flow: components["schemas"]["WorkflowFlowNode"][];
            /** @description The inputs of the workflow. */
            inputs: components["schemas"]["WorkflowInput"][];
            /** @description Human-readable name of the workflow. */
            name: string;
            /** @description Project that owns the workflow. */
            ownerId: string;
            /** @description Visibility setting for the workflow. */
            privacy: components["schemas"]["WorkflowPrivacy"];
            /** @description Short summary of the workflow. */
            shortDescription: string;
            /** @description Current lifecycle status (draft, ready, deleted). */
            status: components["schemas"]["WorkflowStatus"];
            /** @description The tag set of the workflow. */
            tagSet: string[];
            /** @description The workflow last update date as an ISO string */
            updatedAt: string;
            /** @description A representation of an asset after being processed by the workflow */
            after?: components["schemas"]["AssetRef"];
            /** @description A representation of an asset before being processed by the workflow */
            before?: components["schemas"]["AssetRef"];
            /** @description Embedding is a map of embedding version into embedding date */
            embedding?: unknown;
            /** @description Whether the workflow is locked. Locked workflows cannot be modified or deleted except by the author or a project admin. */
            isLocked?: boolean;
            /**
             * Format: date-time
             * @description When the workflow was last indexed for search.
             */
            lastIndexedAt?: string;
            /** @description The type of indexing operation to perform in MeiliSearch */
            lastIndexingType?: components["schemas"]["IndexingType"];
            /**
             * Format: date-time
             * @description Timestamp when the workflow flow was last saved as a Ready (App) snapshot. Used to compute the WorkflowNodes snapshot key. Only set for workflows that have been in the Ready state.
             */
            lastReadyFlowUpdatedAt?: string;
            /** @description ISO string timestamp when lock state was last changed. */
            lockedStateChangedAt?: string;
            /** @description UserId of the user who last changed the lock state. */
            lockedStateChangedBy?: string;
            /** @description Asset kinds produced by this workflow (if specified). */
            outputAssetKinds?: components["schemas"]["AssetKind"][];
            /** @description Currently the thumbnail is identical to the after asset. */
            thumbnail?: components["schemas"]["AssetRef"];
            uiConfig?: components["schemas"]["UiConfig"];
        };
        /** @description A node of a workflow's flow: what it runs, its inputs and the nodes it depends on. */
        WorkflowFlowNode: {
            /** @description The id of the node. */
            id: string;
            /** @description The type of the job for the node. */
            type: components["schemas"]["FlowNodeType"];
            /** @description Fixed number of iterations for a ForEach node. When set, the loop runs exactly count times regardless of array input. When not set, the loop iterates over the resolved array input. Only available for ForEach nodes. */
            count?: number;
            /** @description The nodes that this node depends on. Only available for nodes that have dependencies. Mainly used for user approval nodes. */
            dependsOn?: string[];
            /**
             * @description If true, the outputs of this node will be included in the workflow job's final output. Only applicable to producing nodes (custom-model, inference, etc.). By default, only last nodes (nodes not referenced by other nodes) contribute to outputs. Set this to true to also include intermediate nodes in the final output. Note: This should only be set to true or left undefined.
             * @constant
             */
            includeOutputsInWorkflowJob?: true;
            /** @description The inputs of the node. */
            inputs?: components["schemas"]["NodeInput"][];
            /** @description Statically-configured items for a List node. The node outputs this array as-is when executed. Only available for List nodes. The values can be strings, numbers, or asset IDs. */
            items?: string[];
            /** @description Zero-based index of the iteration this node copy belongs to. Set on dynamically-created copies of loop body nodes. */
            iterationIndex?: number;
            logic?: components["schemas"]["NodeLogic"];
            /**
             * @description The type of the logic for the node. Only available for logic nodes.
             * @enum {string}
             */
            logicType?: "if-else";
            /** @description IDs of the body template nodes that belong to this ForEach loop. At runtime these templates are cloned once per iteration and marked Skipped. Only available for ForEach nodes. */
            loopBodyNodeIds?: string[];
            /** @description ID of the ForEach node that spawned this iteration copy. Set on dynamically-created copies of loop body nodes. */
            loopNodeId?: string;
            /** @description The model id for the node. Mainly used for custom model tasks. */
            modelId?: string;
            /** @description The workflow id for the node. Mainly used for workflow tasks. */
            workflowId?: string;
        };
        /** @description An input of a workflow: its name, data type, and how the UI presents and validates it. */
        WorkflowInput: {
            /** @description The name that must be used to call the model through the API */
            name: string;
            /** @description The data type of the input */
            type: components["schemas"]["InputType"];
            /** @description The allowed values for the input. For `string` or `number` types, creates a single-select dropdown. For `string_array` type, creates a multi-select dropdown. */
            allowedValues?: unknown[];
            /** @description Specifies the background behavior for the input. Only available for `file` and `file_array` input types with kind `image`. */
            backgroundBehavior?: components["schemas"]["BackgroundBehavior"];
            /** @description Whether the input is a color or not. Only available for `string` input type. */
            color?: boolean;
            /** @description Whether this input affects the model's cost calculation */
            costImpact?: boolean;
            /** @description The default value for the input */
            default?: unknown;
            /** @description Help text displayed in the UI to provide additional information about the input */
            description?: string;
            /** @description Used to visually group inputs together in the UI. Inputs with the same group value appear consecutively in the UI. */
            group?: string;
            /** @description Hint text displayed in the UI as a tooltip to guide the user */
            hint?: string;
            /** @description The list of inputs which form an object within a container array. All inputs are the same as the current object. This is only available for type inputs_array inputs. */
            inputs?: {
                [key: string]: unknown;
            }[];
            /** @description The asset kind of the input. Only taken into account for `file` and `file_array` input types. If model provides multiple kinds, the input will be not able to create the asset on the fly on API side with dataurl without data:kind, prefix */
            kind?: components["schemas"]["AssetKind"];
            /** @description The label displayed in the UI for this input */
            label?: string;
            /** @description The name of the file input field to use as the mask source */
            maskFrom?: string;
            /** @description The maximum allowed value. Only available for `number` and `array` input types. */
            max?: number;
            /** @description The maximum allowed length for `string` inputs. Also applies to each item in `string_array`. */
            maxLength?: number;
            /** @description The maximum allowed file size in bytes. Only applies to `file` and `file_array` input types. Validated against `asset.properties.size` at job creation time. */
            maxSize?: number;
            /** @description The minimum allowed value. Only available for `number` and array input types. */
            min?: number;
            /** @description The minimum allowed length for string inputs. Also applies to each item in `string_array`. */
            minLength?: number;
            /** @description The allowed model types for this input. Example: `["flux.1-lora"]`. Only available for `model_array` input type. */
            modelTypes?: components["schemas"]["ModelType"][];
            /** @description Whether this input represents a parent asset to assign to the produced assets. Only available for `file` and `file_array` input types. For `file_array`, the parent asset is the first item in the array. */
            parent?: boolean;
            /** @description Placeholder text for the input. Only available for 'string' input type. */
            placeholder?: string;
            /** @description Whether the input is a prompt. When true, displays as a text area with prompt spark feature. Only available for `string` input type. */
            prompt?: boolean;
            /** @description Whether the input is used with prompt spark. Only available for `string` input type. */
            promptSpark?: boolean;
            required?: components["schemas"]["InputRequiredRule"];
            /** @description The step increment for numeric inputs. Only available for `number` input type. */
            step?: number;
        };
        /**
         * @description Visibility setting for a workflow.
         * @enum {string}
         */
        WorkflowPrivacy: "private" | "public" | "unlisted";
        /**
         * @description Lifecycle status of a workflow (draft, ready, deleted).
         * @enum {string}
         */
        WorkflowStatus: "deleted" | "draft" | "ready";
    };
    responses: {
        /** @description The request is malformed: the body is not a JSON object, or an input value does not fit the workflow's inputs. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description The dry run completed: the run was checked and priced, and nothing was started or billed. The body holds the estimated cost. */
        DryRunCompleted: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DryRunEstimate"];
            };
        };
        /** @description The credentials are valid but may not run this workflow (for example, a private workflow of another project). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description A gateway or proxy in front of the API failed: 502 Bad Gateway, 503 Service Unavailable or 504 Gateway Timeout. The body may be an `ApiError`, an HTML page or plain text, or empty. The answer does not say whether the run started. */
        GatewayError: {
            headers: {
                /** @description When present (mostly with 503), how long to wait before retrying, as a number of seconds or an HTTP date. */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
                /**
                 * @example <html>
                 *     <head><title>502 Bad Gateway</title></head>
                 *     <body>
                 *     <center><h1>502 Bad Gateway</h1></center>
                 *     </body>
                 *     </html>
                 */
                "text/html": string;
                /** @example upstream request timeout */
                "text/plain": string;
            };
        };
        /** @description The API failed to process the request. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description No workflow has this ID (a private workflow may also need its projectId). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description The project went over the rate limit of 100 requests per minute. Wait, then retry. */
        TooManyRequests: {
            headers: {
                /** @description When present, how long to wait before retrying, as a number of seconds or an HTTP date. */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description The API key or secret is missing or wrong. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
    };
    parameters: {
        /**
         * @description Send `true` to check and price the run without starting it: the API answers HTTP 402 with the estimated cost, and nothing runs or is billed.
         * @example true
         */
        DryRun: unknown;
        /**
         * @description The ID of the project that owns the workflow. A private workflow needs it.
         * @example proj_U3Qmc8PCdWXwAQJ4Dvw4tV6D
         */
        ProjectId: string;
        /**
         * @description The ID of the workflow to run (example "workflow_9pQm2xV4kT7sLr1Hb3Nc").
         * @example workflow_9pQm2xV4kT7sLr1Hb3Nc
         */
        WorkflowId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    runWorkflow: {
        parameters: {
            query?: {
                /**
                 * @description Send `true` to check and price the run without starting it: the API answers HTTP 402 with the estimated cost, and nothing runs or is billed.
                 * @example true
                 */
                dryRun?: components["parameters"]["DryRun"];
                /**
                 * @description The ID of the project that owns the workflow. A private workflow needs it.
                 * @example proj_U3Qmc8PCdWXwAQJ4Dvw4tV6D
                 */
                projectId?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path: {
                /**
                 * @description The ID of the workflow to run (example "workflow_9pQm2xV4kT7sLr1Hb3Nc").
                 * @example workflow_9pQm2xV4kT7sLr1Hb3Nc
                 */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        /** @description The request body for the workflow run must be retrieved from GET /workflows/{workflowId} inputs fields. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunWorkflowRequest"];
            };
        };
        responses: {
            /** @description The run started. The body holds the new job and the workflow it runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunWorkflowResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["DryRunCompleted"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            "5XX": components["responses"]["GatewayError"];
        };
    };
}
