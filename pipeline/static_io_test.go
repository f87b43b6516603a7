package pipeline

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// envSession is a Session with a location and an environment; the other
// methods are not used by the statics.
type envSession struct {
	Session
	dir string
	env map[string]string
}

func (s *envSession) Dir() string            { return s.dir }
func (s *envSession) Getenv(k string) string { return s.env[k] }
func (s *envSession) LookupEnv(k string) (string, bool) {
	v, ok := s.env[k]
	return v, ok
}
func (s *envSession) Setenv(k, v string) error { s.env[k] = v; return nil }
func (s *envSession) Unsetenv(k string) error  { delete(s.env, k); return nil }
func (s *envSession) Environ() []string {
	var out []string
	for k, v := range s.env {
		out = append(out, k+"="+v)
	}
	sort.Strings(out)
	return out
}

func staticCall(t *testing.T, s Session, typ, m string, args ...any) (any, error) {
	t.Helper()
	ti, ok := LookupType(typ)
	if !ok {
		t.Fatalf("no type %s", typ)
	}
	return ti.CallStaticIn(s, m, args)
}

func TestFileStatics(t *testing.T) {
	dir := t.TempDir()
	s := &envSession{dir: dir, env: map[string]string{}}
	steps := []struct {
		typ, m string
		args   []any
		want   string
	}{
		{"IO.File", "WriteAllText", []any{"a.txt", "one\r\ntwo\n"}, ""},
		{"System.IO.File", "Exists", []any{filepath.Join(dir, "a.txt")}, "True"},
		{"IO.File", "Exists", []any{"nope.txt"}, "False"},
		{"IO.File", "Exists", []any{nil}, "False"},
		{"IO.File", "ReadAllLines", []any{"a.txt"}, "[one|two]"},
		{"IO.File", "AppendAllText", []any{"a.txt", "three"}, ""},
		{"IO.File", "ReadAllText", []any{"a.txt"}, "one\r\ntwo\nthree"},
		{"IO.File", "WriteAllLines", []any{"b.txt", []any{"x", int32(1)}}, ""},
		{"IO.File", "ReadAllText", []any{"b.txt"}, "x\n1\n"},
		{"IO.File", "Copy", []any{"b.txt", "a.txt", true}, ""},
		{"IO.File", "ReadAllText", []any{"a.txt"}, "x\n1\n"},
		{"IO.File", "Delete", []any{"b.txt"}, ""},
		{"IO.File", "Delete", []any{"b.txt"}, ""},
		{"IO.File", "Exists", []any{"b.txt"}, "False"},
		{"IO.Directory", "CreateDirectory", []any{"d/e"}, filepath.Join(dir, "d", "e")},
		{"IO.Directory", "Exists", []any{"d"}, "True"},
		{"IO.Directory", "Exists", []any{"a.txt"}, "False"},
		{"IO.File", "WriteAllText", []any{"d/e/c.log", ""}, ""},
		{"IO.Directory", "GetFiles", []any{dir}, "[" + dir + "/a.txt]"},
		{"IO.Directory", "GetFiles", []any{"d", "*.log", "AllDirectories"}, "[d/e/c.log]"},
		{"IO.Directory", "GetFiles", []any{".", "*.txt"}, "[./a.txt]"},
		{"IO.Directory", "GetDirectories", []any{"d"}, "[d/e]"},
		{"IO.Directory", "GetCurrentDirectory", nil, dir},
	}
	for _, st := range steps {
		got, err := staticCall(t, s, st.typ, st.m, st.args...)
		if err != nil || show(got) != st.want {
			t.Errorf("[%s]::%s(%v) = %q, %v; want %q", st.typ, st.m, st.args, show(got), err, st.want)
		}
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "a.txt")); string(data) != "x\n1\n" {
		t.Errorf("a.txt holds %q", data)
	}
}

func TestFileStaticErrors(t *testing.T) {
	dir := t.TempDir()
	s := &envSession{dir: dir, env: map[string]string{}}
	if err := os.WriteFile(filepath.Join(dir, "f"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	errs := []struct {
		s         Session
		typ, m    string
		args      []any
		want, exc string
	}{
		{s, "IO.File", "ReadAllText", []any{"x/y"}, "Could not find a part of the path '" + dir + "/x/y'.", "System.IO.DirectoryNotFoundException"},
		{s, "IO.File", "ReadAllText", []any{"y"}, "Could not find file '" + dir + "/y'.", "System.IO.FileNotFoundException"},
		{s, "IO.File", "ReadAllText", []any{"."}, "Access to the path '" + dir + "' is denied.", "System.UnauthorizedAccessException"},
		{s, "IO.File", "Copy", []any{"f", "f"}, "The file '" + dir + "/f' already exists.", "System.IO.IOException"},
		{s, "IO.File", "Copy", []any{"g", "h"}, "Could not find file '" + dir + "/g'.", "System.IO.FileNotFoundException"},
		{s, "IO.File", "ReadAllText", []any{""}, "The value cannot be an empty string. (Parameter 'path')", "System.ArgumentException"},
		{s, "IO.Directory", "GetFiles", []any{"none"}, "Could not find a part of the path '" + dir + "/none'.", "System.IO.DirectoryNotFoundException"},
		{s, "IO.Directory", "CreateDirectory", []any{"f"}, "The file '" + dir + "/f' already exists.", "System.IO.IOException"},
		{nil, "IO.File", "ReadAllText", []any{"f"}, "psh: the relative path 'f' needs a session location.", "System.InvalidOperationException"},
	}
	for _, tt := range errs {
		_, err := staticCall(t, tt.s, tt.typ, tt.m, tt.args...)
		ve, ok := err.(*ValueError)
		if !ok {
			t.Errorf("[%s]::%s(%v): %v is not a ValueError", tt.typ, tt.m, tt.args, err)
			continue
		}
		want := "Exception calling \"" + tt.m + "\" with \"" + itoa(len(tt.args)) + "\" argument(s): \"" + tt.want + "\""
		inner, _ := ve.Err.(*DotNetException)
		if ve.ID != "MethodInvocationException" || ve.Message != want || inner == nil || inner.TypeName != tt.exc {
			t.Errorf("[%s]::%s(%v):\n got %s %s (%v)\nwant %s (%s)", tt.typ, tt.m, tt.args, ve.ID, ve.Message, ve.Err, want, tt.exc)
		}
	}
	if _, err := staticCall(t, s, "IO.File", "Frob"); err == nil || !strings.Contains(err.Error(), "[System.IO.File] does not contain a method named 'Frob'") {
		t.Errorf("Frob: %v", err)
	}
	if _, err := staticCall(t, s, "IO.File", "ReadAllText"); err == nil || err.Error() != `Cannot find an overload for "ReadAllText" and the argument count: "0".` {
		t.Errorf("ReadAllText(): %v", err)
	}
}

func TestSearchPattern(t *testing.T) {
	tests := []struct {
		pat, name string
		want      bool
	}{
		{"*", "a", true}, {"*.*", "noext", true}, {"*.txt", "a.txt", true}, {"*.txt", "a.TXT", false},
		{"a?c", "abc", true}, {"[a]", "[a]", true}, {"[a]", "a", false}, {"", "a", false},
	}
	for _, tt := range tests {
		if got := matchSearchPattern(tt.pat, tt.name); got != tt.want {
			t.Errorf("matchSearchPattern(%q, %q) = %v", tt.pat, tt.name, got)
		}
	}
}
