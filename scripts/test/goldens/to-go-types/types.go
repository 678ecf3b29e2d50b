// Code generated from @scenario-api/openapi by scripts/src/to-go-types.ts. DO NOT EDIT.

package schemas

import (
	"encoding/json"
	"fmt"
)

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

// RunRequest: The values of the workflow's inputs, keyed by input name, and how to run it.
type RunRequest struct {
	// Prompt: the "prompt" key.
	Prompt *string `json:"prompt,omitempty"`

	// Inputs: the "inputs" key.
	Inputs *map[string]string `json:"inputs,omitempty"`

	// Priority: the "priority" key.
	Priority *int64 `json:"priority,omitempty"`

	// AdditionalProperties holds the keys the schema does not declare, which it allows.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

var runRequestKeys = []string{"prompt", "inputs", "priority"}

// MarshalJSON writes the declared fields and the undeclared keys of AdditionalProperties.
func (v RunRequest) MarshalJSON() ([]byte, error) {
	type plain RunRequest
	return marshalWithExtra(plain(v), v.AdditionalProperties, runRequestKeys)
}

// UnmarshalJSON reads the declared fields, and every other key into AdditionalProperties.
func (v *RunRequest) UnmarshalJSON(data []byte) error {
	type plain RunRequest
	if err := json.Unmarshal(data, (*plain)(v)); err != nil {
		return err
	}
	return unmarshalExtra(data, &v.AdditionalProperties, runRequestKeys)
}

// marshalWithExtra encodes plain (a struct without methods), then adds the keys of extra it does
// not declare, in sorted order.
func marshalWithExtra[T any](plain interface{}, extra map[string]T, declared []string) ([]byte, error) {
	raw, err := json.Marshal(plain)
	if err != nil || len(extra) == 0 {
		return raw, err
	}
	fields := map[string]json.RawMessage{}
	if err := json.Unmarshal(raw, &fields); err != nil {
		return nil, err
	}
	for key, value := range extra {
		if isDeclared(key, declared) {
			continue
		}
		encoded, err := json.Marshal(value)
		if err != nil {
			return nil, fmt.Errorf("AdditionalProperties[%q]: %w", key, err)
		}
		fields[key] = encoded
	}
	return json.Marshal(fields)
}

// unmarshalExtra decodes every key of data that declared does not name into *extra.
func unmarshalExtra[T any](data []byte, extra *map[string]T, declared []string) error {
	fields := map[string]json.RawMessage{}
	if err := json.Unmarshal(data, &fields); err != nil {
		return err
	}
	*extra = nil
	for key, raw := range fields {
		if isDeclared(key, declared) {
			continue
		}
		var value T
		if err := json.Unmarshal(raw, &value); err != nil {
			return fmt.Errorf("%q: %w", key, err)
		}
		if *extra == nil {
			*extra = map[string]T{}
		}
		(*extra)[key] = value
	}
	return nil
}

func isDeclared(key string, declared []string) bool {
	for _, d := range declared {
		if d == key {
			return true
		}
	}
	return false
}
