package repl

import (
	"testing"

	"github.com/psh-project/psh/shell"
)

// TestContinuation pins which entries make the REPL ask for more lines.
func TestContinuation(t *testing.T) {
	sh, err := shell.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		src  string
		more bool
	}{
		{"Write-Output 1\n", false},
		{"if ($true) {\n", true},
		{"'open quote\n", true},
		{"\"open quote\n", true},
		{"@\"\nhere-string\n", true},
		{"@'\nhere-string\n", true},
		{"1..3 |\n", true},
		{"Write-Output a `\n", true},
		{"Write-Output a ``\n", false},
		{"Write-Output a `\nb\n", false},
		{"function f {\n 'x'\n}\n", false},
		{"$x = @(\n", true},
		{"1 +\n", true},
		{")\n", false},
	}
	for _, tt := range tests {
		if got := needsMore(sh, tt.src); got != tt.more {
			t.Errorf("needsMore(%q) = %v, want %v", tt.src, got, tt.more)
		}
	}
}
