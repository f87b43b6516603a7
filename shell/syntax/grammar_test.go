package syntax

import (
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/grammar.ebnf")

// TestGrammarGolden pins the grammar's EBNF so every grammar change shows
// in review. Regenerate with `go test -run TestGrammarGolden -update`.
func TestGrammarGolden(t *testing.T) {
	got := Grammar() + "\n"
	const path = "testdata/grammar.ebnf"
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	if got != string(want) {
		t.Errorf("grammar changed; run `go test -run TestGrammarGolden -update` and review the diff\n%s", got)
	}
}
