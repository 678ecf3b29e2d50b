//go:build ignore

// Command validate checks a batch of instances against the draft-07 schemas of this module
// (read through its API, as a user of the module would) with github.com/xeipuuv/gojsonschema.
// It is not part of the module (the build tag keeps gojsonschema out of its dependencies); the
// tests build it in GOPATH mode with Debian's golang-github-xeipuuv-gojsonschema-dev.
//
// Usage:
//
//	go run validate.go [CASES]
//
// CASES is a JSON file (or "-"/nothing for stdin) holding a list of
// {"id": "...", "schema": "Job", "instance": {...}}, where "schema" is a file name
// without .json (or a full $id). It prints one JSON list of
// {"id": "...", "valid": true|false, "errors": [{"path": "/job/status", "message": "..."}]}.
//
// Every schema is checked against the draft-07 meta-schema while loading. `format` is an
// annotation, as in every validator the package supports, so the format checkers are removed.
//
// A number beyond the double range (1e400) is not a number for ajv and the Python validators;
// gojsonschema reads numbers as big.Rat and would accept it. So an instance holding one is
// refused before validation, with an error at its pointer: the same verdict wherever the schema
// asks for a type, stricter where it asks for none (a value of an open object).
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"

	schemas "github.com/scenario-api/scenario-api/packages/schemas-go"
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

// loadSchemas adds every draft-07 schema of the module to one loader, by its $id.
func loadSchemas() *gojsonschema.SchemaLoader {
	loader := gojsonschema.NewSchemaLoader()
	loader.Draft = gojsonschema.Draft7
	loader.AutoDetect = false
	loader.Validate = true
	for _, name := range append(schemas.Names(), schemas.Bundle) {
		raw, err := schemas.Schema("draft-07", name)
		if err != nil {
			fail("%v", err)
		}
		id, err := schemas.ID("draft-07", name)
		if err != nil {
			fail("%v", err)
		}
		if err := loader.AddSchema(id, gojsonschema.NewBytesLoader(raw)); err != nil {
			fail("%s: %v", name, err)
		}
	}
	return loader
}

// beyondDouble returns the pointer of the first number in the JSON text that overflows a
// float64, or "" if there is none.
func beyondDouble(raw []byte) (string, error) {
	decoder := json.NewDecoder(bytes.NewReader(raw))
	decoder.UseNumber()
	var value interface{}
	if err := decoder.Decode(&value); err != nil {
		return "", err
	}
	var walk func(node interface{}, at string) (string, bool)
	walk = func(node interface{}, at string) (string, bool) {
		switch v := node.(type) {
		case json.Number:
			f, err := strconv.ParseFloat(string(v), 64)
			return at, err != nil && math.IsInf(f, 0)
		case []interface{}:
			for i, item := range v {
				if p, found := walk(item, at+"/"+strconv.Itoa(i)); found {
					return p, true
				}
			}
		case map[string]interface{}:
			keys := make([]string, 0, len(v))
			for k := range v {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				if p, found := walk(v[k], at+"/"+strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1")); found {
					return p, true
				}
			}
		}
		return "", false
	}
	at, _ := walk(value, "")
	return at, nil
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
	flag.Parse()
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

	loader := loadSchemas()
	compiled := map[string]*gojsonschema.Schema{}
	verdicts := make([]verdict, 0, len(cases))
	for _, c := range cases {
		id := c.Schema
		if !strings.Contains(id, "/") {
			var err error
			if id, err = schemas.ID("draft-07", c.Schema); err != nil {
				fail("case %q: %v", c.ID, err)
			}
		}
		at, err := beyondDouble(c.Instance)
		if err != nil {
			fail("case %q: %v", c.ID, err)
		}
		if at != "" {
			verdicts = append(verdicts, verdict{ID: c.ID, Valid: false, Errors: []failure{{Path: at, Message: "is a number beyond the range of a double"}}})
			continue
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
