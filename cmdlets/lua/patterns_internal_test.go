package lua

import "testing"

// TestPatternRepeats pins how the guard counts a pattern's unbounded
// repetitions: sets, escapes, %b and %f are one item each, ? is bounded,
// an unanchored start counts one, and malformed patterns do not panic.
func TestPatternRepeats(t *testing.T) {
	tests := []struct {
		pattern string
		want    int
	}{
		{"", 1},
		{"^", 0},
		{"^%s*(.-)%s*$", 3},
		{".-.-.-.-.-.-.-.-b", 9},
		{"[%]*]*x", 2},
		{"[]*]-", 2},
		{"[^]]+", 2},
		{"%b()*", 1},
		{"%f[%a]*", 1},
		{"a?b?c?", 1},
		{"%*%+%-", 1},
		{"%", 1},
		{"[%", 1},
		{"%f[", 1},
	}
	for _, tt := range tests {
		if got := patternRepeats(tt.pattern); got != tt.want {
			t.Errorf("patternRepeats(%q) = %d, want %d", tt.pattern, got, tt.want)
		}
	}
}
