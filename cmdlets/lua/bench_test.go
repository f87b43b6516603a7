package lua_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/psh-project/psh/cmdlets/lua"
	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell"
)

const benchModule = `
psh.cmdlet{ name = "Add-One", params = { { name = "N", type = "int", pipeline = true } },
  process = function(ctx, p) ctx:emit(p.N + 1) end }

psh.cmdlet{ name = "Get-Name",
  params = { { name = "Name", type = "string", pipeline_by_name = true } },
  process = function(ctx, p) ctx:emit(p.Name) end }

psh.cmdlet{ name = "Get-Label",
  params = { { name = "Name", type = "string", pipeline_by_name = true },
             { name = "Size", type = "int", pipeline_by_name = true } },
  process = function(ctx, p) ctx:emit({ Name = p.Name, Label = p.Name .. "/" .. p.Size }) end }
`

// benchLua runs script, which must pipe 1,000,000 objects through a Lua
// cmdlet into Out-Count, once per iteration: ns/op is the time for the
// million.
func benchLua(b *testing.B, script string) {
	var n int
	var out bytes.Buffer
	sh, err := shell.New(shell.WithModule(lua.Module(memFiles(map[string]string{"bench.lua": benchModule}))),
		shell.WithStdio(nil, &out, &out), shell.WithDir(b.TempDir()),
		shell.WithCmdlet("Get-Numbers", func() pipeline.Cmdlet { return &getNumbers{} }),
		shell.WithCmdlet("Get-Widget", newWidgets),
		shell.WithCmdlet("Out-Count", func() pipeline.Cmdlet { return &countSink{n: &n} }))
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background()) // as the REPL runs: cancellable
	defer cancel()
	if err := sh.Run(ctx, "Import-Module ./bench.lua"); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n = 0
		if err := sh.Run(ctx, script); err != nil {
			b.Fatal(err)
		}
		if n != 1_000_000 || out.Len() > 0 {
			b.Fatalf("got %d objects, output %.300q", n, out.String())
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e6, "ns/object")
}

// BenchmarkLuaNumbers1M: a Lua cmdlet binds 1,000,000 integers from the
// pipeline by value and emits each plus one.
func BenchmarkLuaNumbers1M(b *testing.B) {
	benchLua(b, "Get-Numbers 1000000 | Add-One | Out-Count")
}

// BenchmarkLuaProperty1M: a Lua cmdlet binds a property of 1,000,000 Go
// structs by property name and emits it.
func BenchmarkLuaProperty1M(b *testing.B) {
	benchLua(b, "Get-Widget 1000000 | Get-Name | Out-Count")
}

// BenchmarkGoOnly1M is the baseline: the same pipeline without Lua.
func BenchmarkGoOnly1M(b *testing.B) {
	benchLua(b, "Get-Numbers 1000000 | Out-Count")
}

// BenchmarkLuaObjects1M: a Lua cmdlet binds two properties of 1,000,000
// Go structs by property name and emits a new property bag for each.
func BenchmarkLuaObjects1M(b *testing.B) {
	benchLua(b, "Get-Widget 1000000 | Get-Label | Out-Count")
}
