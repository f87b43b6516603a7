package interp

import (
	"strings"
	"testing"

	"github.com/psh-project/psh/shell/syntax"
)

// TestCompileIsLinear: nested @( ), $( ), "$( )" and ( ) compile each
// primary expression once. Before, a pipeline compiled its leading
// expression twice (as a value and as a producer), so 25 levels of @(
// took 2^25 steps (issue 13).
func TestCompileIsLinear(t *testing.T) {
	const depth = 16 // 2^16 primaries when compiled twice per level: fails fast
	for _, tc := range []struct{ open, close string }{
		{"@(", ")"}, {"$(", ")"}, {`"$(`, `)"`}, {"(", ")"}, {"@(1; ", ")"}, {"if ($false) { @(", ") }"},
	} {
		text := strings.Repeat(tc.open, depth) + "1" + strings.Repeat(tc.close, depth)
		sb, err := syntax.Parse("", text)
		if err != nil {
			t.Fatalf("%s: %v", tc.open, err)
		}
		c := &compiler{src: newSource("", text), in: New(Config{})}
		c.scriptBody(sb, text, nil, false)
		if c.primaries > 3*depth {
			t.Errorf("%s x %d: compiled %d primaries, want at most %d", tc.open, depth, c.primaries, 3*depth)
		}
	}
}
