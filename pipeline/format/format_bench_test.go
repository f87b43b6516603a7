package format

import (
	"io"
	"strconv"
	"testing"
)

// BenchmarkFormatTable formats 100,000 three-property objects as an
// implicit table through the Formatter (Out-Default).
func BenchmarkFormatTable(b *testing.B) {
	objs := make([]any, 100000)
	for i := range objs {
		objs[i] = fmtObj("Name", "user"+strconv.Itoa(i), "Id", int32(i), "Enabled", i%2 == 0)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f := NewFormatter(io.Discard, nil, 120)
		for _, o := range objs {
			if err := f.Write(o); err != nil {
				b.Fatal(err)
			}
		}
		if err := f.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderTable is the same through RenderTable (Format-Table).
func BenchmarkRenderTable(b *testing.B) {
	objs := make([]any, 100000)
	for i := range objs {
		objs[i] = fmtObj("Name", "user"+strconv.Itoa(i), "Id", int32(i), "Enabled", i%2 == 0)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := RenderTable(io.Discard, objs, TableOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
