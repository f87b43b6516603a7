package shell_test

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/shell"
)

// TestDeepNestingIsAnError: 100,000 levels of each nesting shape (issue 13
// item 1) give the parser's positioned nesting error through an
// embedder's Run, never Go's fatal stack overflow (which would end this
// test binary).
func TestDeepNestingIsAnError(t *testing.T) {
	const n = 100000
	for _, script := range []string{
		strings.Repeat("(", n) + "1" + strings.Repeat(")", n),
		strings.Repeat("@(", n) + "1" + strings.Repeat(")", n),
		strings.Repeat("$(", n) + "1" + strings.Repeat(")", n),
		strings.Repeat("@{a=", n) + "1" + strings.Repeat("}", n),
		strings.Repeat("& {", n) + "1" + strings.Repeat("}", n),
		strings.Repeat("(", n),
		`"` + strings.Repeat(`$("`, n) + "1" + strings.Repeat(`")`, n) + `"`,
	} {
		sh, err := shell.New(shell.WithStdio(nil, io.Discard, io.Discard))
		if err != nil {
			t.Fatal(err)
		}
		err = sh.Run(context.Background(), script)
		if err == nil || !strings.Contains(err.Error(), "nested too deeply: at most 256 levels") {
			t.Errorf("%s...: got %v, want the nesting error", script[:8], err)
		}
	}
}

// TestEndlessWorkStops: each "cannot be stopped" case of issue 13 item 3
// returns once its context's deadline passes, with an error that wraps
// context.DeadlineExceeded. The bound is generous: it tells "stops" from
// "runs on" (minutes or forever), it does not time anything.
func TestEndlessWorkStops(t *testing.T) {
	for _, script := range []string{
		`1..[int]::MaxValue | Out-Null`,
		`1..[int]::MaxValue | Measure-Object`,
		`1..[int]::MaxValue | Sort-Object`,
		`1..[int]::MaxValue | Select-Object -Last 1`,
		`1..[int]::MaxValue | ForEach-Object { }`,
		`foreach ($i in 1..[int]::MaxValue) { }`,
	} {
		sh, err := shell.New(shell.WithStdio(nil, io.Discard, io.Discard), shell.WithModule(core.Module()))
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		done := make(chan error, 1)
		go func() { done <- sh.Run(ctx, script) }()
		select {
		case err := <-done:
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("%s: %v, want an error wrapping context.DeadlineExceeded", script, err)
			}
		case <-time.After(30 * time.Second):
			t.Errorf("%s: still running 30 s after a 1 s deadline", script)
		}
		cancel()
	}
}
