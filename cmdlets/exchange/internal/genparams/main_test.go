package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckedInTableIsCurrent: paramtable_gen.go is what the generator
// makes of the reference table beside the repository (run go generate in
// cmdlets/exchange when this fails).
func TestCheckedInTableIsCurrent(t *testing.T) {
	tsv := filepath.Join("..", "..", "..", "..", "..", "shared", "reference", "exchange-parameters.tsv")
	f, err := os.Open(tsv)
	if err != nil {
		if os.Getenv("CI") == "" {
			t.Skipf("no reference table beside the repository: %v", err)
		}
		t.Fatal(err)
	}
	defer f.Close()
	got, err := generate(f)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "paramtable_gen.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("paramtable_gen.go is stale: run go generate in cmdlets/exchange")
	}
}

// TestGenerateRejectsBadTables: a table without the needed columns, or
// with a short row, is an error naming what is wrong.
func TestGenerateRejectsBadTables(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", "empty table"},
		{"cmdlet\tparameter\n", `no column "type" in the header`},
	} {
		_, err := generate(strings.NewReader(tt.in))
		if err == nil || err.Error() != tt.want {
			t.Errorf("generate(%q) = %v, want %q", tt.in, err, tt.want)
		}
	}
}
