package shell_test

import (
	"context"
	"io"
	"testing"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/shell"
)

func benchScript(b *testing.B, script string) {
	sh, err := shell.New(shell.WithStdio(nil, io.Discard, io.Discard), shell.WithModule(core.Module()))
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := sh.Run(context.Background(), script); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkForEachObject is the pipeline hot path: 100,000 objects through
// a script block and Measure-Object.
func BenchmarkForEachObject(b *testing.B) {
	benchScript(b, `1..100000 | ForEach-Object { $_ * 2 } | Measure-Object -Sum | Out-Null`)
}

// BenchmarkForeachLoop is the statement loop hot path.
func BenchmarkForeachLoop(b *testing.B) {
	benchScript(b, `$s = 0; foreach ($i in 1..100000) { $s += $i * 2 }`)
}

// BenchmarkWhereRecords builds 10,000 records and filters them.
func BenchmarkWhereRecords(b *testing.B) {
	benchScript(b, `$r = foreach ($i in 1..10000) { [pscustomobject]@{ Dept = 'Eng'; State = 'WA' } }; @($r | Where-Object { $_.Dept -like 'Eng*' -and $_.State -eq 'WA' }).Count | Out-Null`)
}

// BenchmarkParseAndBind is start-up work for one line: parse, compile,
// bind and run a small pipeline.
func BenchmarkParseAndBind(b *testing.B) {
	benchScript(b, `Write-Output -InputObject 1, 2, 3 | Where-Object { $_ -gt 1 } | Out-Null`)
}
