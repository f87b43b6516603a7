package shell_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell"
)

// TestIndependentShellsConcurrently runs many Shells at once (meaningful
// under -race): each keeps its own state and output.
func TestIndependentShellsConcurrently(t *testing.T) {
	const n = 8
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var out bytes.Buffer
			sh, err := shell.New(shell.WithStdio(nil, &out, &out), shell.WithModule(core.Module()),
				shell.WithVariable("Id", i),
				shell.WithCmdlet("New-Point", func() pipeline.Cmdlet { return new(NewPoint) }))
			if err != nil {
				errs[i] = err
				return
			}
			ctx := context.Background()
			for j := 0; j < 20; j++ {
				if err := sh.Run(ctx, "$total += $Id; function f { $Id }"); err != nil {
					errs[i] = err
					return
				}
			}
			got, err := sh.Invoke(ctx, "$total; f; (1..50 | New-Point -Y $Id | Measure-Object -Property X -Sum).Sum")
			if err != nil {
				errs[i] = err
				return
			}
			want := fmt.Sprint([]any{20 * i, i, 1275})
			if fmt.Sprint(got) != want || out.Len() != 0 {
				errs[i] = fmt.Errorf("shell %d: got %v (output %q), want %v", i, got, out.String(), want)
			}
		}(i)
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

// TestCancelStopsRunningScript cancels an endless loop through the context.
func TestCancelStopsRunningScript(t *testing.T) {
	for _, script := range []string{"while ($true) {}", "for (;;) { $x++ }", "1..2147483647 | ForEach-Object { $_ } | Out-Null"} {
		sh, err := shell.New(shell.WithModule(core.Module()))
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- sh.Run(ctx, script) }()
		cancel()
		select {
		case err := <-done:
			if err == nil {
				t.Errorf("%s: Run returned nil after cancel", script)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: still running 10 s after cancel", script)
		}
		// The shell stays usable with a fresh context.
		out, err := sh.Invoke(context.Background(), "'after'")
		if err != nil || fmt.Sprint(out) != "[after]" {
			t.Errorf("%s: after cancel: %v, %v", script, out, err)
		}
	}
}

// TestDeadlineStopsInvoke stops Invoke by a deadline and reports the
// context's error.
func TestDeadlineStopsInvoke(t *testing.T) {
	sh, err := shell.New(shell.WithModule(core.Module()))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() { _, err := sh.Invoke(ctx, "while ($true) {}"); done <- err }()
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("Invoke returned nil after the deadline")
		}
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("error does not wrap context.DeadlineExceeded: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Invoke still running 10 s after the deadline")
	}
}

// TestCancelEndsTheScript: once the context is done, no further statement
// runs (a command that returns ctx.Err() stops the run, it is not an error
// the script goes on after), no catch handles the stop, finally blocks
// still run, and a context cancelled before Invoke runs nothing.
func TestCancelEndsTheScript(t *testing.T) {
	sh, err := shell.New(shell.WithModule(core.Module()))
	if err != nil {
		t.Fatal(err)
	}
	script := `$global:after = 'no'; $global:caught = 'no'; $global:fin = 'no'
try { Start-Sleep -Seconds 30 } catch { $global:caught = 'yes' } finally { $global:fin = 'yes' }
$global:after = 'yes'`
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err = sh.Invoke(ctx, script)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Invoke error = %v, want one wrapping context.DeadlineExceeded", err)
	}
	out, err := sh.Invoke(context.Background(), `"$after $caught $fin"`)
	if err != nil || fmt.Sprint(out) != "[no no yes]" {
		t.Errorf("after cancel: %v, %v; want [no no yes] (after, caught, finally)", out, err)
	}
	done, stop := context.WithCancel(context.Background())
	stop()
	if out, err := sh.Invoke(done, `$global:ran = 'yes'; 'ran'`); !errors.Is(err, context.Canceled) || len(out) != 0 {
		t.Errorf("Invoke with a cancelled context = %v, %v; want nothing run and context.Canceled", out, err)
	}
}

// TestInvokeInput pins Invoke's documented input: piped into $input or
// into the first command of the script.
func TestInvokeInput(t *testing.T) {

	sh, err := shell.New(shell.WithModule(core.Module()))
	if err != nil {
		t.Fatal(err)
	}
	for script, want := range map[string]string{
		"$input":      "[1 3 2]",
		"Sort-Object": "[1 2 3]",
		"Where-Object { $_ -gt 1 } | Sort-Object": "[2 3]",
	} {
		out, err := sh.Invoke(context.Background(), script, 1, 3, 2)
		if err != nil || fmt.Sprint(out) != want {
			t.Errorf("Invoke(%q, 1, 3, 2) = %v, %v; want %s", script, out, err, want)
		}
	}
}

