package statics

import (
	"testing"

	"github.com/psh-project/psh/pipeline"
)

func dotNetCall(t *testing.T, typ, m string, args ...any) (any, error) {
	t.Helper()
	return setCall(t, DotNet(), nil, typ, m, args...)
}

func TestDotNetCallStatic(t *testing.T) {
	tests := []struct {
		typ, m string
		args   []any
		want   string
	}{
		{"System.IO.Path", "GetFileName", []any{"/a/b/c.txt"}, "c.txt"},
		{"io.path", "GetExtension", []any{"/a/b/c.txt"}, ".txt"},
		{"System.IO.Path", "GetFileNameWithoutExtension", []any{"c.tar.gz"}, "c.tar"},
		{"System.IO.Path", "GetDirectoryName", []any{"/a/b/c.txt"}, "/a/b"},
		{"System.IO.Path", "Combine", []any{"a", "b", "c.txt"}, "a/b/c.txt"},
		{"System.IO.Path", "Combine", []any{"a", "/b"}, "/b"},
		{"System.IO.Path", "ChangeExtension", []any{"a/b.txt", "md"}, "a/b.md"},
		{"datetime", "ParseExact", []any{"2026-11-27", "yyyy-MM-dd"}, "11/27/2026 00:00:00"},
		{"datetime", "DaysInMonth", []any{int32(2024), int32(2)}, "29"},
		{"datetime", "IsLeapYear", []any{int32(1900)}, "False"},
		{"guid", "Parse", []any{"{12340000-0000-0000-0000-000000000000}"}, "12340000-0000-0000-0000-000000000000"},
		{"guid", "new", nil, "00000000-0000-0000-0000-000000000000"},
	}
	for _, tt := range tests {
		v, err := dotNetCall(t, tt.typ, tt.m, tt.args...)
		if err != nil {
			t.Errorf("[%s]::%s: %v", tt.typ, tt.m, err)
			continue
		}
		if got := pipeline.ToString(v); got != tt.want {
			t.Errorf("[%s]::%s%v = %q, want %q", tt.typ, tt.m, tt.args, got, tt.want)
		}
	}
}

func TestDotNetErrors(t *testing.T) {
	tests := []struct {
		typ, m string
		args   []any
		want   string
	}{
		{"datetime", "ParseExact", []any{"27.11.2026", "yyyy-MM-dd"},
			`Exception calling "ParseExact" with "2" argument(s): "String '27.11.2026' was not recognized as a valid DateTime."`},
		{"guid", "Parse", []any{"nope"},
			`Exception calling "Parse" with "1" argument(s): "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."`},
		{"datetime", "Equals", []any{"a", "b"},
			"Method invocation failed because [System.DateTime] does not contain a method named 'Equals'."},
		{"System.IO.Path", "GetFileName", nil,
			`Cannot find an overload for "GetFileName" and the argument count: "0".`},
	}
	for _, tt := range tests {
		_, err := dotNetCall(t, tt.typ, tt.m, tt.args...)
		if err == nil || err.Error() != tt.want {
			t.Errorf("[%s]::%s: error %v, want %q", tt.typ, tt.m, err, tt.want)
		}
	}
}

func TestDotNetGetStatic(t *testing.T) {
	path, _ := pipeline.LookupType("io.path")
	if v, ok, err := DotNet().GetStatic(nil, path, "DirectorySeparatorChar"); !ok || err != nil || pipeline.ToString(v) != "/" {
		t.Errorf("[IO.Path]::DirectorySeparatorChar = %v, %v, %v", v, ok, err)
	}
	g, _ := pipeline.LookupType("guid")
	if _, ok, err := DotNet().GetStatic(nil, g, "Nope"); !ok || err == nil || err.Error() != "The property 'Nope' cannot be found on type [System.Guid]." {
		t.Errorf("[guid]::Nope: %v, %v", ok, err)
	}
}

// TestChainOrder checks that each set answers only its own types and
// that a chain falls through to pipeline's (ok false) for the rest.
func TestChainOrder(t *testing.T) {
	c := Chain(Host(), DotNet())
	for _, tc := range []struct {
		typ  string
		want bool
	}{{"datetime", true}, {"io.path", true}, {"System.IO.File", true}, {"math", false}, {"int", false}} {
		ti, _ := pipeline.LookupType(tc.typ)
		if _, ok, _ := c.CallStatic(envSession("/", nil), ti, "Nope", nil); ok != tc.want {
			t.Errorf("Chain knows [%s]: %v, want %v", tc.typ, ok, tc.want)
		}
	}
	dt, _ := pipeline.LookupType("datetime")
	if _, ok, _ := Host().CallStatic(nil, dt, "Parse", []any{"2026-01-01"}); ok {
		t.Error("Host answers [datetime]; it holds only the host statics")
	}
}
