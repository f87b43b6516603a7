package format

import (
	"io"

	"github.com/psh-project/psh/pipeline"
)

// ListOptions are Format-List's settings.
type ListOptions struct {
	// Columns to show; empty: every property of each object.
	Columns []pipeline.Column
	// Width is the screen width; 0 means 120.
	Width int
	// OmitMissing leaves out, per object, the lines of Property columns
	// naming a property the object does not have (Format-List Name,Bogus
	// shows no "Bogus :" line). Calculated columns are always shown.
	OmitMissing bool
}

// listSeparator sits between a padded name and its value.
const listSeparator = " : "

// RenderList writes objs as PowerShell 7's Format-List does: a blank line,
// then per object its "Name : value" lines (names padded to the longest)
// followed by a blank line.
func RenderList(w io.Writer, objs []any, opts ListOptions) error {
	out := newLineWriter(w)
	renderList(out, objs, opts)
	return out.flush()
}

func renderList(out *lineWriter, objs []any, opts ListOptions) {
	objs = expandHashtables(objs)
	if len(objs) == 0 {
		return
	}
	width := opts.Width
	if width <= 0 {
		width = DefaultWidth
	}
	out.line("")
	for _, o := range objs {
		cols := opts.Columns
		if len(cols) == 0 {
			cols = PropertyColumns(o)
		} else if opts.OmitMissing {
			if cols = presentColumns(o, cols); len(cols) == 0 {
				out.line("") // an entry without lines
				continue
			}
		}
		writeListEntry(out, o, cols, width)
	}
}

// presentColumns returns the columns of cols that obj can fill: calculated
// ones and those naming a property obj has.
func presentColumns(obj any, cols []pipeline.Column) []pipeline.Column {
	var out []pipeline.Column
	for i, c := range cols {
		if c.Value != nil || hasProperty(obj, c.Property) {
			if out != nil {
				out = append(out, c)
			}
			continue
		}
		if out == nil {
			out = append(make([]pipeline.Column, 0, len(cols)), cols[:i]...)
		}
	}
	if out == nil {
		return cols
	}
	return out
}

// hasProperty reports whether obj has a property called name.
func hasProperty(obj any, name string) bool {
	if name == "" {
		return false
	}
	if e, ok := obj.(hashtableEntry); ok {
		_, ok := e.GetProperty(name)
		return ok
	}
	_, ok := pipeline.GetProperty(obj, name)
	return ok
}

// writeListEntry writes one object's lines and the blank line after them.
// Values longer than the room right of the names wrap onto lines indented
// under the first; embedded line breaks are kept. An empty value leaves
// "Name : " with its trailing blank, as PowerShell does.
func writeListEntry(out *lineWriter, obj any, cols []pipeline.Column, width int) {
	if len(cols) == 0 {
		return
	}
	labelWidth := 0
	for _, c := range cols {
		if n := displayWidth(c.Header()); n > labelWidth {
			labelWidth = n
		}
	}
	if max := width - len(listSeparator) - 1; labelWidth > max {
		labelWidth = max
	}
	if labelWidth < 1 {
		labelWidth = 1
	}
	field := width - labelWidth - len(listSeparator)
	if field < 1 {
		field = 1
	}
	indent := spaces(labelWidth + len(listSeparator))
	for _, c := range cols {
		label := c.Header()
		if lw := displayWidth(label); lw > labelWidth {
			label = headCells(label, labelWidth)
		} else {
			label += spaces(labelWidth - lw)
		}
		label += listSeparator
		value := FormatCell(c.Get(obj), false)
		for i, l := range wrapLines(value, field) {
			if i == 0 {
				out.line(label + l)
			} else {
				out.line(indent + l)
			}
		}
	}
	out.line("")
}
