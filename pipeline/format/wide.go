package format

import (
	"io"

	"github.com/psh-project/psh/pipeline"
)

// displayNamePatterns are the properties Format-Wide shows when it is given
// none, tried in order (PowerShell's GetDisplayNameExpression).
var displayNamePatterns = []string{"name", "id", "key", "*key", "*name", "*id"}

// DisplayNameColumn returns the column Format-Wide shows by default for obj:
// its first property matching Name, Id, Key, *Key, *Name or *Id; a column
// showing the object itself when none matches.
func DisplayNameColumn(obj any) pipeline.Column {
	if _, ok := obj.(hashtableEntry); ok {
		return pipeline.Column{Label: "Name", Property: "Name"}
	}
	names := pipeline.PropertyNames(obj)
	for _, p := range displayNamePatterns {
		wc := pipeline.CompileWildcard(p, false)
		for _, n := range names {
			if wc.Match(n) {
				return pipeline.Column{Label: n, Property: n}
			}
		}
	}
	return pipeline.Column{Value: func(o any) any { return o }}
}

// RenderWide writes one value per object, several per line, as
// Format-Wide does. columns <= 0 fits as many as the widest value allows;
// column with neither Property nor Value shows each object's display name.
func RenderWide(w io.Writer, objs []any, column pipeline.Column, columns int, width int) error {
	out := newLineWriter(w)
	renderWide(out, objs, column, columns, width)
	return out.flush()
}

func renderWide(out *lineWriter, objs []any, column pipeline.Column, columns int, width int) {
	objs = expandHashtables(objs)
	if len(objs) == 0 {
		return
	}
	if width <= 0 {
		width = DefaultWidth
	}
	if column.Property == "" && column.Value == nil {
		column = DisplayNameColumn(objs[0])
	}
	cells := make([]string, len(objs))
	longest := 0
	for i, o := range objs {
		cells[i] = FormatCell(column.Get(o), false)
		if n := displayWidth(cells[i]); n > longest {
			longest = n
		}
	}
	if columns <= 0 {
		columns = wideColumnsFor(longest, width)
	}
	widths := make([]int, columns)
	fitWidths(widths, nil, width)
	t := &tableLayout{widths: widths, aligns: make([]pipeline.Alignment, columns), cols: make([]pipeline.Column, columns)}
	out.line("")
	row := make([]string, columns)
	for start := 0; start < len(cells); start += columns {
		for k := range row {
			row[k] = ""
			if start+k < len(cells) {
				row[k] = cells[start+k]
			}
		}
		t.writeSingle(out, row)
	}
	out.line("")
}

// wideColumnsFor is how many items of itemWidth cells fit on a line of
// width cells with one blank between them (at least one).
func wideColumnsFor(itemWidth, width int) int {
	if itemWidth <= 0 || itemWidth >= width {
		return 1
	}
	n := 1
	for (n+1)*itemWidth+n < width {
		n++
	}
	return n
}
