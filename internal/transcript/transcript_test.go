package transcript

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// echoShell prints each command upper-cased, so the runner itself can be
// tested without psh.
type echoShell struct{ out io.Writer }

func (e echoShell) Run(_ context.Context, s string) error {
	_, err := io.WriteString(e.out, strings.ToUpper(s)+"\n")
	return err
}

func TestParseJoinsContinuationLines(t *testing.T) {
	header, cmds := parse("# c\nPS> a\n>> b\nout\n>> not a continuation\nPS> c\n")
	if strings.Join(header, "|") != "# c" || len(cmds) != 2 || cmds[0] != "a\nb" || cmds[1] != "c" {
		t.Fatalf("header %q cmds %q", header, cmds)
	}
}

func TestPlayAndUpdate(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "x.txt")
	if err := os.WriteFile(file, []byte("# demo\nPS> hi\nstale\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	newShell := func(t *testing.T, _ string, out io.Writer) Shell { return echoShell{out} }
	runFile(t, file, true, newShell)
	data, _ := os.ReadFile(file)
	if string(data) != "# demo\nPS> hi\nHI\n" {
		t.Fatalf("updated file %q", data)
	}
	var buf bytes.Buffer
	if got := play(echoShell{&buf}, string(data), dir, &buf); got != string(data) {
		t.Fatalf("replay %q", got)
	}
	if d := diff("a\nb\n", "a\nc\n"); !strings.Contains(d, "- b\n+ c") {
		t.Fatalf("diff %q", d)
	}
}
