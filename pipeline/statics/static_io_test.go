package statics

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/psh-project/psh/internal/sessiontest"
	"github.com/psh-project/psh/pipeline"
)

// envSession is a session with a location and an environment, granted
// every capability.
func envSession(dir string, env map[string]string) *sessiontest.Session {
	s := sessiontest.New(dir)
	s.Env, s.Granted = env, true
	return s
}

func staticCall(t *testing.T, s pipeline.Session, typ, m string, args ...any) (any, error) {
	t.Helper()
	return setCall(t, Host(), s, typ, m, args...)
}

// setCall calls [typ]::m(args) on the set, failing the test when the set
// does not know typ.
func setCall(t *testing.T, set pipeline.Statics, s pipeline.Session, typ, m string, args ...any) (any, error) {
	t.Helper()
	ti, ok := pipeline.LookupType(typ)
	if !ok {
		t.Fatalf("no type %s", typ)
	}
	v, ok, err := set.CallStatic(s, ti, m, args)
	if !ok {
		t.Fatalf("the set does not know [%s]", typ)
	}
	return v, err
}

func staticGet(t *testing.T, s pipeline.Session, typ, name string) (any, error) {
	t.Helper()
	ti, ok := pipeline.LookupType(typ)
	if !ok {
		t.Fatalf("no type %s", typ)
	}
	v, ok, err := Host().GetStatic(s, ti, name)
	if !ok {
		t.Fatalf("[%s] is not a host static type", typ)
	}
	return v, err
}

// show renders a collection as [a|b], anything else as its string.
func show(v any) string {
	if v == nil || !pipeline.IsEnumerable(v) {
		return pipeline.ToString(v)
	}
	var parts []string
	for _, e := range pipeline.ToSlice(v) {
		parts = append(parts, pipeline.ToString(e))
	}
	return "[" + strings.Join(parts, "|") + "]"
}

func TestFileStatics(t *testing.T) {
	dir := t.TempDir()
	s := envSession(dir, map[string]string{})
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
	s := envSession(dir, map[string]string{})
	if err := os.WriteFile(filepath.Join(dir, "f"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	errs := []struct {
		s         pipeline.Session
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
	}
	for _, tt := range errs {
		_, err := staticCall(t, tt.s, tt.typ, tt.m, tt.args...)
		ve, ok := err.(*pipeline.ValueError)
		if !ok {
			t.Errorf("[%s]::%s(%v): %v is not a ValueError", tt.typ, tt.m, tt.args, err)
			continue
		}
		want := "Exception calling \"" + tt.m + "\" with \"" + strconv.Itoa(len(tt.args)) + "\" argument(s): \"" + tt.want + "\""
		inner, _ := ve.Err.(*pipeline.DotNetException)
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

// A session without capabilities (or none at all) reaches no file and no
// host fact; the error says what needed which capability and how the
// embedder grants it.
func TestHostStaticsNeedCapabilities(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "f"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	bare := envSession(dir, map[string]string{"USER": "u"})
	bare.Granted = false
	calls := []struct {
		typ, m string
		args   []any
		want   string
	}{
		{"IO.File", "ReadAllText", []any{filepath.Join(dir, "f")}, "[IO.File]::ReadAllText needs file-system access, which this shell does not have. The program embedding psh grants it with shell.WithFileSystem(true)."},
		{"IO.File", "Exists", []any{"f"}, "[IO.File]::Exists needs file-system access, which this shell does not have. The program embedding psh grants it with shell.WithFileSystem(true)."},
		{"IO.Directory", "GetFiles", []any{dir}, "[IO.Directory]::GetFiles needs file-system access, which this shell does not have. The program embedding psh grants it with shell.WithFileSystem(true)."},
	}
	for _, s := range []pipeline.Session{nil, bare} {
		for _, c := range calls {
			v, err := staticCall(t, s, c.typ, c.m, c.args...)
			if err == nil || err.Error() != c.want {
				t.Errorf("[%s]::%s in %T = %v, %v; want %s", c.typ, c.m, s, v, err, c.want)
			}
		}
		v, err := staticGet(t, s, "Environment", "MachineName")
		if want := "[Environment]::MachineName needs access to the host environment, which this shell does not have. The program embedding psh grants it with shell.WithHostEnvironment(true)."; err == nil || err.Error() != want {
			t.Errorf("MachineName in %T = %v, %v; want %s", s, v, err, want)
		}
	}
	if v, err := staticGet(t, bare, "Environment", "NewLine"); err != nil || v != "\n" {
		t.Errorf("NewLine needs no capability: %q, %v", v, err)
	}
	if v, err := staticCall(t, bare, "Environment", "GetEnvironmentVariable", "USER"); err != nil || v != "u" {
		t.Errorf("the session environment needs no capability: %v, %v", v, err)
	}
}
