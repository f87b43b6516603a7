package repl

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIsSensitive pins PSReadLine's default rule: any of its words, in any
// case, anywhere in the entry.
func TestIsSensitive(t *testing.T) {
	cases := map[string]bool{
		`$p = ConvertTo-SecureString "HistSecret!123" -AsPlainText -Force`: true,
		`New-Mailbox -Name x -Password $p`:                                 true,
		`$env:GITHUB_TOKEN = 'abc'`:                                        true,
		`Invoke-RestMethod -Headers @{ApiKey = 'k'}`:                       true,
		`Get-Secret db`:              true,
		`$PASSWORDS.Count`:           true,
		`Get-Mailbox -ResultSize 10`: false,
		`'api key'`:                  false,
	}
	for entry, want := range cases {
		if got := isSensitive(entry); got != want {
			t.Errorf("isSensitive(%q) = %v, want %v", entry, got, want)
		}
	}
}

// TestHistoryFile: the file is created 0600 in a 0700 directory, an
// existing 0644 file is tightened, secrets and repeats are not written, and
// an overlong file is trimmed to the newest entries.
func TestHistoryFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "psh")
	path := filepath.Join(dir, "history")
	h, entries := openHistory(path)
	if h == nil || len(entries) != 0 {
		t.Fatalf("openHistory on a new path = %v, %q", h, entries)
	}
	h.add("Get-Mailbox")
	h.add("Get-Mailbox")
	h.add(`$p = ConvertTo-SecureString "HistSecret!123" -AsPlainText -Force`)
	h.add("Get-User")
	h.close()
	assertMode(t, dir, 0o700)
	assertMode(t, path, 0o600)
	if data, _ := os.ReadFile(path); string(data) != "Get-Mailbox\nGet-User\n" {
		t.Errorf("history file holds %q", data)
	}

	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	h, entries = openHistory(path)
	h.close()
	assertMode(t, path, 0o600)
	if strings.Join(entries, ",") != "Get-Mailbox,Get-User" {
		t.Errorf("entries %q", entries)
	}

	// Secrets an older psh wrote leave the file, and stay in memory.
	if err := os.WriteFile(path, []byte("Get-User\n$t = 'x' # token\nGet-Mailbox\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	h, entries = openHistory(path)
	h.close()
	if data, _ := os.ReadFile(path); string(data) != "Get-User\nGet-Mailbox\n" || len(entries) != 3 {
		t.Errorf("file %q, entries %q; want the secret out of the file and in memory", data, entries)
	}
	assertMode(t, path, 0o600)

	var b strings.Builder
	for i := range historyLimit + 5 {
		fmt.Fprintf(&b, "cmd%d\n", i)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	h, entries = openHistory(path)
	h.close()
	assertMode(t, path, 0o600)
	if len(entries) != historyLimit || entries[0] != "cmd5" || len(readHistory(path)) != historyLimit {
		t.Errorf("trimmed to %d entries starting %q, file %d", len(entries), entries[0], len(readHistory(path)))
	}
}

func assertMode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := st.Mode().Perm(); got != want {
		t.Errorf("%s has mode %o, want %o", path, got, want)
	}
}
