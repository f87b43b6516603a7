package shell_test

import (
	"flag"
	"io"
	"testing"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/internal/transcript"
	"github.com/psh-project/psh/shell"
)

var update = flag.Bool("update", false, "rewrite transcript files with the actual output")

// TestTranscripts runs testdata/transcripts/*.txt: the language core as a
// user sees it (see package internal/transcript for the format).
func TestTranscripts(t *testing.T) {
	transcript.Run(t, "testdata/transcripts/*.txt", *update, func(t *testing.T, dir string, out io.Writer) transcript.Shell {
		sh, err := shell.New(shell.WithStdio(nil, out, out), shell.WithModule(core.Module()), shell.WithFileSystem(true), shell.WithHostEnvironment(true),
			shell.WithDir(dir), shell.WithEnv([]string{"HOME=" + dir, "PSH_TEST=1"}), shell.WithWidth(80))
		if err != nil {
			t.Fatal(err)
		}
		return sh
	})
}
