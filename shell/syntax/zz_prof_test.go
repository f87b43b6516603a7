package syntax

import (
	"strings"
	"testing"
)

func BenchmarkTryLong(b *testing.B) {
	src := strings.Repeat("$a + 1; ", 5000)
	for i := 0; i < b.N; i++ {
		tokenize("", src)
	}
}
func BenchmarkTryLongParse(b *testing.B) {
	src := strings.Repeat("$a + 1; ", 5000)
	for i := 0; i < b.N; i++ {
		Parse("", src)
	}
}
