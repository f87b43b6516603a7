package core

import (
	"testing"
)

func TestParseDrivePath(t *testing.T) {
	cases := []struct {
		in          string
		drive, name string // drive "" means: not a drive path
	}{
		{"env:HOME", "Env", "HOME"},
		{"Env:\\HOME", "Env", "HOME"},
		{"ENV:/HOME", "Env", "HOME"},
		{"env:", "Env", ""},
		{"env:PS*", "Env", "PS*"},
		{"variable:x", "Variable", "x"},
		{"function:f", "Function", "f"},
		{"alias:gci", "Alias", "gci"},
		{`Microsoft.PowerShell.Core\Environment::HOME`, "Env", "HOME"},
		{"Environment::HOME", "Env", "HOME"},
		{"Variable::x", "Variable", "x"},
		{"env", "", ""},
		{"./env:x", "", ""},
		{"./a:b", "", ""},
		{"a:b", "", ""},
		{":x", "", ""},
		{"/tmp/env:x", "", ""},
		{"FileSystem::/tmp", "", ""},
		{"", "", ""},
	}
	for _, tc := range cases {
		dp, ok := parseDrivePath(tc.in)
		if ok != (tc.drive != "") {
			t.Errorf("parseDrivePath(%q) ok = %v", tc.in, ok)
			continue
		}
		if ok && (dp.d.name != tc.drive || dp.name != tc.name) {
			t.Errorf("parseDrivePath(%q) = %s, %q; want %s, %q", tc.in, dp.d.name, dp.name, tc.drive, tc.name)
		}
	}
}

func TestDrivePathQualified(t *testing.T) {
	dp, _ := parseDrivePath(`env:\NOPE`)
	if got := dp.qualified(); got != "Env:/NOPE" {
		t.Errorf("qualified() = %q", got)
	}
}

// FuzzParseDrivePath checks that no path panics and that a drive path's
// item name never starts with a separator.
func FuzzParseDrivePath(f *testing.F) {
	for _, s := range []string{"env:HOME", "env:", `Env:\x`, "Environment::x", "a:b", "::", "env::", ":"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		dp, ok := parseDrivePath(p)
		if !ok {
			return
		}
		if dp.d == nil {
			t.Fatalf("%q: drive path without a drive", p)
		}
		if dp.name != "" && (dp.name[0] == '/' || dp.name[0] == '\\') {
			t.Fatalf("%q: name %q starts with a separator", p, dp.name)
		}
	})
}
