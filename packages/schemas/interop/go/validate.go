// Command validate checks a batch of instances against @scenario-api/schemas (draft-07)
// with github.com/xeipuuv/gojsonschema.
//
// Usage:
//
//	go run validate.go -schemas ../../draft-07 [CASES]
//
// CASES is a JSON file (or "-"/nothing for stdin) holding a list of
// {"id": "...", "schema": "Job", "instance": {...}}, where "schema" is a file name
// without .json (or a full $id). It prints one JSON list of
// {"id": "...", "valid": true|false, "errors": [{"path": "/job/status", "message": "..."}]}.
//
// Every schema is checked against the draft-07 meta-schema while loading. `format` is an
// annotation, as in every validator the package supports, so the format checkers are removed.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/xeipuuv/gojsonschema"
)

type testCase struct {
	ID       string          `json:"id"`
	Schema   string          `json:"schema"`
	Instance json.RawMessage `json:"instance"`
}

type failure struct {
	Path    string `json:"path"`
	Message string `json:"message"`
}

type verdict struct {
	ID     string    `json:"id"`
	Valid  bool      `json:"valid"`
	Errors []failure `json:"errors"`
}

func fail(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "validate.go: "+format+"\n", args...)
	os.Exit(1)
}

// loadSchemas adds every schema of dir to one loader and returns a map from file stem to $id.
func loadSchemas(dir string) (*gojsonschema.SchemaLoader, map[string]string) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(files) == 0 {
		fail("no .json schemas in %s", dir)
	}
	sort.Strings(files)
	loader := gojsonschema.NewSchemaLoader()
	loader.Draft = gojsonschema.Draft7
	loader.AutoDetect = false
	loader.Validate = true
	ids := map[string]string{}
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			fail("%v", err)
		}
		var head struct {
			ID string `json:"$id"`
		}
		if err := json.Unmarshal(raw, &head); err != nil || head.ID == "" {
			fail("%s: no $id", file)
		}
		if err := loader.AddSchema(head.ID, gojsonschema.NewBytesLoader(raw)); err != nil {
			fail("%s: %v", file, err)
		}
		ids[strings.TrimSuffix(filepath.Base(file), ".json")] = head.ID
	}
	return loader, ids
}

// pointer turns gojsonschema's context ((root), job, metadata, flow, 0, status) into the JSON
// pointer /job/metadata/flow/0/status. A NUL delimiter keeps keys holding "." intact.
func pointer(context *gojsonschema.JsonContext) string {
	parts := strings.Split(context.String("\x00"), "\x00")[1:]
	var out strings.Builder
	for _, p := range parts {
		out.WriteString("/" + strings.ReplaceAll(strings.ReplaceAll(p, "~", "~0"), "/", "~1"))
	}
	return out.String()
}

func main() {
	dir := flag.String("schemas", "", "directory of draft-07 schema files")
	flag.Parse()
	if *dir == "" {
		fail("-schemas is required")
	}
	// An empty chain knows no format, and gojsonschema passes every unknown format.
	gojsonschema.FormatCheckers = gojsonschema.FormatCheckerChain{}

	var input io.Reader = os.Stdin
	if path := flag.Arg(0); path != "" && path != "-" {
		file, err := os.Open(path)
		if err != nil {
			fail("%v", err)
		}
		defer file.Close()
		input = file
	}
	var cases []testCase
	if err := json.NewDecoder(input).Decode(&cases); err != nil {
		fail("reading cases: %v", err)
	}

	loader, ids := loadSchemas(*dir)
	compiled := map[string]*gojsonschema.Schema{}
	verdicts := make([]verdict, 0, len(cases))
	for _, c := range cases {
		id, ok := ids[c.Schema]
		if !ok {
			id = c.Schema
		}
		schema, ok := compiled[id]
		if !ok {
			var err error
			schema, err = loader.Compile(gojsonschema.NewReferenceLoader(id))
			if err != nil {
				fail("case %q: schema %q: %v", c.ID, c.Schema, err)
			}
			compiled[id] = schema
		}
		result, err := schema.Validate(gojsonschema.NewBytesLoader(c.Instance))
		if err != nil {
			fail("case %q: %v", c.ID, err)
		}
		errors := []failure{}
		for _, e := range result.Errors() {
			errors = append(errors, failure{Path: pointer(e.Context()), Message: e.Description()})
		}
		verdicts = append(verdicts, verdict{ID: c.ID, Valid: result.Valid(), Errors: errors})
	}
	var out bytes.Buffer
	encoder := json.NewEncoder(&out)
	encoder.SetEscapeHTML(false)
	if err := encoder.Encode(verdicts); err != nil {
		fail("%v", err)
	}
	os.Stdout.Write(out.Bytes())
}
