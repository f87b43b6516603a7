package core_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/shell"
)

var update = flag.Bool("update", false, "rewrite transcript files with the actual output")

// TestTranscripts runs every testdata/transcripts/*.txt file. Each file is
// one session in a fresh shell whose location and HOME are a temp
// directory: lines starting with "PS> " (and following ">> " continuation
// lines) are run, and the lines after them up to the next "PS> " are the
// exact expected output (stdout and stderr interleaved, the temp directory
// written as $TMP). Lines before the first "PS> " are comments.
func TestTranscripts(t *testing.T) {
	files, err := filepath.Glob("testdata/transcripts/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no transcripts: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txt"), func(t *testing.T) {
			runTranscript(t, file)
		})
	}
}

type step struct {
	code []string
	want []string
}

func parseTranscript(data string) (header []string, steps []*step) {
	var cur *step
	for _, line := range strings.Split(strings.TrimRight(data, "\n"), "\n") {
		switch {
		case strings.HasPrefix(line, "PS> "):
			cur = &step{code: []string{line[4:]}}
			steps = append(steps, cur)
		case cur != nil && strings.HasPrefix(line, ">> ") && len(cur.want) == 0:
			cur.code = append(cur.code, line[3:])
		case cur == nil:
			header = append(header, line)
		default:
			cur.want = append(cur.want, line)
		}
	}
	return header, steps
}

// newTestShell returns a shell with the core module writing to buf, its
// location and HOME set to a fresh temp directory, 80 columns wide.
func newTestShell(t *testing.T, buf *bytes.Buffer) (*shell.Shell, string) {
	t.Helper()
	dir := t.TempDir()
	sh, err := shell.New(shell.WithStdio(nil, buf, buf), shell.WithModule(core.Module()),
		shell.WithDir(dir), shell.WithEnv([]string{"HOME=" + dir, "PSH_TEST=1"}), shell.WithWidth(80))
	if err != nil {
		t.Fatal(err)
	}
	return sh, dir
}

func runTranscript(t *testing.T, file string) {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	header, steps := parseTranscript(string(data))
	var buf bytes.Buffer
	sh, dir := newTestShell(t, &buf)
	var out strings.Builder
	for _, l := range header {
		out.WriteString(l + "\n")
	}
	for _, st := range steps {
		buf.Reset()
		_ = sh.Run(context.Background(), strings.Join(st.code, "\n"))
		got := strings.TrimRight(strings.ReplaceAll(buf.String(), dir, "$TMP"), "\n")
		want := strings.TrimRight(strings.Join(st.want, "\n"), "\n")
		if !*update && got != want {
			t.Errorf("%s\nPS> %s\n--- want:\n%s\n--- got:\n%s", file, strings.Join(st.code, "\n>> "), want, got)
		}
		out.WriteString("PS> " + strings.Join(st.code, "\n>> ") + "\n")
		if got != "" {
			out.WriteString(got + "\n")
		}
	}
	if *update {
		if err := os.WriteFile(file, []byte(out.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
