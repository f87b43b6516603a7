package core

import (
	"bufio"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
)

// TestStreamedLinesAreTheWholeFileLines: splitting as the file streams in
// (one byte at a time, so every line break falls on a read boundary) gives
// exactly the lines the whole-file split gives.
func TestStreamedLinesAreTheWholeFileLines(t *testing.T) {
	long := strings.Repeat("x", 70000)
	for _, text := range []string{"", "\n", "\r", "\r\n", "a", "a\n", "a\r\nb", "a\rb\r", "a\n\nb\n\n", "a\r\r\nb\n\r",
		"one\r\ntwo\rthree\nfour", long + "\r\n" + long, "é\r\n😀\r"} {
		sc := bufio.NewScanner(iotest.OneByteReader(strings.NewReader(text)))
		sc.Buffer(make([]byte, 0, 16), 1<<20)
		sc.Split(splitLineBreaks)
		var got []string
		for sc.Scan() {
			got = append(got, sc.Text())
		}
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		if want := splitLines(text); !cmp.Equal(got, want) {
			t.Errorf("%.40q: streamed %.80q, whole %.80q", text, got, want)
		}
	}
}
