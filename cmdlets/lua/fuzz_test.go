package lua_test

import (
	"bytes"
	"context"
	"testing"
	"time"
)

// FuzzImport imports arbitrary Lua source and runs the cmdlet it may
// declare: no panic and no hang (the context stops endless loops), whatever
// the source.
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
		sh := newShell(t, t.TempDir(), &out, memFiles(map[string]string{"fuzz.lua": src}))
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		defer cancel()
		_ = sh.Run(ctx, `Import-Module ./fuzz.lua; 'x', 2, @{k=1} | Test-Fuzz; Test-Fuzz 1`)
	})
}
