package format

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWrapLines(t *testing.T) {
	tests := []struct {
		s     string
		width int
		want  []string
	}{
		{"abcdefg", 3, []string{"abc", "def", "g"}},
		{"ab cd ef", 5, []string{"ab cd", "ef"}},
		{"one two  three", 6, []string{"one", "two", "three"}},
		{"哇哇哇", 3, []string{"哇", "哇", "哇"}},
		{"哇", 1, []string{"哇"}},
		{"a\nbcd", 2, []string{"a", "bc", "d"}},
		{"", 4, []string{""}},
	}
	for _, tt := range tests {
		if got := wrapLines(tt.s, tt.width); !cmp.Equal(got, tt.want) {
			t.Errorf("wrapLines(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
		}
	}
}

// TestWrapLinesLongValue wraps a long value into many narrow lines; every
// character must survive and every line must fit.
func TestWrapLinesLongValue(t *testing.T) {
	s := strings.Repeat("ab哇", 20000)
	lines := wrapLines(s, 4)
	if got := strings.Join(lines, ""); got != s {
		t.Fatalf("wrapping lost text: %d bytes in, %d out", len(s), len(got))
	}
	for i, l := range lines {
		if displayWidth(l) > 4 {
			t.Fatalf("line %d %q is wider than 4 cells", i, l)
		}
	}
}
