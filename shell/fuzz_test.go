package shell_test

import (
	"context"
	"io"
	"testing"
	"time"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/internal/fuzzcheck"
	"github.com/psh-project/psh/shell"
)

// FuzzEval runs arbitrary scripts with a step limit: no input may panic
// the process, run forever or meet an internal error (a recovered panic of
// the interpreter, the parser or a command), even one the script catches.
// Other errors are fine.
func FuzzEval(f *testing.F) {
	for _, s := range []string{
		`1 + 2`, `$x = 1..5; $x | ForEach-Object { $_ * 2 }`, `while ($true) { $i++ }`,
		`function f($a) { f ($a + 1) }; f 1`, `"a$(1)b" -replace 'a', 'b'`, `@{a=1}.a`,
		`switch (1,2) { 1 { 'one' } default { 'd' } }`, `try { throw 'x' } catch { $_ }`,
		`[int]'42' + [double]'1.5'`, `'{0:N2}' -f 3.14159`, `1..3 | Sort-Object -Descending | Select-Object -First 1`,
		`try { 3, 1 | Sort-Object } catch { 'caught' }`, `Invoke-Expression '1 +' 2>$null`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, script string) {
		var errs fuzzcheck.Errors
		sh, err := shell.New(shell.WithStdio(nil, io.Discard, io.Discard), shell.WithModule(core.Module()),
			shell.WithStepLimit(2000), shell.WithDir(t.TempDir()), errs.Option())
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_, err = sh.Invoke(ctx, script)
		errs.Check(t, sh, script, err)
	})
}
