//go:build ignore

// Command types is a Go application's use of the generated types, written once against today's
// spec: it decodes an answer and reads what it needs. A type, field or constant the module stops
// generating, or a field whose Go type changes (a required number that becomes a pointer), makes it
// fail to build, as it would fail that application's build.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	schemas "github.com/scenario-api/scenario-api/packages/schemas-go"
)

func main() {
	var answer schemas.RunWorkflowResponse
	if err := json.Unmarshal([]byte(`{"job": {"status": "pending", "progress": 0.5}}`), &answer); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	job := answer.Job
	var progress float64 = job.Progress
	waiting := job.Status == schemas.JobStatusPending || job.Status == schemas.JobStatusQueued
	finished := job.Status == schemas.JobStatusSuccess || job.Status == schemas.JobStatusFailure ||
		job.Status == schemas.JobStatusCanceled
	var billing *schemas.JobBilling = job.Billing
	if !waiting || finished || progress != 0.5 || billing != nil {
		fmt.Fprintln(os.Stderr, "decoded", job.Status, progress)
		os.Exit(1)
	}
}
