package shell_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell"
)

// TestNonInteractivePrompts: a shell given no stdin, or made
// non-interactive, never asks: the confirmation and Read-Host fail with
// PowerShell's NonInteractive error, nothing is removed, and the script
// goes on with its next statement.
func TestNonInteractivePrompts(t *testing.T) {
	cases := map[string]func(dir string) []shell.Option{
		"no stdin": func(string) []shell.Option { return nil },
		"WithNonInteractive": func(string) []shell.Option {
			return []shell.Option{shell.WithStdio(strings.NewReader("Y\nY\n"), io.Discard, io.Discard), shell.WithNonInteractive()}
		},
	}
	for name, opts := range cases {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			var errs []string
			sh, err := shell.New(append(opts(dir), shell.WithModule(core.Module()), shell.WithFileSystem(true), shell.WithDir(dir),
				shell.WithErrorHandler(func(rec *pipeline.ErrorRecord) {
					errs = append(errs, rec.Command+": "+rec.Message())
				}))...)
			if err != nil {
				t.Fatal(err)
			}
			out, err := sh.Invoke(context.Background(), "Set-Content ./x 1; Remove-Item ./x -Confirm; $a = Read-Host 'Name'; 'after'")
			if err != nil || fmt.Sprint(out) != "[after]" {
				t.Fatalf("Invoke = %v, %v; want [after]", out, err)
			}
			const msg = "PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."
			want := fmt.Sprint([]string{"Remove-Item: " + msg, "Read-Host: " + msg})
			if fmt.Sprint(errs) != want {
				t.Errorf("errors %q, want %q", errs, want)
			}
			if _, err := os.Stat(filepath.Join(dir, "x")); err != nil {
				t.Errorf("the file was removed without an answer: %v", err)
			}
		})
	}
}
