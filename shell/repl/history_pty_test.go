package repl_test

import (
	"os"
	"path/filepath"
	"testing"
)

// TestPtySecretStaysOutOfHistoryFile: in the real REPL a line holding a
// secret still comes back with Up in the session, but is not written to
// the history file, which is 0600.
func TestPtySecretStaysOutOfHistoryFile(t *testing.T) {
	home := t.TempDir()
	c := startPsh(t, home)
	c.expect(c.prompt())
	c.send("'plain' + 'line'\r")
	c.expect("plainline")
	c.expect(c.prompt())
	c.send(`$p = ConvertTo-SecureString "HistSecret!123" -AsPlainText -Force; 'se' + 'cret done'` + "\r")
	c.expect("secret done")
	c.expect(c.prompt())
	c.send("\x1b[A") // Up
	c.expect(`"HistSecret!123"`)
	c.send("\x03") // Ctrl-C clears the line
	c.expect(c.prompt())
	c.send("\x04")
	if code := c.wait(); code != 0 {
		t.Fatalf("exit code %d", code)
	}
	path := filepath.Join(home, ".local", "share", "psh", "history")
	data, err := os.ReadFile(path)
	if want := "'plain' + 'line'\n"; err != nil || string(data) != want {
		t.Fatalf("history file: %q, %v; want %q", data, err, want)
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("history file mode: %v, %v; want 0600", st.Mode(), err)
	}
}
