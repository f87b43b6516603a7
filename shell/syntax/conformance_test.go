package syntax

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

type confCase struct {
	ID     string `json:"id"`
	Script string `json:"script"`
}

// conformanceCases reads ../../../shared/conformance/pwsh-cases.jsonl (CI
// runs with shared/ beside the checkout); the test skips when it is absent.
func conformanceCases(t *testing.T) []confCase {
	t.Helper()
	f, err := os.Open("../../../shared/conformance/pwsh-cases.jsonl")
	if err != nil {
		t.Skip("conformance cases not found:", err)
	}
	defer f.Close()
	var cases []confCase
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var c confCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		cases = append(cases, c)
	}
	return cases
}

func TestConformanceScriptsParse(t *testing.T) {
	cases := conformanceCases(t)
	if len(cases) < 144 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		a, err := Parse("", c.Script)
		if err != nil {
			t.Errorf("%s: %v", c.ID, err)
			continue
		}
		printed := a.String()
		b, err := Parse("", printed)
		if err != nil {
			t.Errorf("%s: printed form does not parse: %v\n%s", c.ID, err, printed)
			continue
		}
		if Dump(a) != Dump(b) {
			t.Errorf("%s: round trip changed the tree\n%s", c.ID, printed)
		}
	}
}

// TestPrefixesIncomplete checks that cutting a valid script inside a
// string, brace, paren or here-string gives an incomplete error, and that
// no prefix panics or gives a non-*Error.
func TestPrefixesIncomplete(t *testing.T) {
	step := 3 // every third cut keeps the test quick; fuzzing covers the rest
	if testing.Short() {
		step = 17
	}
	for _, c := range conformanceCases(t) {
		for i := 0; i < len(c.Script); i += step {
			prefix := c.Script[:i]
			_, err := Parse("", prefix)
			if err == nil {
				continue
			}
			if _, ok := err.(*Error); !ok {
				t.Fatalf("%s[:%d]: error %T", c.ID, i, err)
			}
			if _, lexErr := tokenize("", prefix); lexErr != nil && lexErr.Incomplete && !IsIncomplete(err) {
				t.Errorf("%s[:%d] %q: open construct but not incomplete: %v", c.ID, i, prefix, err)
			}
		}
	}
}
