package shell_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell"
)

// TestContextStopsEndlessWork drives each case issue 13 found unstoppable
// with a 1 s deadline: each must return, with the context's error. The
// 10 s bound only catches "never returns"; it is not a speed test.
func TestContextStopsEndlessWork(t *testing.T) {
	for _, script := range []string{
		"1..[int]::MaxValue | Out-Null",
		"1..[int]::MaxValue | Measure-Object",
		"1..[int]::MaxValue | Sort-Object",
		"1..[int]::MaxValue | Select-Object -Last 1",
		"1..[int]::MaxValue | ForEach-Object { }",
		"foreach ($i in 1..[int]::MaxValue) { }",
	} {
		t.Run(script, func(t *testing.T) {
			sh, err := shell.New(shell.WithModule(core.Module()))
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Second)
			defer cancel()
			done := make(chan error, 1)
			go func() { _, err := sh.Invoke(ctx, script); done <- err }()
			select {
			case err := <-done:
				if !errors.Is(err, context.DeadlineExceeded) {
					t.Errorf("error = %v, want one wrapping context.DeadlineExceeded", err)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("still running 10 s after a 1 s deadline")
			}
		})
	}
}

// TestStepLimitCountsStreamedValues: values a range streams or builds
// count against WithStepLimit, so loops without statements stop too.
func TestStepLimitCountsStreamedValues(t *testing.T) {
	for _, script := range []string{
		"1..[int]::MaxValue | Out-Null",
		"1..[int]::MaxValue | ForEach-Object { }",
		"$a = 1..40000000",
		"foreach ($i in 1..[int]::MaxValue) { }",
	} {
		sh, err := shell.New(shell.WithModule(core.Module()), shell.WithStepLimit(10000))
		if err != nil {
			t.Fatal(err)
		}
		_, err = sh.Invoke(context.Background(), script)
		var rec *pipeline.ErrorRecord
		if !errors.As(err, &rec) || rec.ID != "StepLimit" {
			t.Errorf("%s: error = %v, want StepLimit", script, err)
		}
	}
}

// TestLimits: each memory limit is a terminating error that try/catch
// sees, raised before the memory is taken; WithLimits changes them.
func TestLimits(t *testing.T) {
	dir := t.TempDir()
	long := filepath.Join(dir, "long.txt")
	if err := os.WriteFile(long, []byte("short\n"+strings.Repeat("x", 5000)+"\nend\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	sh, err := shell.New(shell.WithModule(core.Module()), shell.WithDir(dir), shell.WithFileSystem(true),
		shell.WithLimits(pipeline.Limits{MaxItems: 1000, MaxStringBytes: 4096, MaxLineBytes: 1024}))
	if err != nil {
		t.Fatal(err)
	}
	// Get-Content streams: the lines before the long one are already out.
	for _, tc := range []struct{ script, want string }{
		{"try { @(1..2000).Count } catch { $_.ToString() }", "The collection would have more than 1000 items, the session's limit (MaxItems)."},
		{"try { $a = 1..5000 } catch { $_.FullyQualifiedErrorId }", "LimitExceeded"},
		{"try { $a = @(1..1500 | ForEach-Object { $_ }) } catch { $_.FullyQualifiedErrorId }", "LimitExceeded"},
		{"@(1..1000).Count", "1000"},
		{"try { $s = 'x' * 5000 } catch { $_.ToString() }", "The string would be longer than 4096 bytes, the session's limit (MaxStringBytes)."},
		{"try { $s = 'x' * 3000; $s = $s + $s } catch { 'caught' }", "caught"},
		{"try { Get-Content long.txt } catch { $_.ToString() }", "short" + "A line of " + long + " is longer than 1024 bytes, the session's limit (MaxLineBytes)."},
		{"Get-Content long.txt -TotalCount 1", "short"},
		{"try { Get-Content long.txt -Raw } catch { 'ok' }", "ok"},
	} {
		out, err := sh.Invoke(context.Background(), tc.script)
		if err != nil || fmt.Sprint(out...) != tc.want {
			t.Errorf("%s\n got %q, %v\nwant %q", tc.script, fmt.Sprint(out...), err, tc.want)
		}
	}
	if _, err := shell.New(shell.WithLimits(pipeline.Limits{MaxItems: -1})); err == nil {
		t.Error("WithLimits accepted a negative limit")
	}
}

// TestRunRejectsDeepNesting: an embedder's Run gets a positioned syntax
// error for input nested past syntax.MaxNesting, not a crash.
func TestRunRejectsDeepNesting(t *testing.T) {
	var stderr strings.Builder
	sh, err := shell.New(shell.WithStdio(nil, nil, &stderr))
	if err != nil {
		t.Fatal(err)
	}
	err = sh.Run(context.Background(), strings.Repeat("@(", 100000)+"1"+strings.Repeat(")", 100000))
	var rec *pipeline.ErrorRecord
	if !errors.As(err, &rec) || rec.ID != "ParseException" || rec.Pos.Column != 2*256+1 ||
		!strings.Contains(rec.Error(), "nested too deeply: at most 256 levels") {
		t.Errorf("Run error = %v (%+v), want the nesting error at column 513", err, rec)
	}
	if _, err := sh.Invoke(context.Background(), strings.Repeat("(", 200)+"1"+strings.Repeat(")", 200)); err != nil {
		t.Errorf("200 levels: %v", err)
	}
}

// TestReadHostLineLimit: an endless line on stdin is a limit error for
// Read-Host, not unbounded memory.
func TestReadHostLineLimit(t *testing.T) {
	in := strings.NewReader(strings.Repeat("x", 3000) + "\nnext\n")
	sh, err := shell.New(shell.WithModule(core.Module()), shell.WithStdio(in, nil, nil),
		shell.WithLimits(pipeline.Limits{MaxLineBytes: 1024}))
	if err != nil {
		t.Fatal(err)
	}
	out, err := sh.Invoke(context.Background(), "try { Read-Host } catch { $_.ToString() }")
	if want := "A line of standard input is longer than 1024 bytes, the session's limit (MaxLineBytes)."; err != nil || fmt.Sprint(out...) != want {
		t.Errorf("got %q, %v; want %q", out, err, want)
	}
}
