package schemas

import (
	"encoding/json"
	"io"
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
	for _, dialect := range Dialects() {
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
			id, err := ID(dialect, name)
			if err != nil {
				t.Fatalf("ID(%q, %q): %v", dialect, name, err)
			}
			if head.ID != id || head.Schema != wantSchema[dialect] || !strings.HasSuffix(id, "/"+dialect+"/"+name+".json") {
				t.Errorf("%s/%s.json: $id %q, $schema %q; ID() = %q, want $schema %q", dialect, name, head.ID, head.Schema, id, wantSchema[dialect])
			}
		}
	}
}

func TestFSHoldsExactlyTheNamedFiles(t *testing.T) {
	for _, dialect := range Dialects() {
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

func TestDialectsIsACopy(t *testing.T) {
	got := Dialects()
	got[0] = "draft-04"
	if again := Dialects(); again[0] != "2020-12" || again[1] != "draft-07" || len(again) != 2 {
		t.Fatalf("Dialects() after changing a returned slice = %q, want [2020-12 draft-07]", again)
	}
	if len(Names()) == 0 {
		t.Fatal("Names() is empty after changing a returned slice")
	}
}

func TestUnknownChoicesNameTheValidOnes(t *testing.T) {
	cases := []struct{ dialect, name, want string }{
		{"draft-04", "Job", "choose one of 2020-12, draft-07"},
		{"draft07", "Job", "unknown dialect \"draft07\""},
		{"2020-12", "Jobb", "ApiError, AssetKind"},
		{"draft-07", "../go.mod", "choose one of"},
	}
	for _, c := range cases {
		_, err := Schema(c.dialect, c.name)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Schema(%q, %q) error = %v, want it to contain %q", c.dialect, c.name, err, c.want)
		}
		id, err := ID(c.dialect, c.name)
		if err == nil || id != "" || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ID(%q, %q) = %q, %v; want an error containing %q", c.dialect, c.name, id, err, c.want)
		}
	}
}

func TestOpenServesEveryFileByItsID(t *testing.T) {
	for _, dialect := range Dialects() {
		for _, name := range append(Names(), Bundle) {
			id, _ := ID(dialect, name)
			want, _ := Schema(dialect, name)
			for _, url := range []string{id, id + "#", id + "#/properties"} {
				file, err := Open(url)
				if err != nil {
					t.Fatalf("Open(%q): %v", url, err)
				}
				got, err := io.ReadAll(file)
				file.Close()
				if err != nil || string(got) != string(want) {
					t.Fatalf("Open(%q) read %d bytes (%v), want the %d bytes of %s/%s.json", url, len(got), err, len(want), dialect, name)
				}
			}
		}
	}
}

func TestOpenRefusesWhatIsNotEmbedded(t *testing.T) {
	id, _ := ID("draft-07", "Job")
	for _, url := range []string{
		strings.Replace(id, "Job.json", "Jobb.json", 1),
		strings.Replace(id, "https:", "http:", 1),
		"https://json-schema.org/draft-07/schema",
		"Job.json",
		"",
	} {
		if file, err := Open(url); err == nil || !strings.Contains(err.Error(), "no embedded schema has the $id") {
			t.Errorf("Open(%q) = %v, %v; want an error saying no embedded schema has that $id", url, file, err)
		}
	}
}
