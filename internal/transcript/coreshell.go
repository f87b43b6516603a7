package transcript

import (
	"io"
	"testing"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/shell"
)

// NewCoreShell returns the shell the core transcripts run in: the core
// module, located in dir (also its HOME), PSH_TEST=1 in its environment,
// 80 columns wide, file-system and host access granted, writing to out and
// errOut; opts add to that.
func NewCoreShell(t testing.TB, dir string, out, errOut io.Writer, opts ...shell.Option) *shell.Shell {
	t.Helper()
	base := []shell.Option{shell.WithStdio(nil, out, errOut), shell.WithModule(core.Module()),
		shell.WithFileSystem(true), shell.WithHostEnvironment(true),
		shell.WithDir(dir), shell.WithEnv([]string{"HOME=" + dir, "PSH_TEST=1"}), shell.WithWidth(80)}
	sh, err := shell.New(append(base, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return sh
}

// CoreShell is a NewShell that makes NewCoreShell's shell.
func CoreShell(t *testing.T, dir string, out io.Writer) Shell { return NewCoreShell(t, dir, out, out) }
