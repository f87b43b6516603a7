package format

import (
	"io"

	"github.com/psh-project/psh/pipeline"
)

// TableOptions are Format-Table's settings.
type TableOptions struct {
	// Columns to show; empty: all properties of the first object (Name and
	// Value for hashtables).
	Columns []pipeline.Column
	// AutoSize sizes columns from all objects instead of the first ones.
	AutoSize bool
	// Wrap shows long and multi-line values on several lines instead of
	// cutting them with "…".
	Wrap bool
	// HideTableHeaders drops the header and dash lines.
	HideTableHeaders bool
	// GroupBy starts a new table, under "   Label: value", each time the
	// column's value changes (PowerShell does not sort the groups).
	GroupBy *pipeline.Column
	// Width is the screen width; 0 means 120.
	Width int
	// OnColumnsDropped, when set, is called once, before anything is
	// written, with the labels of the trailing columns that did not fit on
	// the screen and were left out (the caller writes the warning, see
	// ColumnsDroppedWarning).
	OnColumnsDropped func(labels []string)
}

// DefaultWidth is the screen width used when none is known (PowerShell's
// width when output is not a console).
const DefaultWidth = 120

// hashtableColumns is the built-in view of hashtable entries: Name (30
// cells) and Value, both left-aligned.
var hashtableColumns = []pipeline.Column{
	{Label: "Name", Property: "Name", Width: 30, Align: pipeline.AlignLeft},
	{Label: "Value", Property: "Value", Align: pipeline.AlignLeft},
}

// hashtableEntry is one key/value pair of a hashtable as formatting sees
// it (.NET's DictionaryEntry, with PowerShell's Name alias for Key).
type hashtableEntry struct {
	Name  any
	Key   any
	Value any
}

// GetProperty implements PropertyGetter for entries.
func (e hashtableEntry) GetProperty(name string) (any, bool) {
	switch {
	case equalFoldASCII(name, "Name"), equalFoldASCII(name, "Key"):
		return e.Key, true
	case equalFoldASCII(name, "Value"):
		return e.Value, true
	}
	return nil, false
}

func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i]|0x20, b[i]|0x20
		if x != y {
			return false
		}
	}
	return true
}

// hashtableEntries unrolls h into its entries, in key order.
func hashtableEntries(h *pipeline.Hashtable) []any {
	keys := h.Keys()
	out := make([]any, 0, len(keys))
	for _, k := range keys {
		v, _ := h.Get(k)
		out = append(out, hashtableEntry{Name: k, Key: k, Value: v})
	}
	return out
}

// expandHashtables replaces every hashtable in objs by its entries.
func expandHashtables(objs []any) []any {
	has := false
	for _, o := range objs {
		if _, ok := o.(*pipeline.Hashtable); ok {
			has = true
			break
		}
	}
	if !has {
		return objs
	}
	out := make([]any, 0, len(objs))
	for _, o := range objs {
		if h, ok := o.(*pipeline.Hashtable); ok {
			out = append(out, hashtableEntries(h)...)
		} else {
			out = append(out, o)
		}
	}
	return out
}

// PropertyColumns returns one column per property of obj, in declaration
// order (the implicit view).
func PropertyColumns(obj any) []pipeline.Column {
	names := pipeline.PropertyNames(obj)
	cols := make([]pipeline.Column, len(names))
	for i, n := range names {
		cols[i] = pipeline.Column{Label: n, Property: n}
	}
	return cols
}

// RenderTable writes objs as PowerShell 7's Format-Table does: a blank
// line, the header, a dash line, one row per object, a blank line.
func RenderTable(w io.Writer, objs []any, opts TableOptions) error {
	out := newLineWriter(w)
	renderTable(out, objs, opts)
	return out.flush()
}

func renderTable(out *lineWriter, objs []any, opts TableOptions) {
	if len(objs) == 0 {
		return
	}
	width := opts.Width
	if width <= 0 {
		width = DefaultWidth
	}
	cols := opts.Columns
	fixed := true
	if len(cols) == 0 {
		if _, ok := objs[0].(*pipeline.Hashtable); ok {
			cols, fixed = hashtableColumns, false
		} else {
			cols = PropertyColumns(objs[0])
		}
	}
	objs = expandHashtables(objs)
	if len(cols) == 0 {
		return
	}
	if opts.AutoSize {
		cols = unsizedColumns(cols)
	}
	if opts.GroupBy == nil {
		t := newBodyLayout(objs, cols, width, opts, fixed)
		reportDropped(t, &opts)
		out.line("")
		writeTableBody(out, t, objs, opts)
		out.line("")
		return
	}
	// Size every group first so the dropped columns are known before
	// anything is written.
	type group struct {
		key        string
		start, end int
		t          *tableLayout
	}
	var groups []group
	for start := 0; start < len(objs); {
		key := FormatCell(opts.GroupBy.Get(objs[start]), false)
		end := start + 1
		for end < len(objs) && FormatCell(opts.GroupBy.Get(objs[end]), false) == key {
			end++
		}
		t := newBodyLayout(objs[start:end], cols, width, opts, fixed)
		reportDropped(t, &opts)
		groups = append(groups, group{key, start, end, t})
		start = end
	}
	for _, g := range groups {
		out.line("")
		out.line("   " + opts.GroupBy.Header() + ": " + g.key)
		out.line("")
		writeTableBody(out, g.t, objs[g.start:g.end], opts)
	}
	out.line("")
}

// unsizedColumns returns cols without their fixed widths: -AutoSize sizes
// every column from the data, a view's columns too.
func unsizedColumns(cols []pipeline.Column) []pipeline.Column {
	out := make([]pipeline.Column, len(cols))
	copy(out, cols)
	for k := range out {
		out[k].Width = 0
	}
	return out
}

// reportDropped passes t's dropped columns to opts.OnColumnsDropped, once
// per RenderTable (the first group that drops any, with -GroupBy).
func reportDropped(t *tableLayout, opts *TableOptions) {
	if len(t.dropped) == 0 || opts.OnColumnsDropped == nil {
		return
	}
	opts.OnColumnsDropped(t.dropped)
	opts.OnColumnsDropped = nil
}

// newBodyLayout sizes one table (one GroupBy group) of objs.
func newBodyLayout(objs []any, cols []pipeline.Column, width int, opts TableOptions, fixed bool) *tableLayout {
	sample := objs
	if !opts.AutoSize && len(sample) > defaultWidthWindow {
		sample = sample[:defaultWidthWindow]
	}
	fromData := opts.AutoSize || cols[0].Width <= 0
	return newTableLayout(cols, sample, width, fromData, opts.Wrap, fixed)
}

// writeTableBody writes the header and the rows of one table.
func writeTableBody(out *lineWriter, t *tableLayout, objs []any, opts TableOptions) {
	if !t.visible() {
		return
	}
	if !opts.HideTableHeaders {
		t.writeHeader(out)
	}
	for _, o := range objs {
		t.writeRow(out, o)
	}
}
