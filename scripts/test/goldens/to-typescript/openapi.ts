// Generated from @scenario-api/openapi by scripts/src/to-typescript.ts. Do not edit.
export interface paths {
    "/workflows/{workflowId}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Run a workflow */
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
        /** @description A job. It runs a workflow once. */
        Job: {
            /** @description Its id. */
            id: string;
            status: components["schemas"]["JobStatus"];
            progress?: number | null;
            tags?: string[];
            metadata?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Where the job is.
         * @enum {string}
         */
        JobStatus: "queued" | "success" | "failure";
        Problem: {
            statusCode: number;
            message: string;
        };
        /** @description The values of the workflow's inputs, keyed by input name, and how to run it. */
        RunRequest: {
            prompt?: string;
            inputs?: {
                [key: string]: string;
            };
            /** @default 5 */
            priority?: number;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description No such workflow. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    runWorkflow: {
        parameters: {
            query?: {
                dryRun?: boolean;
            };
            header?: never;
            path: {
                workflowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunRequest"];
            };
        };
        responses: {
            /** @description The job that runs it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
}