// BenchmarkNewInvoke is shell.New plus Invoke of a one-line pipeline
// (target <= 200 µs).
func BenchmarkNewInvoke(b *testing.B) {
	ctx := context.Background()
	mod := core.Module()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sh, err := shell.New(shell.WithModule(mod))
		if err != nil {
			b.Fatal(err)
		}
		out, err := sh.Invoke(ctx, "1..10 | Where-Object { $_ -gt 5 } | Sort-Object -Descending")
		if err != nil || len(out) != 5 {
			b.Fatal(out, err)
		}
	}
}

// BenchmarkNewInvokeFreshModule also builds core.Module() each time.
func BenchmarkNewInvokeFreshModule(b *testing.B) {
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		sh, err := shell.New(shell.WithModule(core.Module()))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := sh.Invoke(ctx, "1..10 | Where-Object { $_ -gt 5 } | Sort-Object -Descending"); err != nil {
			b.Fatal(err)
		}
	}
}

// TestNewRejects pins the option mistakes New reports instead of running
// with a surprising configuration.
func TestNewRejects(t *testing.T) {
	point := func() pipeline.Cmdlet { return new(NewPoint) }
	tests := []struct {
		opts []shell.Option
		want string
	}{
		{[]shell.Option{nil}, "shell: nil Option"},
		{[]shell.Option{shell.WithStdio(nil, nil, nil), shell.WithStdio(nil, nil, nil)}, "shell: WithStdio given twice"},
		{[]shell.Option{shell.WithDir("/tmp"), shell.WithDir("/")}, "shell: WithDir given twice"},
		{[]shell.Option{shell.WithDir("")}, `shell: WithDir("")`},
		{[]shell.Option{shell.WithEnv(nil), shell.WithEnv([]string{"A=1"})}, "shell: WithEnv given twice"},
		{[]shell.Option{shell.WithCmdlet("New-Point", point), shell.WithCmdlet("new-point", point)}, `shell: WithCmdlet("new-point") given twice`},
		{[]shell.Option{shell.WithCmdlet("New Point", point)}, `shell: WithCmdlet: invalid command name "New Point"`},
		{[]shell.Option{shell.WithCmdlet("", point)}, "shell: WithCmdlet needs a name and a constructor"},
		{[]shell.Option{shell.WithVariable("x", 1), shell.WithVariable("X", 2)}, `shell: WithVariable("X") given twice`},
		{[]shell.Option{shell.WithVariable("a b", 1)}, `shell: invalid variable name "a b"`},
		{[]shell.Option{shell.WithVariable("true", 1)}, "Cannot overwrite variable true because it is read-only or constant."},
		{[]shell.Option{shell.WithModule(nil)}, "shell: WithModule(nil)"},
		{[]shell.Option{shell.WithWidth(5)}, "shell: width 5 is too small"},
		{[]shell.Option{shell.WithStepLimit(-1)}, "shell: negative step limit"},
	}
	for _, tt := range tests {
		sh, err := shell.New(tt.opts...)
		if err == nil || err.Error() != tt.want || sh != nil {
			t.Errorf("New: %v, %v; want error %q", sh, err, tt.want)
		}
	}
}

// HelpedPoint is NewPoint with help declared beside it.
type HelpedPoint struct {
	X int `param:"Position=0,Mandatory" help:"The horizontal coordinate."`
}

// Process emits one Point.
func (p *HelpedPoint) Process(c *pipeline.Context) error { return c.Emit(Point{X: p.X}) }

// Help implements shell.Helper.
func (*HelpedPoint) Help() *pipeline.Help {
	return &pipeline.Help{Synopsis: "Makes a point.",
		Examples: []pipeline.Example{{Code: "New-HelpedPoint 3", Remarks: "A point at x = 3."}}}
}

