// Generated from @scenario-api/openapi by scripts/src/emit-parameters.ts. Do not edit.

/**
 * The parameters of PUT /workflows/{workflowId}/run (runWorkflow) in the spec: path, then query, then
 * header, each by name. `schema` keeps the keywords the client and the mock server honour.
 */
export const runWorkflowParameters = [
  {
    "name": "workflowId",
    "in": "path",
    "required": true,
    "schema": {
      "type": "string",
      "minLength": 1
    }
  },
  {
    "name": "dryRun",
    "in": "query",
    "required": false,
    "schema": {}
  },
  {
    "name": "projectId",
    "in": "query",
    "required": false,
    "schema": {
      "type": "string"
    }
  }
] as const;
