// Code generated from @scenario-api/openapi by scripts/src/to-go-types.ts. DO NOT EDIT.

package schemas

import "encoding/json"

// Job: A job. It runs a workflow once.
type Job struct {
	// ID: Its id.
	ID string `json:"id"`

	// Status: the "status" key.
	Status JobStatus `json:"status"`

	// Progress: the "progress" key.
	Progress *float64 `json:"progress,omitempty"`

	// Tags: the "tags" key.
	Tags *[]string `json:"tags,omitempty"`

	// Metadata: the "metadata" key.
	Metadata *map[string]json.RawMessage `json:"metadata,omitempty"`
}

// JobStatus: Where the job is.
type JobStatus string

// The values of JobStatus.
const (
	JobStatusQueued  JobStatus = "queued"
	JobStatusSuccess JobStatus = "success"
	JobStatusFailure JobStatus = "failure"
)

// Problem: the object Problem.json#.
type Problem struct {
	// StatusCode: the "statusCode" key.
	StatusCode int64 `json:"statusCode"`

	// Message: the "message" key.
	Message string `json:"message"`
}

// RunRequest: the object RunRequest.json#.
type RunRequest struct {
	// Prompt: the "prompt" key.
	Prompt *string `json:"prompt,omitempty"`

	// Inputs: the "inputs" key.
	Inputs *map[string]string `json:"inputs,omitempty"`
}
