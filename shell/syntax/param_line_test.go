package syntax

import "testing"

// TestParamBlockThenStatementOnOneLine pins that a statement or a named
// block may follow param(...) on the same line, as in PowerShell.
func TestParamBlockThenStatementOnOneLine(t *testing.T) {
	for _, src := range []string{
		`function f { param($a) $a * 2 }`,
		`function f { [CmdletBinding()] param($a) process { $a } }`,
		`function f { param([switch]$s) if ($s) { 1 } else { 2 } }`,
	} {
		sb, err := Parse("", src)
		if err != nil {
			t.Errorf("Parse(%q): %v", src, err)
			continue
		}
		fd := sb.Statements[0].(*FunctionDef)
		if fd.Body.Param == nil {
			t.Errorf("Parse(%q): no param block", src)
		}
		if len(fd.Body.Statements)+len(fd.Body.Named) != 1 {
			t.Errorf("Parse(%q): want one statement or named block after param, got %d+%d", src, len(fd.Body.Statements), len(fd.Body.Named))
		}
	}
}
