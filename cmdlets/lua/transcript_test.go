package lua_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/cmdlets/lua"
	"github.com/psh-project/psh/shell"
	"github.com/rogpeppe/go-internal/txtar"
)

var update = flag.Bool("update", false, "rewrite the transcripts in testdata with the actual output")

// TestTranscripts runs testdata/*.txtar. Each archive holds .lua module
// files, written to a fresh directory the shell starts in, and a file
// named "transcript": "PS> " lines (">> " lines continue them), each
// followed by the exact output, stdout and stderr interleaved.
func TestTranscripts(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no transcripts: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			runTranscript(t, file)
		})
	}
}

func runTranscript(t *testing.T, file string) {
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var script []byte
	ti := -1
	for i, f := range ar.Files {
		if f.Name == "transcript" {
			script, ti = f.Data, i
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if ti < 0 {
		t.Fatal("no transcript file")
	}
	var out bytes.Buffer
	sh := newShell(t, dir, &out)
	var got strings.Builder
	for _, cmd := range commands(string(script)) {
		got.WriteString("PS> " + strings.ReplaceAll(cmd, "\n", "\n>> ") + "\n")
		out.Reset()
		_ = sh.Run(context.Background(), cmd)
		got.WriteString(out.String())
	}
	if *update {
		ar.Files[ti].Data = []byte(got.String())
		if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if want := string(script); got.String() != want {
		t.Errorf("transcript mismatch (go test -update rewrites it)\n--- got\n%s--- want\n%s", got.String(), want)
	}
}

// commands splits a transcript into its commands.
func commands(script string) []string {
	var cmds []string
	for _, line := range strings.SplitAfter(script, "\n") {
		line = strings.TrimSuffix(line, "\n")
		switch {
		case strings.HasPrefix(line, "PS> "):
			cmds = append(cmds, line[4:])
		case strings.HasPrefix(line, ">> ") && len(cmds) > 0:
			cmds[len(cmds)-1] += "\n" + line[3:]
		}
	}
	return cmds
}

func newShell(t testing.TB, dir string, out *bytes.Buffer, opts ...lua.Option) *shell.Shell {
	t.Helper()
	sh, err := shell.New(shell.WithModule(core.Module()), shell.WithModule(lua.Module(opts...)),
		shell.WithStdio(strings.NewReader(""), out, out), shell.WithDir(dir), shell.WithCmdlet("Get-Widget", newWidgets))
	if err != nil {
		t.Fatal(err)
	}
	return sh
}
