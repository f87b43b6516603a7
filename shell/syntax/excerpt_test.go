package syntax

import (
	"strings"
	"testing"
)

// TestShowLongLine pins the error view of a line longer than
// ExcerptColumns: a 120-column window around the marker, "…" where cut,
// the marker moved and shortened to match; a short line is shown whole.
func TestShowLongLine(t *testing.T) {
	line := strings.Repeat("0123456789", 30) // 300 columns
	dots := "…"
	tests := []struct {
		name      string
		line      string
		col, len  int
		text, mrk string
	}{
		{"short", "Get-X | 42", 9, 2, "Get-X | 42", "        ~~"},
		{"start", line, 1, 3, line[:120] + dots, "~~~"},
		{"middle", line, 151, 5, dots + line[110:230] + dots, strings.Repeat(" ", 41) + "~~~~~"},
		{"end", line, 301, 1, dots + line[180:], strings.Repeat(" ", 121) + "~"},
		{"wide marker", line, 1, 500, line[:120] + dots, strings.Repeat("~", 120)},
		{"multibyte", strings.Repeat("é", 200), 100, 1, dots + strings.Repeat("é", 120) + dots, strings.Repeat(" ", 41) + "~"},
	}
	for _, tt := range tests {
		e := &Error{Pos: Pos{Line: 1, Column: tt.col}, Len: tt.len, Msg: "m"}
		want := "ParserError: \nLine |\n   1 |  " + tt.text + "\n     |  " + tt.mrk + "\n     | m"
		if got := e.Show(tt.line); got != want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, want)
		}
	}
}

// TestShowHugeLine checks a one-line 200 KB script gives a short error.
func TestShowHugeLine(t *testing.T) {
	src := "$x = " + strings.Repeat("1 + ", 50000) + "+"
	_, err := Parse("", src)
	e, ok := err.(*Error)
	if !ok {
		t.Fatalf("got %v", err)
	}
	if got := e.Show(src); len(got) > 1000 {
		t.Errorf("error view is %d bytes: %.200q", len(got), got)
	}
}
