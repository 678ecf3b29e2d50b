// Generated from @scenario-api/openapi by scripts/src/emit-examples.ts. Do not edit.

/** The examples of PUT /workflows/{workflowId}/run's responses in the spec, by status then by name. */
export const responseExamples: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  "200": {
    "done": {
      "id": "job_2",
      "status": "success",
      "progress": 1,
      "tags": [
        "b"
      ],
      "metadata": {
        "seed": 7
      }
    },
    "queued": {
      "id": "job_1",
      "status": "queued",
      "progress": null
    }
  },
  "404": {
    "missing": {
      "statusCode": 404,
      "message": "workflow not found"
    }
  }
};
