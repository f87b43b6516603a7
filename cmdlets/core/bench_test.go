package core

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/psh-project/psh/pipeline"
)

// BenchmarkCSVWhereExport: Import-Csv of 100,000 rows x 8 columns |
// Where-Object Dept -eq 'Eng' | Export-Csv.
func BenchmarkCSVWhereExport(b *testing.B) {
	s := newFakeSession(b)
	var sb strings.Builder
	sb.WriteString("Id,Name,Dept,State,City,Title,Phone,Mail\n")
	for i := 0; i < 100000; i++ {
		dept := []string{"Eng", "Ops", "Sales"}[i%3]
		fmt.Fprintf(&sb, "%d,user%d,%s,WA,Seattle,Engineer,555-%04d,user%d@example.com\n", i, i, dept, i%10000, i)
	}
	os.WriteFile(filepath.Join(s.Location, "big.csv"), []byte(sb.String()), 0o644)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := runP(b, s, nil, cmd("Import-Csv", V("big.csv")), cmd("Where-Object", V("Dept"), P("eq", "Eng")), cmd("Export-Csv", V("out.csv")))
		if r.err != nil {
			b.Fatal(r.err)
		}
	}
}

// BenchmarkSortInts: 1,000,000 integers through Sort-Object.
func BenchmarkSortInts(b *testing.B) {
	s := newFakeSession(b)
	in := make([]any, 1000000)
	for i := range in {
		in[i] = int32((i * 7919) % 1000003)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := runP(b, s, in, cmd("Sort-Object"))
		if len(r.out) != len(in) {
			b.Fatal(len(r.out))
		}
	}
}

// BenchmarkSortDoubles: 1,000,000 doubles (what 1..1e6 arithmetic that
// overflows int32 produces).
func BenchmarkSortDoubles(b *testing.B) {
	s := newFakeSession(b)
	in := make([]any, 1000000)
	for i := range in {
		in[i] = float64((i * 7919) % 1000003)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := runP(b, s, in, cmd("Sort-Object"))
		if len(r.out) != len(in) {
			b.Fatal(len(r.out))
		}
	}
}

// BenchmarkConvertToJson: 100,000 objects.
func BenchmarkConvertToJson(b *testing.B) {
	s := newFakeSession(b)
	in := make([]any, 100000)
	for i := range in {
		in[i] = obj("Id", int32(i), "Name", fmt.Sprintf("user%d", i), "Dept", "Eng", "Ratio", 0.5, "Ok", true)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := runP(b, s, in, cmd("ConvertTo-Json"))
		if len(r.out) != 1 {
			b.Fatal(r.err)
		}
	}
}

var _ = pipeline.ToString
