// Package schemas holds the JSON Schemas of the Scenario API's "Run a workflow" endpoint
// (PUT /workflows/{workflowId}/run), in JSON Schema 2020-12 and draft-07: the very files the
// npm package @scenario-api/schemas ships, with the same $ids, embedded in the binary, and Go
// types for every schema (types.go: RunWorkflowResponse, Job, JobStatus, ...) to decode a
// payload into once it is valid.
//
// The module has no dependencies; validate with the JSON Schema library you use, then decode:
//
//	var response schemas.RunWorkflowResponse
//	err := json.Unmarshal(body, &response) // response.Job.Status == schemas.JobStatusSuccess
//
// With github.com/xeipuuv/gojsonschema (draft-07), register every file by its $id, then compile
// one (an unknown name is an error from ID, never a download):
//
//	gojsonschema.FormatCheckers = gojsonschema.FormatCheckerChain{} // format is an annotation
//	loader := gojsonschema.NewSchemaLoader()
//	for _, name := range schemas.Names() {
//		raw, _ := schemas.Schema("draft-07", name)
//		id, _ := schemas.ID("draft-07", name)
//		loader.AddSchema(id, gojsonschema.NewBytesLoader(raw))
//	}
//	id, err := schemas.ID("draft-07", "RunWorkflowResponse")
//	schema, _ := loader.Compile(gojsonschema.NewReferenceLoader(id))
//	result, _ := schema.Validate(gojsonschema.NewBytesLoader(body))
//
// A validator that loads schemas through a URL opener (github.com/santhosh-tekuri/jsonschema's
// Compiler.LoadURL) can use Open, which serves every embedded file by its $id.
//
// A file refers to another by a relative $ref ("Job.json"), resolved against its $id, so
// nothing is fetched from the network. A JSON number beyond the double range (1e400) is not
// a number for the TypeScript and Python validators; gojsonschema reads numbers as big.Rat
// and accepts it, so check for such numbers yourself if your input may hold them.
package schemas

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"sync"
)

//go:embed 2020-12/*.json draft-07/*.json
var files embed.FS

// FS holds the schema files: 2020-12/<Name>.json and draft-07/<Name>.json for every name of
// Names, and each dialect's bundle of every schema, <dialect>/scenario-api.json.
var FS fs.FS = files

// dialects are the folders of files, in the order Dialects lists them.
var dialects = [...]string{"2020-12", "draft-07"}

// Dialects returns the JSON Schema dialects every schema is shipped in: "2020-12", "draft-07".
// The slice is a new copy on every call.
func Dialects() []string {
	return append([]string(nil), dialects[:]...)
}

// Bundle is the name of the file holding every schema ($defs, or definitions in draft-07).
const Bundle = "scenario-api"

// Names returns every schema name ("ApiError", ..., "Job", ..., "WorkflowStatus"), sorted.
// The bundle is not among them.
func Names() []string {
	entries, err := fs.ReadDir(files, dialects[0])
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
		return nil, fmt.Errorf("schemas: unknown dialect %q: choose one of %s", dialect, strings.Join(dialects[:], ", "))
	}
	raw, err := fs.ReadFile(files, dialect+"/"+name+".json")
	if err != nil {
		return nil, fmt.Errorf("schemas: unknown schema %q: choose one of %s (or %s)", name, strings.Join(Names(), ", "), Bundle)
	}
	return raw, nil
}

// ID returns the $id of the schema file named name (or Bundle) in dialect, the URI to register
// and compile it by, as the file itself states it:
// https://scenario-api.github.io/schemas/<dialect>/<name>.json. The error for an unknown dialect
// or name lists the valid ones, so a typo never becomes a URI a validator would try to download.
func ID(dialect, name string) (string, error) {
	raw, err := Schema(dialect, name)
	if err != nil {
		return "", err
	}
	return idOf(dialect+"/"+name+".json", raw), nil
}

// Open returns the embedded file whose $id is url (a fragment, "#...", is ignored), for
// validators that load schemas through a URL opener, such as the Compiler.LoadURL of
// github.com/santhosh-tekuri/jsonschema. Any other URL is an error: nothing is fetched.
func Open(url string) (io.ReadCloser, error) {
	if i := strings.IndexByte(url, '#'); i >= 0 {
		url = url[:i]
	}
	indexOnce.Do(indexIDs)
	path, ok := pathByID[url]
	if !ok {
		return nil, fmt.Errorf("schemas: no embedded schema has the $id %q", url)
	}
	raw, err := fs.ReadFile(files, path)
	if err != nil {
		return nil, err
	}
	return io.NopCloser(bytes.NewReader(raw)), nil
}

// idOf reads the $id a file states. The files are generated with one: a file without it is a
// broken build, not a user's mistake.
func idOf(path string, raw []byte) string {
	var head struct {
		ID string `json:"$id"`
	}
	if err := json.Unmarshal(raw, &head); err != nil || head.ID == "" {
		panic(fmt.Sprintf("schemas: embedded %s has no $id: %v", path, err))
	}
	return head.ID
}

var (
	indexOnce sync.Once
	pathByID  map[string]string
)

// indexIDs maps every embedded file's $id to its path, once, on the first Open.
func indexIDs() {
	pathByID = map[string]string{}
	for _, dialect := range dialects {
		entries, err := fs.ReadDir(files, dialect)
		if err != nil {
			panic(err) // the directory is embedded: it cannot be missing
		}
		for _, entry := range entries {
			path := dialect + "/" + entry.Name()
			raw, err := fs.ReadFile(files, path)
			if err != nil {
				panic(err)
			}
			pathByID[idOf(path, raw)] = path
		}
	}
}

func isDialect(dialect string) bool {
	for _, d := range dialects {
		if d == dialect {
			return true
		}
	}
	return false
}
