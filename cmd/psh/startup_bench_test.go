package main

import (
	"io"
	"strings"
	"testing"
)

// BenchmarkStartup is what `psh -NoProfile -c '$null'` does inside the
// process: build the shell with every module and run one command.
func BenchmarkStartup(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if code := run([]string{"-NoProfile", "-c", "$null"}, strings.NewReader(""), io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
