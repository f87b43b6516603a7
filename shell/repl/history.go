package repl

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// historyLimit is how many entries the history file and the session keep.
const historyLimit = 10000

// sensitivePattern is PSReadLine's default AddToHistoryHandler rule: an
// entry that matches it, ignoring case, is kept in the session's history
// (Up brings it back) but never written to the history file. PSReadLine
// then parses such a line and lets some back in (a line that only reads a
// variable named $token); psh keeps them all out, which is stricter.
var sensitivePattern = regexp.MustCompile(`(?i)password|asplaintext|token|apikey|secret`)

// isSensitive reports whether entry may hold a secret.
func isSensitive(entry string) bool { return sensitivePattern.MatchString(entry) }

// historyFile is the REPL's history on disk: one entry a line, readable by
// its owner only (0600), with no entry that may hold a secret.
type historyFile struct {
	f    *os.File
	last string
}

// openHistory loads the entries of the history file at path, creating it
// (and its directory, 0700) if missing, tightening its mode to 0600 if it
// was readable by others, and trimming it to the newest historyLimit
// entries. Entries with secrets that an older psh wrote are removed from
// the file (they stay in this session's memory). History is a
// convenience: when the file cannot be used, the session keeps its history
// in memory only (a nil *historyFile).
func openHistory(path string) (*historyFile, []string) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, nil
	}
	stored := readHistory(path)
	entries := stored[max(0, len(stored)-historyLimit):]
	kept := slices.DeleteFunc(slices.Clone(entries), isSensitive)
	if len(kept) != len(stored) {
		if err := rewriteHistory(path, kept); err != nil {
			return nil, entries
		}
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return nil, entries
	}
	if err := f.Chmod(0o600); err != nil {
		_ = f.Close()
		return nil, entries
	}
	h := &historyFile{f: f}
	if len(kept) > 0 {
		h.last = kept[len(kept)-1]
	}
	return h, entries
}

// readHistory returns the non-empty lines of the file at path.
func readHistory(path string) []string {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var entries []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			entries = append(entries, line)
		}
	}
	return entries
}

// rewriteHistory replaces the file at path with entries, through a
// temporary file that os.CreateTemp makes 0600.
func rewriteHistory(path string, entries []string) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".history-*")
	if err != nil {
		return err
	}
	w := bufio.NewWriter(tmp)
	for _, e := range entries {
		w.WriteString(e)
		w.WriteByte('\n')
	}
	err = w.Flush()
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		_ = os.Remove(tmp.Name())
	}
	return err
}

// add appends entry to the file unless it may hold a secret or repeats the
// previous entry. Errors are ignored: failing to save history must not
// stop the entry from running.
func (h *historyFile) add(entry string) {
	if h == nil || entry == h.last || isSensitive(entry) {
		return
	}
	if _, err := h.f.WriteString(entry + "\n"); err == nil {
		h.last = entry
	}
}

// close closes the file.
func (h *historyFile) close() {
	if h != nil {
		_ = h.f.Close()
	}
}
