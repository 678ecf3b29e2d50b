package schemas_test

import (
	"encoding/json"
	"fmt"

	schemas "github.com/scenario-api/scenario-api/packages/schemas-go"
)

// Reads a schema and the files it refers to. To validate, hand them to a JSON Schema library
// by $id (see the package documentation for gojsonschema).
func ExampleSchema() {
	raw, err := schemas.Schema("draft-07", "RunWorkflowResponse")
	if err != nil {
		panic(err)
	}
	var schema struct {
		ID       string   `json:"$id"`
		Required []string `json:"required"`
	}
	if err := json.Unmarshal(raw, &schema); err != nil {
		panic(err)
	}
	fmt.Println(schema.ID)
	fmt.Println(schema.Required)
	// Output:
	// https://scenario-api.github.io/schemas/draft-07/RunWorkflowResponse.json
	// [job workflow]
}

// ID gives the $id to register a file by; a dialect or name it does not know is an error, not a
// URI that a validator would try to download.
func ExampleID() {
	id, err := schemas.ID("draft-07", "Job")
	fmt.Println(id, err)
	_, err = schemas.ID("draft07", "Job")
	fmt.Println(err)
	// Output:
	// https://scenario-api.github.io/schemas/draft-07/Job.json <nil>
	// schemas: unknown dialect "draft07": choose one of 2020-12, draft-07
}

// Decodes a payload (validate it first) into the generated types: optional fields are pointers,
// enums are named strings with constants.
func ExampleRunWorkflowResponse() {
	body := []byte(`{"job": {"jobId": "job_1", "status": "success", "progress": 1, "jobType": "workflow",
		"metadata": {}, "statusHistory": [], "createdAt": "", "updatedAt": ""}, "workflow": {"id": "wf_1"}}`)
	var response schemas.RunWorkflowResponse
	if err := json.Unmarshal(body, &response); err != nil {
		panic(err)
	}
	fmt.Println(response.Job.Status == schemas.JobStatusSuccess, response.Job.Billing == nil)
	// Output:
	// true true
}
