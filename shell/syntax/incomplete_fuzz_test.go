package syntax

import "testing"

// FuzzIncomplete checks the incomplete-input property the REPL relies on:
// a valid script followed by an unclosed brace, paren, quote or
// here-string is "incomplete" (so the REPL asks for more), never a plain
// syntax error, never an internal parser error and never accepted.
func FuzzIncomplete(f *testing.F) {
	for _, s := range []string{
		"1 + 2", "Get-Mailbox | Set-CASMailbox -PopEnabled $false", "if ($x) { 'a' } else { 'b' }",
		"function f($a) { $a }", "$h = @{ a = 1 }", "# comment", "'quoted' ; \"double $x\"",
		"switch ($x) { 1 { 'one' } }", "@'\nraw\n'@",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if _, err := Parse("", s); err != nil {
			if IsInternal(err) {
				t.Fatalf("Parse(%q): %v", s, err)
			}
			return
		}
		for _, open := range []string{"\n{", "\n(", "\n'x", "\n\"x", "\n@'\nx", "\n@{"} {
			_, err := Parse("", s+open)
			if IsInternal(err) {
				t.Fatalf("Parse(%q): %v", s+open, err)
			}
			if err == nil || !IsIncomplete(err) {
				t.Errorf("Parse(%q): want an incomplete error, got %v", s+open, err)
			}
		}
	})
}
