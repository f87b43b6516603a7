package format

import (
	"io"
	"strings"
	"testing"

	"github.com/psh-project/psh/pipeline"
)

// FuzzRenderers feeds arbitrary text and widths to every renderer: no
// panic, and no table line wider than the screen.
func FuzzRenderers(f *testing.F) {
	f.Add("abc", "x\ny", 120, 3, false)
	f.Add("哇消息", "\r\n…", 5, 1, true)
	f.Add("", "", 0, 0, false)
	f.Add("a very long header label", "v", 2, -4, true)
	f.Add("a very long header label", "value", 12, 0, false)
	f.Add("h", "a value wider than the screen", 10, 30, false)
	f.Fuzz(func(t *testing.T, label, value string, width, fixed int, wrap bool) {
		if width > 400 || width < -5 || fixed > 400 {
			return
		}
		objs := []any{fmtObj(label, value, "n", int32(len(value))), fmtObj("n", fixed)}
		cols := []pipeline.Column{{Label: label, Property: label, Width: fixed}, {Property: "n"}}
		var b strings.Builder
		var dropped []string
		_ = RenderTable(&b, objs, TableOptions{Columns: cols, Wrap: wrap, Width: width,
			OnColumnsDropped: func(labels []string) { dropped = labels }})
		if width >= 5 {
			for _, l := range strings.Split(b.String(), "\n") {
				if displayWidth(l) > width {
					t.Fatalf("line %q wider than %d", l, width)
				}
			}
			// Without -Wrap every row is one line (a header may wrap): the
			// dashes are followed by exactly two rows and a blank.
			if lines := strings.Split(b.String(), "\n"); !wrap && len(lines) >= 7 {
				dashes := lines[len(lines)-5]
				if strings.Trim(dashes, "- ") != "" { // (empty under a zero-width label)
					t.Fatalf("no dashes line before the last two rows:\n%s", b.String())
				}
			}
		}
		if len(dropped) > 1 || (len(dropped) == 1 && dropped[0] != "n") {
			t.Fatalf("dropped %q: only the trailing column n may be", dropped)
		}
		_ = RenderTable(io.Discard, objs, TableOptions{Width: width, AutoSize: true, GroupBy: &pipeline.Column{Property: label}})
		_ = RenderList(io.Discard, objs, ListOptions{Width: width})
		_ = RenderWide(io.Discard, objs, pipeline.Column{Property: label}, fixed%7, width)
		fm := NewFormatter(io.Discard, nil, width)
		_ = fm.Write(objs)
		_ = fm.Write(value)
		_ = fm.Write(fmtHash(label, value))
		_ = fm.Close()
	})
}
