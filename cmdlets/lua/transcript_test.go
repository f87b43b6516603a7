package lua_test

import (
	"flag"
	"io"
	"testing"

	"github.com/psh-project/psh/cmdlets/lua"
	"github.com/psh-project/psh/internal/transcript"
	"github.com/psh-project/psh/shell"
)

var update = flag.Bool("update", false, "rewrite the transcripts in testdata with the actual output")

// TestTranscripts runs testdata/*.txtar. Each archive holds .lua module
// files, written to a fresh directory the shell starts in, and a file
// named "transcript": "PS> " lines (">> " lines continue them), each
// followed by the exact output, stdout and stderr interleaved.
func TestTranscripts(t *testing.T) {
	transcript.Run(t, "testdata/*.txtar", *update, func(t *testing.T, dir string, out io.Writer) transcript.Shell {
		return newShell(t, dir, out)
	})
}

func newShell(t testing.TB, dir string, out io.Writer, opts ...lua.Option) *shell.Shell {
	t.Helper()
	return transcript.NewCoreShell(t, dir, out, out, shell.WithModule(lua.Module(opts...)), shell.WithCmdlet("Get-Widget", newWidgets))
}
