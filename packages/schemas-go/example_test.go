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
