package lua_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/cmdlets/lua"
	"github.com/psh-project/psh/shell"
)

// TestGreetExample runs the example of issue 6 exactly as written, from the
// repository root.
func TestGreetExample(t *testing.T) {
	var out bytes.Buffer
	sh := newShell(t, "../..", &out)
	err := sh.Run(context.Background(), `Import-Module examples/lua/greet.lua; 'a','b' | Get-Greeting | ForEach-Object Greeting`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "Hello, a\nHello, b\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// memFiles serves module files from memory through lua.ReadFile.
func memFiles(files map[string]string) lua.Option {
	return lua.ReadFile(func(path string) ([]byte, error) {
		for name, src := range files {
			if strings.HasSuffix(path, "/"+name) {
				return []byte(src), nil
			}
		}
		return nil, fs.ErrNotExist
	})
}

func TestAllowOS(t *testing.T) {
	src := `psh.cmdlet{ name = "Test-OS", process = function(ctx)
  ctx:emit((pcall(os.getenv, "PSH_LUA_UNSET_VARIABLE")), type(package), type(debug))
end }`
	for _, tc := range []struct {
		allow, programs bool
		want            string
	}{
		{false, false, "False nil nil\n"},
		{true, true, "True table table\n"},
		// A module given os and io loads only where programs may run.
		{true, false, "Import-Module: A Lua module imported with AllowOS needs permission to run programs, which this shell does not have. " +
			"The program embedding psh grants it with shell.WithNativeCommands(true).\n"},
	} {
		var out bytes.Buffer
		sh, err := shell.New(shell.WithModule(core.Module()), shell.WithModule(lua.Module(memFiles(map[string]string{"os.lua": src}), lua.AllowOS(tc.allow))),
			shell.WithStdio(nil, &out, &out), shell.WithDir(t.TempDir()),
			shell.WithFileSystem(true), shell.WithNativeCommands(tc.programs))
		if err != nil {
			t.Fatal(err)
		}
		if err := sh.Run(context.Background(), `Import-Module ./os.lua; if (Get-Command Test-OS -ErrorAction Ignore) { (Test-OS) -join ' ' }`); err != nil {
			t.Fatal(err)
		}
		if out.String() != tc.want {
			t.Errorf("AllowOS(%v) with programs %v: got %q, want %q", tc.allow, tc.programs, out.String(), tc.want)
		}
	}
}

// TestCancel stops an endless Lua loop through the context.
func TestCancel(t *testing.T) {
	var out bytes.Buffer
	sh := newShell(t, t.TempDir(), &out, memFiles(map[string]string{"spin.lua": `
psh.cmdlet{ name = "Start-Spin", process = function(ctx) while true do end end }`}))
	if err := sh.Run(context.Background(), `Import-Module ./spin.lua`); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(20 * time.Millisecond); cancel() }()
	_, err := sh.Invoke(ctx, `Start-Spin`)
	if err == nil || !strings.Contains(err.Error(), "The pipeline has been stopped.") {
		t.Fatalf("got %v, want the pipeline stopped", err)
	}
}

// TestConcurrentShells runs one module value in independent shells at
// once: the pool hands each pipeline its own interpreter.
func TestConcurrentShells(t *testing.T) {
	mod := lua.Module(memFiles(map[string]string{"sq.lua": `
psh.cmdlet{ name = "Get-Square", params = { { name = "N", type = "int", pipeline = true } },
  process = function(ctx, p) ctx:emit(p.N * p.N) end }`}))
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sh, err := shell.New(shell.WithModule(core.Module()), shell.WithModule(mod))
			if err != nil {
				errs <- err
				return
			}
			out, err := sh.Invoke(context.Background(), `Import-Module ./sq.lua; 1..200 | Get-Square | Measure-Object -Sum | ForEach-Object Sum`)
			if err == nil && (len(out) != 1 || out[0] != float64(2686700)) {
				err = fmt.Errorf("got %v", out)
			}
			if err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestErrorType checks that a Lua failure is an *lua.Error with its
// position, reachable with errors.As.
func TestErrorType(t *testing.T) {
	var out bytes.Buffer
	sh := newShell(t, t.TempDir(), &out, memFiles(map[string]string{"bad.lua": "\n\nlocal x = nil\nx.y = 1\n"}))
	out2, err := sh.Invoke(context.Background(), `try { Import-Module ./bad.lua } catch { $_ }`)
	if err != nil || len(out2) != 1 {
		t.Fatalf("got %v, %v", out2, err)
	}
	err, _ = out2[0].(error)
	var le *lua.Error
	if !errors.As(err, &le) {
		t.Fatalf("got %T %v, want a *lua.Error", err, err)
	}
	if le.File != "bad.lua" || le.Line != 4 || le.Error() != "bad.lua:4: attempt to index a non-table object(nil) with key 'y'" {
		t.Errorf("got %+v (%q)", le, le.Error())
	}
}
