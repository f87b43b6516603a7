package format

import (
	"strings"
	"testing"

	"github.com/psh-project/psh/pipeline"
)

// pso builds a [pscustomobject] from name, value pairs.
func fmtObj(kv ...any) *pipeline.PSObject {
	o := pipeline.NewPSObject()
	for i := 0; i+1 < len(kv); i += 2 {
		o.Add(kv[i].(string), kv[i+1])
	}
	return o
}

// hashtable builds an @{} from key, value pairs.
func fmtHash(kv ...any) *pipeline.Hashtable {
	h := pipeline.NewHashtable()
	for i := 0; i+1 < len(kv); i += 2 {
		h.Set(kv[i], kv[i+1])
	}
	return h
}

// lines joins expected output lines, each ending in "\n".
func fmtLines(ls ...string) string {
	return strings.Join(ls, "\n") + "\n"
}

// outDefault runs vals through a Formatter (Out-String).
func outDefault(t *testing.T, width int, views *pipeline.Views, vals ...any) string {
	t.Helper()
	var b strings.Builder
	f := NewFormatter(&b, views, width)
	for _, v := range vals {
		if err := f.Write(v); err != nil {
			t.Fatalf("Write: %v", err)
		}
	}
	if err := f.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	return b.String()
}

func checkText(t *testing.T, name, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("%s:\n--- got ---\n%s--- want ---\n%s--- got (quoted) ---\n%q", name, got, want, got)
	}
}
