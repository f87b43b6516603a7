package pipeline

import (
	"io"
	"strings"
	"testing"
)

// FuzzRenderers feeds arbitrary text and widths to every renderer: no
// panic, and no table line wider than the screen.
func FuzzRenderers(f *testing.F) {
	f.Add("abc", "x\ny", 120, 3, false)
	f.Add("哇消息", "\r\n…", 5, 1, true)
	f.Add("", "", 0, 0, false)
	f.Add("a very long header label", "v", 2, -4, true)
	f.Fuzz(func(t *testing.T, label, value string, width, fixed int, wrap bool) {
		if width > 400 || width < -5 || fixed > 400 {
			return
		}
		objs := []any{fmtObj(label, value, "n", int32(len(value))), fmtObj("n", fixed)}
		cols := []Column{{Label: label, Property: label, Width: fixed}, {Property: "n"}}
		var b strings.Builder
		_ = RenderTable(&b, objs, TableOptions{Columns: cols, Wrap: wrap, Width: width})
		if width >= 5 {
			for _, l := range strings.Split(b.String(), "\n") {
				if displayWidth(l) > width {
					t.Fatalf("line %q wider than %d", l, width)
				}
			}
		}
		_ = RenderTable(io.Discard, objs, TableOptions{Width: width, AutoSize: true, GroupBy: &Column{Property: label}})
		_ = RenderList(io.Discard, objs, ListOptions{Width: width})
		_ = RenderWide(io.Discard, objs, Column{Property: label}, fixed%7, width)
		fm := NewFormatter(io.Discard, nil, width)
		_ = fm.Write(objs)
		_ = fm.Write(value)
		_ = fm.Write(fmtHash(label, value))
		_ = fm.Close()
	})
}