// TestWithCmdletHelp shows help declared beside a WithCmdlet cmdlet
// (Helper for the synopsis and examples, help tags for parameters) in
// Get-Help.
func TestWithCmdletHelp(t *testing.T) {
	var out bytes.Buffer
	sh, err := shell.New(shell.WithStdio(nil, &out, &out), shell.WithModule(core.Module()),
		shell.WithCmdlet("New-HelpedPoint", func() pipeline.Cmdlet { return new(HelpedPoint) }))
	if err != nil {
		t.Fatal(err)
	}
	if err := sh.Run(context.Background(), "Get-Help New-HelpedPoint -Full"); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Makes a point.", "The horizontal coordinate.", "New-HelpedPoint 3", "A point at x = 3."} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("Get-Help output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestCancelStopsPrompts: Read-Host and a -Confirm question waiting on input
// that never comes give up when the context is done.
func TestCancelStopsPrompts(t *testing.T) {
	for _, script := range []string{"Read-Host 'name'", "Remove-Item ./x -Confirm"} {
		pr, pw := io.Pipe()
		defer pw.Close()
		sh, err := shell.New(shell.WithModule(core.Module()), shell.WithStdio(pr, io.Discard, io.Discard), shell.WithDir(t.TempDir()),
			shell.WithFileSystem(true))
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		done := make(chan error, 1)
		go func() { _, err := sh.Invoke(ctx, "Set-Content ./x 1; "+script+"; 'after'"); done <- err }()
		select {
		case err := <-done:
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("%s: error %v, want one wrapping context.DeadlineExceeded", script, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: still waiting for input 10 s after the deadline", script)
		}
		cancel()
	}
}

// TestErrorHandler: the errors a script reports while it goes on reach the
// handler, in order, with their positions, and nothing is written to stderr.
func TestErrorHandler(t *testing.T) {
	var got []string
	var stderr bytes.Buffer
	sh, err := shell.New(shell.WithModule(core.Module()), shell.WithStdio(nil, io.Discard, &stderr),
		shell.WithErrorHandler(func(rec *pipeline.ErrorRecord) {
			got = append(got, fmt.Sprintf("%s %d:%d %s", rec.FullyQualifiedErrorID(), rec.Pos.Line, rec.Pos.Column, rec.Message()))
		}))
	if err != nil {
		t.Fatal(err)
	}
	out, err := sh.Invoke(context.Background(), "Get-NoSuchThing\nWrite-Error 'bad'; 'after'")
	if err != nil || fmt.Sprint(out) != "[after]" {
		t.Fatalf("Invoke = %v, %v", out, err)
	}
	want := []string{
		"CommandNotFoundException 1:1 The term 'Get-NoSuchThing' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.",
		"Microsoft.PowerShell.Commands.WriteErrorException,Microsoft.PowerShell.Commands.WriteErrorCommand 2:1 bad",
	}
	if !slices.Equal(got, want) || stderr.Len() != 0 {
		t.Errorf("handler got %q, stderr %q; want %q", got, stderr.String(), want)
	}
}

// TestOptionErrors: options that cannot work make New fail.
func TestOptionErrors(t *testing.T) {
	for name, opt := range map[string]shell.Option{
		"missing dir":      shell.WithDir("/does/not/exist"),
		"env variable":     shell.WithVariable("env:FOO", "x"),
		"nil handler":      shell.WithErrorHandler(nil),
		"scoped variable":  shell.WithVariable("script:x", 1),
		"tiny width":       shell.WithWidth(3),
		"negative steps":   shell.WithStepLimit(-1),
		"nil module":       shell.WithModule(nil),
		"blank var name":   shell.WithVariable("", 1),
		"empty dir string": shell.WithDir(""),
	} {
		if _, err := shell.New(opt); err == nil {
			t.Errorf("%s: New succeeded", name)
		}
	}
	sh, err := shell.New(shell.WithVariable("global:answer", 42))
	if err != nil {
		t.Fatal(err)
	}
	if out, err := sh.Invoke(context.Background(), "$answer"); err != nil || fmt.Sprint(out) != "[42]" {
		t.Errorf("WithVariable(global:answer) = %v, %v", out, err)
	}
}

// panicky is a Go cmdlet with a bug: it panics.
type panicky struct{}

func (panicky) Process(*pipeline.Context) error { panic("nil map write") }

// TestCmdletPanic: a cmdlet's panic is a terminating error of that
// command: catch and finally see it, and the shell stays usable.
func TestCmdletPanic(t *testing.T) {
	sh, err := shell.New(shell.WithModule(core.Module()), shell.WithCmdlet("Get-Buggy", func() pipeline.Cmdlet { return &panicky{} }))
	if err != nil {
		t.Fatal(err)
	}
	out, err := sh.Invoke(context.Background(), `try { Get-Buggy } catch { "caught: $($_.FullyQualifiedErrorId): $_" } finally { 'finally' }`)
	want := "[caught: CommandPanicked,Get-Buggy: The command failed unexpectedly: nil map write finally]"
	if err != nil || fmt.Sprint(out) != want {
		t.Errorf("Invoke = %v, %v; want %s", out, err, want)
	}
}

// TestRunFileMissing: a missing script is PowerShell's error, and Go code
// can tell it from others with errors.Is(err, fs.ErrNotExist).
func TestRunFileMissing(t *testing.T) {
	var stderr bytes.Buffer
	sh, err := shell.New(shell.WithStdio(nil, io.Discard, &stderr), shell.WithDir(t.TempDir()), shell.WithFileSystem(true))
	if err != nil {
		t.Fatal(err)
	}
	err = sh.RunFile(context.Background(), "nope.ps1")
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("RunFile(missing) = %v, want one wrapping fs.ErrNotExist", err)
	}
	if !strings.Contains(stderr.String(), "The term 'nope.ps1' is not recognized") {
		t.Errorf("stderr = %q", stderr.String())
	}
}
