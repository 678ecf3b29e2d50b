package schemas

import (
	"encoding/json"
	"io/fs"
	"strings"
	"testing"
)

func TestEveryNameHasAFileInEveryDialectWithItsID(t *testing.T) {
	names := Names()
	if len(names) < 30 {
		t.Fatalf("Names() = %d names, want the spec's component schemas (38 today)", len(names))
	}
	wantSchema := map[string]string{
		"2020-12":  "https://json-schema.org/draft/2020-12/schema",
		"draft-07": "http://json-schema.org/draft-07/schema#",
	}
	for _, dialect := range Dialects {
		for _, name := range append(names, Bundle) {
			raw, err := Schema(dialect, name)
			if err != nil {
				t.Fatalf("Schema(%q, %q): %v", dialect, name, err)
			}
			var head struct {
				Schema string `json:"$schema"`
				ID     string `json:"$id"`
			}
			if err := json.Unmarshal(raw, &head); err != nil {
				t.Fatalf("%s/%s.json does not parse: %v", dialect, name, err)
			}
			if head.ID != ID(dialect, name) || head.Schema != wantSchema[dialect] {
				t.Errorf("%s/%s.json: $id %q, $schema %q; want %q, %q", dialect, name, head.ID, head.Schema, ID(dialect, name), wantSchema[dialect])
			}
		}
	}
}

func TestFSHoldsExactlyTheNamedFiles(t *testing.T) {
	for _, dialect := range Dialects {
		entries, err := fs.ReadDir(FS, dialect)
		if err != nil {
			t.Fatal(err)
		}
		if len(entries) != len(Names())+1 {
			t.Errorf("%s/ has %d files, want %d (every name and the bundle)", dialect, len(entries), len(Names())+1)
		}
	}
}

func TestNamesAreSortedAndExcludeTheBundle(t *testing.T) {
	names := Names()
	for i := 1; i < len(names); i++ {
		if names[i-1] >= names[i] {
			t.Fatalf("Names() not sorted at %d: %q, %q", i, names[i-1], names[i])
		}
	}
	for _, name := range names {
		if name == Bundle {
			t.Fatalf("Names() holds the bundle %q", Bundle)
		}
	}
}

func TestUnknownChoicesNameTheValidOnes(t *testing.T) {
	cases := []struct{ dialect, name, want string }{
		{"draft-04", "Job", "choose one of 2020-12, draft-07"},
		{"2020-12", "Jobb", "ApiError, AssetKind"},
		{"draft-07", "../go.mod", "choose one of"},
	}
	for _, c := range cases {
		_, err := Schema(c.dialect, c.name)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Schema(%q, %q) error = %v, want it to contain %q", c.dialect, c.name, err, c.want)
		}
	}
}
