//go:build ignore

// Command names asks the Go module for the schemas a Go application validates with, written once
// against today's spec: a name the module stops shipping makes it fail.
package main

import (
	"fmt"
	"os"

	schemas "github.com/scenario-api/scenario-api/packages/schemas-go"
)

func main() {
	failed := false
	for _, name := range []string{"Job", "JobBilling", "RunWorkflowRequest", "RunWorkflowResponse"} {
		for _, dialect := range []string{"2020-12", "draft-07"} {
			if _, err := schemas.Schema(dialect, name); err != nil {
				fmt.Fprintln(os.Stderr, err)
				failed = true
			}
		}
	}
	if failed {
		os.Exit(1)
	}
}
