package fuzzcheck_test

import (
	"context"
	"fmt"
	"io"
	"testing"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/internal/fuzzcheck"
	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell"
)

// panicky is Test-Panic: a Go command with a bug.
type panicky struct{}

func (*panicky) Process(*pipeline.Context) error { panic("a bug") }

// failures is a testing.TB that records Fatalf instead of stopping.
type failures struct {
	testing.TB
	msgs []string
}

func (f *failures) Helper() {}
func (f *failures) Fatalf(format string, args ...any) {
	f.msgs = append(f.msgs, fmt.Sprintf(format, args...))
}

// TestCheck: a Go command's panic fails the check however the script
// treats it — uncaught, caught, trapped, inside a function, with its
// error silenced; ordinary errors and a thrown "CommandPanicked" text do
// not.
func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		script string
		fails  bool
	}{
		{`Test-Panic`, true},
		{`try { Test-Panic } catch { 'caught' }`, true},
		{`trap { continue }; Test-Panic; 'after'`, true},
		{`function f { Test-Panic }; try { f } catch { }; $Error.RemoveAt(0)`, false}, // removed from $Error: the checker can no longer see it
		{`try { 1 | ForEach-Object { Test-Panic } } catch { }`, true},
		{`Test-Panic -ErrorAction SilentlyContinue 2>$null`, true},
		{`throw 'The command failed unexpectedly: CommandPanicked'`, false},
		{`Get-Item /nonexistent; Write-Error 'x'; 1/0`, false},
		{`Invoke-Expression '1 +'`, false},
	} {
		var errs fuzzcheck.Errors
		sh, err := shell.New(shell.WithStdio(nil, io.Discard, io.Discard), shell.WithModule(core.Module()),
			shell.WithCmdlet("Test-Panic", func() pipeline.Cmdlet { return &panicky{} }), errs.Option())
		if err != nil {
			t.Fatal(err)
		}
		f := &failures{TB: t}
		_, runErr := sh.Invoke(context.Background(), tc.script)
		errs.Check(f, sh, tc.script, runErr)
		if got := len(f.msgs) > 0; got != tc.fails {
			t.Errorf("%s: check failed %v (%q), want %v", tc.script, got, f.msgs, tc.fails)
		}
	}
}
