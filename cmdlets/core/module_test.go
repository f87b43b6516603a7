package core

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/psh-project/psh/pipeline"
)

func TestModuleComplete(t *testing.T) {
	m := Module()
	names := map[string]bool{}
	for _, ci := range m.Commands {
		names[strings.ToLower(ci.Name)] = true
		if ci.Help == nil || ci.Help.Synopsis == "" || len(ci.Help.Examples) == 0 {
			t.Errorf("%s: missing help", ci.Name)
		}
		meta, err := ci.Meta()
		if err != nil {
			t.Errorf("%s: %v", ci.Name, err)
			continue
		}
		for _, p := range meta.Params {
			if p.Help == "" {
				t.Errorf("%s -%s: no help tag", ci.Name, p.Name)
			}
		}
	}
	for a, target := range m.Aliases {
		if !names[strings.ToLower(target)] {
			t.Errorf("alias %s -> unknown %s", a, target)
		}
	}
	for _, a := range []string{"%", "foreach", "?", "where", "echo", "gc", "cat", "select", "sort", "ft", "fl", "gcm", "ipcsv", "epcsv", "cd", "pwd", "tee", "sleep", "compare"} {
		if _, ok := m.Aliases[a]; !ok {
			t.Errorf("missing alias %s", a)
		}
	}
	if Module() == m || &Module().Aliases == &m.Aliases {
		t.Error("Module must be fresh per call")
	}
}

func TestGetCommandAndHelp(t *testing.T) {
	s := newFakeSession(t)
	r := runP(t, s, nil, cmd("Get-Command", P("Verb", []any{"Get"}), P("Noun", []any{"C*"})))
	var got []string
	for _, o := range r.out {
		got = append(got, o.(*pipeline.CommandInfo).Name)
	}
	if strings.Join(got, ",") != "Get-ChildItem,Get-Command,Get-Content" {
		t.Errorf("gcm: %v", got)
	}
	r = runP(t, s, nil, cmd("Get-Command", V("Nope-Thing")))
	if len(r.errs) != 1 || !strings.HasPrefix(r.errs[0], "The term 'Nope-Thing' is not recognized") {
		t.Errorf("gcm missing: %q", r.errs)
	}
	r = runP(t, s, nil, cmd("Get-Help", V("gc")))
	h := strs(r.out)
	for _, want := range []string{"NAME\n    Get-Content", "SYNOPSIS\n    Gets the content", "Get-Content [[-Path] <string[]>] [-TotalCount <int>]", "Get-Content [-LiteralPath <string[]>] [-TotalCount <int>]", "[-Raw]", "[<CommonParameters>]"} {
		if !strings.Contains(h, want) {
			t.Errorf("help lacks %q:\n%s", want, h)
		}
	}
	r = runP(t, s, nil, cmd("Get-Help", V("Get-Content"), P("Parameter", "Tail")))
	if !strings.Contains(strs(r.out), "-Tail <int>\n        Read only the last N lines.") {
		t.Errorf("param help %q", strs(r.out))
	}
	r = runP(t, s, nil, cmd("Get-Help", V("Sort-Object"), P("Examples")))
	if !strings.Contains(strs(r.out), "EXAMPLE 1") {
		t.Errorf("examples %q", strs(r.out))
	}
}

func TestFilesAndMisc(t *testing.T) {
	s := newFakeSession(t)
	os.WriteFile(filepath.Join(s.Location, "a.txt"), []byte("alpha\nbeta\ngamma\n"), 0o644)
	os.Mkdir(filepath.Join(s.Location, "sub"), 0o755)
	os.WriteFile(filepath.Join(s.Location, "sub", "b.log"), []byte("x"), 0o644)
	r := runP(t, s, nil, cmd("Get-ChildItem", P("Recurse"), P("File"), P("Name")))
	if strs(r.out) != "a.txt,sub/b.log" {
		t.Errorf("gci %q", strs(r.out))
	}
	r = runP(t, s, nil, cmd("Test-Path", V("a.txt")), cmd("Select-Object", P("First", 1)))
	if strs(r.out) != "True" {
		t.Errorf("test-path %q", strs(r.out))
	}
	r = runP(t, s, nil, cmd("Join-Path", V("/tmp/"), V("x"), V("y.txt")))
	if strs(r.out) != "/tmp/x/y.txt" {
		t.Errorf("join %q", strs(r.out))
	}
	r = runP(t, s, nil, cmd("Split-Path", V("/tmp/x/y.txt"), P("Leaf")))
	if strs(r.out) != "y.txt" {
		t.Errorf("split %q", strs(r.out))
	}
	r = runP(t, s, nil, cmd("Select-String", V("^b|mm"), P("Path", []any{"a.txt"})))
	if strs(r.out) != "a.txt:2:beta,a.txt:3:gamma" {
		t.Errorf("sls %q", strs(r.out))
	}
	r = runP(t, s, []any{"one", "two"}, cmd("Select-String", V("T"), P("CaseSensitive")))
	if len(r.out) != 0 {
		t.Errorf("sls cs %q", strs(r.out))
	}
	r = runP(t, s, []any{"a", "b", "c"}, cmd("Compare-Object", V([]any{"a", "b"})))
	if strs(r.out) != "@{InputObject=c; SideIndicator==>}" {
		t.Errorf("compare %q", strs(r.out))
	}
	r = runP(t, s, ints(1, 2, 3), cmd("Tee-Object", P("Variable", "saved")))
	if v, _ := s.GetVariable("saved"); pipeline.Count(v) != 3 || len(r.out) != 3 {
		t.Errorf("tee %v", v)
	}
	r = runP(t, s, ints(1, 2, 3), cmd("Join-String", P("Separator", ",")))
	if strs(r.out) != "1,2,3" {
		t.Errorf("join-string %q", strs(r.out))
	}
	r = runP(t, s, ints(1, 1, 2, 2, 3), cmd("Get-Unique"))
	if strs(r.out) != "1,2,3" {
		t.Errorf("get-unique %q", strs(r.out))
	}
	r = runP(t, s, nil, cmd("ConvertTo-SecureString", V("hunter2"), P("AsPlainText"), P("Force")))
	if pipeline.ToString(r.out[0]) != "System.Security.SecureString" || strings.Contains(text(s, r.out), "hunter2") {
		t.Errorf("secure string leaks: %q", text(s, r.out))
	}
	s.In = strings.NewReader("ann\n")
	r = runP(t, s, nil, cmd("Read-Host", V("Name")))
	if strs(r.out) != "ann" || s.ErrOut.String() != "Name: " {
		t.Errorf("read-host %q %q", strs(r.out), s.ErrOut.String())
	}
	r = runP(t, s, nil, cmd("Get-Date", V("2024-03-05T10:20:30"), P("Format", "yyyy-MM-dd HH:mm")))
	if strs(r.out) != "2024-03-05 10:20" {
		t.Errorf("get-date %q", strs(r.out))
	}
	r = runP(t, s, nil, cmd("Get-Date", V("2024-03-05T10:20:30"), P("UFormat", "%Y/%m/%d %A")))
	if strs(r.out) != "2024/03/05 Tuesday" {
		t.Errorf("uformat %q", strs(r.out))
	}
	r = runP(t, s, []any{obj("a", int32(1))}, cmd("Get-Member", P("MemberType", []any{"NoteProperty"})))
	if len(r.out) != 1 || r.out[0].(*MemberDefinition).Definition != "int a=1" {
		t.Errorf("gm %+v", r.out)
	}
}
