package lua

import (
	"strings"
	"testing"
)

// TestPatternCost pins the guard's estimate: start positions (one when
// anchored) times one more than the longest run each *, + or - item's
// class matches; sets and unknown classes count as matching anything, ?
// and %b, %f and captures add nothing, malformed patterns do not panic.
func TestPatternCost(t *testing.T) {
	text := "  hello world, 42 times  " // 25 bytes
	as := strings.Repeat("a", 1000)
	tests := []struct {
		pattern, subject string
		want             float64
	}{
		{"", text, 26},
		{"^", text, 1},
		{"^%s*(.-)%s*$", text, 3 * 26 * 3},
		{"%d+", text, 26 * 3},
		{"%D+", text, 26 * 16},
		{"%a*%W-", text, 26 * 6 * 3},
		{"[%d]*", text, 26 * 26},
		{"%%*l+", text, 26 * 1 * 3},
		{".-.-b", as, 1001 * 1001 * 1001},
		{"%b()*", as, 1001},
		{"%f[%a]*", as, 1001},
		{"a?b?", as, 1001},
		{"%", as, 1001},
		{"[%", as, 1001},
		{"%f[", as, 1001},
	}
	for _, tt := range tests {
		if got := patternCost(tt.pattern, tt.subject); got != tt.want {
			t.Errorf("patternCost(%q) = %v, want %v", tt.pattern, got, tt.want)
		}
	}
}
