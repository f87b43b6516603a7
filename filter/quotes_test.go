package filter

import "testing"

// TestTypographicQuotes: PowerShell's typographic quotes (‘ ’ ‚ ‛ for ',
// “ ” „ for ") quote values as the ASCII ones do, a doubled quote of the
// same kind stands for itself, and a quote of the other kind is text.
func TestTypographicQuotes(t *testing.T) {
	tests := []struct {
		filter, value string
	}{
		{"Department -eq “Sales”", "Sales"},
		{"Department -eq ‘Sales’", "Sales"},
		{"Department -eq „Sales“", "Sales"},
		{"Department -eq ‚Sales‛", "Sales"},
		{"Department -eq 'Sales’", "Sales"},
		{"Department -eq “Sales\"", "Sales"},
		{"Department -eq ‘it’’s’", "it’s"},
		{"Department -eq “say ‘hi’”", "say ‘hi’"},
		{"Department -eq ‘“x”’", "“x”"},
		{"{Department -eq “Sales”}", "Sales"},
		{"Department -eq “a`”b”", "a”b"}, // a backtick escapes a typographic quote too
	}
	for _, tt := range tests {
		e, err := Parse(tt.filter)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.filter, err)
			continue
		}
		if e.Kind != Compare || e.Value.Kind != Quoted || e.Value.Text != tt.value {
			t.Errorf("Parse(%q) value %q (kind %v), want quoted %q", tt.filter, e.Value.Text, e.Value.Kind, tt.value)
		}
	}
	p, err := Compile("Department -eq “Sales” -and Name -like ‘R*’", testSchema())
	if err != nil {
		t.Fatal(err)
	}
	if !p.Match(bag{"Department": "Sales", "Name": "Rand"}, bagGet) {
		t.Error("typographic quotes compiled to a filter that does not match")
	}
	if _, err := Parse("Department -eq “Sales"); err == nil || err.(*Error).Detail != `the string is missing its terminator "` {
		t.Errorf("unterminated “: %v", err)
	}
}
