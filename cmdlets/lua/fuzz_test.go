package lua_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/cmdlets/lua"
	"github.com/psh-project/psh/internal/fuzzcheck"
	"github.com/psh-project/psh/shell"
)

// FuzzImport imports arbitrary Lua source and runs the cmdlet it may
// declare: no panic, no hang (the context stops endless loops) and no
// internal error (a recovered panic of psh's own code), whatever the
// source.
func FuzzImport(f *testing.F) {
	f.Add(`psh.cmdlet{ name = "Test-Fuzz", params = { { name = "X", pipeline = true } }, process = function(ctx, p) ctx:emit(p.X, { a = p.X }) end }`)
	f.Add(`psh.cmdlet{ name = "Test-Fuzz", process = function(ctx) ctx:emit(ctx:input().Length) end }`)
	f.Add(`psh.cmdlet{ name = "Test-Fuzz", process = function(ctx) local t = {} t.t = t ctx:emit(t) end }`)
	f.Add(`psh.cmdlet{ name = "Test-Fuzz", params = { { name = "X", type = "int[]", position = 0, default = "x" } }, process = print }`)
	f.Add(`psh.cmdlet{ name = "Test-Fuzz", process = function(ctx) while true do end end }`)
	f.Add(`psh.cmdlet{ name = 1 }`)
	f.Add(`error({})`)
	f.Add(`psh.cmdlet(`)
	f.Fuzz(func(t *testing.T, src string) {
		var out bytes.Buffer
		var errs fuzzcheck.Errors
		sh, err := shell.New(shell.WithModule(core.Module()), shell.WithModule(lua.Module(memFiles(map[string]string{"fuzz.lua": src}))),
			shell.WithStdio(strings.NewReader(""), &out, &out), shell.WithDir(t.TempDir()), errs.Option())
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		defer cancel()
		const script = `Import-Module ./fuzz.lua; 'x', 2, @{k=1} | Test-Fuzz; Test-Fuzz 1`
		errs.Check(t, sh, script, sh.Run(ctx, script))
	})
}
