// Package schemas holds the JSON Schemas of the Scenario API's "Run a workflow" endpoint
// (PUT /workflows/{workflowId}/run), in JSON Schema 2020-12 and draft-07: the very files the
// npm package @scenario-api/schemas ships, with the same $ids, embedded in the binary.
//
// The module has no dependencies; validate with the JSON Schema library you use. With
// github.com/xeipuuv/gojsonschema (draft-07), register every file by its $id, then compile one:
//
//	gojsonschema.FormatCheckers = gojsonschema.FormatCheckerChain{} // format is an annotation
//	loader := gojsonschema.NewSchemaLoader()
//	for _, name := range schemas.Names() {
//		raw, _ := schemas.Schema("draft-07", name)
//		loader.AddSchema(schemas.ID("draft-07", name), gojsonschema.NewBytesLoader(raw))
//	}
//	schema, _ := loader.Compile(gojsonschema.NewReferenceLoader(schemas.ID("draft-07", "RunWorkflowResponse")))
//	result, _ := schema.Validate(gojsonschema.NewBytesLoader(body))
//
// A file refers to another by a relative $ref ("Job.json"), resolved against its $id, so
// nothing is fetched from the network. A JSON number beyond the double range (1e400) is not
// a number for the TypeScript and Python validators; gojsonschema reads numbers as big.Rat
// and accepts it, so check for such numbers yourself if your input may hold them.
package schemas

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

//go:embed 2020-12/*.json draft-07/*.json
var files embed.FS

// FS holds the schema files: 2020-12/<Name>.json and draft-07/<Name>.json for every name of
// Names, and each dialect's bundle of every schema, <dialect>/scenario-api.json.
var FS fs.FS = files

// Dialects are the JSON Schema dialects every schema is shipped in.
var Dialects = []string{"2020-12", "draft-07"}

// Bundle is the name of the file holding every schema ($defs, or definitions in draft-07).
const Bundle = "scenario-api"

const idBase = "https://scenario-api.github.io/schemas/"

// Names returns every schema name ("ApiError", ..., "Job", ..., "WorkflowStatus"), sorted.
// The bundle is not among them.
func Names() []string {
	entries, err := fs.ReadDir(files, Dialects[0])
	if err != nil {
		panic(err) // the directory is embedded: it cannot be missing
	}
	names := make([]string, 0, len(entries))
	for _, entry := range entries {
		name := strings.TrimSuffix(entry.Name(), ".json")
		if name != Bundle && name != entry.Name() {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}

// Schema returns the bytes of the schema file named name (or Bundle) in dialect ("2020-12" or
// "draft-07"). The error for an unknown dialect or name lists the valid ones.
func Schema(dialect, name string) ([]byte, error) {
	if !isDialect(dialect) {
		return nil, fmt.Errorf("schemas: unknown dialect %q: choose one of %s", dialect, strings.Join(Dialects, ", "))
	}
	raw, err := fs.ReadFile(files, dialect+"/"+name+".json")
	if err != nil {
		return nil, fmt.Errorf("schemas: unknown schema %q: choose one of %s (or %s)", name, strings.Join(Names(), ", "), Bundle)
	}
	return raw, nil
}

// ID returns the $id of the schema file named name in dialect, the URI to register and
// compile it by: https://scenario-api.github.io/schemas/<dialect>/<name>.json.
func ID(dialect, name string) string {
	return idBase + dialect + "/" + name + ".json"
}

func isDialect(dialect string) bool {
	for _, d := range Dialects {
		if d == dialect {
			return true
		}
	}
	return false
}
