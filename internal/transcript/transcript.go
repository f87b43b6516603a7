package transcript

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// Shell is what a transcript runs commands in.
type Shell interface {
	Run(ctx context.Context, script string) error
}

// NewShell makes the shell for one transcript: dir is its fresh location
// (and HOME), out receives its stdout and stderr.
type NewShell func(t *testing.T, dir string, out io.Writer) Shell

// Run runs every file matching pattern as a subtest.
func Run(t *testing.T, pattern string, update bool, newShell NewShell) {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("no transcripts match %s: %v", pattern, err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
		t.Run(name, func(t *testing.T) { runFile(t, file, update, newShell) })
	}
}

func runFile(t *testing.T, file string, update bool, newShell NewShell) {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	script, save := string(data), func(s string) error { return os.WriteFile(file, []byte(s), 0o644) }
	if strings.HasSuffix(file, ".txtar") {
		script, save, err = unpack(file, dir)
		if err != nil {
			t.Fatal(err)
		}
	}
	var out bytes.Buffer
	sh := newShell(t, dir, &out)
	got := play(sh, script, dir, &out)
	if update {
		if err := save(got); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got != script {
		t.Errorf("%s: transcript differs (go test -run %s -update rewrites it)\n%s", file, t.Name(), diff(script, got))
	}
}

// unpack writes a txtar's fixtures to dir and returns its transcript and
// how to save a new one.
func unpack(file, dir string) (string, func(string) error, error) {
	ar, err := txtar.ParseFile(file)
	if err != nil {
		return "", nil, err
	}
	idx := -1
	for i, f := range ar.Files {
		if f.Name == "transcript" {
			idx = i
			continue
		}
		p := filepath.Join(dir, f.Name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return "", nil, err
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			return "", nil, err
		}
	}
	if idx < 0 {
		return "", nil, os.ErrNotExist
	}
	save := func(s string) error {
		ar.Files[idx].Data = []byte(s)
		return os.WriteFile(file, txtar.Format(ar), 0o644)
	}
	return string(ar.Files[idx].Data), save, nil
}

// play runs each command of the transcript and returns the transcript as
// it should read: comment lines before the first command, then each
// command and the output it printed (the temp dir shown as $TMP).
func play(sh Shell, script, dir string, out *bytes.Buffer) string {
	header, cmds := parse(script)
	var b strings.Builder
	for _, h := range header {
		b.WriteString(h + "\n")
	}
	for _, cmd := range cmds {
		b.WriteString("PS> " + strings.ReplaceAll(cmd, "\n", "\n>> ") + "\n")
		out.Reset()
		_ = sh.Run(context.Background(), cmd)
		text := strings.TrimRight(strings.ReplaceAll(out.String(), dir, "$TMP"), "\n")
		if text != "" {
			b.WriteString(text + "\n")
		}
	}
	return b.String()
}

// parse splits a transcript into its leading comment lines and its
// commands (continuation lines joined with newlines).
func parse(script string) (header, cmds []string) {
	inOutput := false
	for _, line := range strings.Split(strings.TrimRight(script, "\n"), "\n") {
		switch {
		case strings.HasPrefix(line, "PS> "):
			cmds = append(cmds, line[4:])
			inOutput = false
		case len(cmds) > 0 && !inOutput && strings.HasPrefix(line, ">> "):
			cmds[len(cmds)-1] += "\n" + line[3:]
		case len(cmds) == 0:
			header = append(header, line)
		default:
			inOutput = true
		}
	}
	return header, cmds
}

// diff shows the first differing line of want and got with context.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			start := max(0, i-3)
			var b strings.Builder
			for j := start; j < i && j < len(w); j++ {
				b.WriteString("  " + w[j] + "\n")
			}
			b.WriteString("- " + wl + "\n+ " + gl + "\n")
			return b.String()
		}
	}
	return ""
}
