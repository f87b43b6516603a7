package exchange_test

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestExampleScripts runs examples/pop3-imap4/*.ps1 in order on a new demo
// directory, as the README tells a new user to, from a working directory
// other than the scripts' own, and checks each one's verification output.
func TestExampleScripts(t *testing.T) {
	s, _ := demoSession(t)
	dir, err := filepath.Abs("../../examples/pop3-imap4")
	if err != nil {
		t.Fatal(err)
	}
	s.line(`Set-Location '` + t.TempDir() + `'`)
	tests := []struct {
		script string
		want   []string // lines of stdout, spaces squeezed
		stderr string
	}{
		{"1-single-mailbox.ps1", []string{"Rand Zaher True True False False True", "Rand Zaher True True True True True"}, ""},
		{"2-by-ou.ps1", []string{"Fernando Apodaca True True False False True"}, ""},
		{"3-by-filter.ps1", []string{"Chris Ashton True True False False True"}, ""},
		// Fernando Apodaca (Marketing) and Gina Laureano (Engineering, WA)
		// were already switched off by the two scripts before.
		{"4-from-file.ps1", []string{"Elke Brunner True True False False True", "Hyun Rim True True False False True"},
			"WARNING: The command completed successfully but no settings of 'contoso.com/North America/Marketing/Fernando Apodaca' have been modified.\n" +
				"WARNING: The command completed successfully but no settings of 'contoso.com/North America/Engineering/Gina Laureano' have been modified.\n"},
		{"5-verify.ps1", []string{"Administrator True True False False True", "Elke Brunner True True False False True"}, ""},
	}
	for _, tt := range tests {
		out, errs := s.run(`& '` + filepath.Join(dir, tt.script) + `'`)
		if errs != tt.stderr {
			t.Errorf("%s: stderr %q, want %q", tt.script, errs, tt.stderr)
		}
		lines := map[string]bool{}
		for _, l := range strings.Split(out, "\n") {
			lines[strings.Join(strings.Fields(l), " ")] = true
		}
		for _, w := range tt.want {
			if !lines[w] {
				t.Errorf("%s: no line %q in\n%s", tt.script, w, out)
			}
		}
	}
}
