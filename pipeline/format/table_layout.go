package format

import "github.com/psh-project/psh/pipeline"

// tableLayout holds the resolved geometry of one table: which columns, how
// wide (-1: hidden because the screen is too narrow), how aligned. It is
// PowerShell's TableWriter and ColumnWidthManager in one.
type tableLayout struct {
	cols   []pipeline.Column
	labels []string
	widths []int
	aligns []pipeline.Alignment
	wrap   bool
	fixed  bool // doubles as "F" (tables built from properties, not from a view)
	// dropped are the labels of the trailing columns that did not fit.
	dropped []string
	buf     []byte
	cells   []string
}

// defaultWidthWindow is how many leading objects size an implicit table's
// columns. PowerShell 7 buffers objects for 300 ms and sizes the columns from
// them; a count keeps psh deterministic (a guess at "what arrives in 300 ms").
const defaultWidthWindow = 1000

// newTableLayout sizes cols for a screen of width cells. sample are the
// objects that size data-driven columns (the first objects, or all of them
// for -AutoSize); the first one also decides AlignDefault columns. Trailing
// columns that do not fit even at their header's width are hidden and
// listed in dropped.
func newTableLayout(cols []pipeline.Column, sample []any, width int, fromData, wrap, fixed bool) *tableLayout {
	t := &tableLayout{cols: cols, wrap: wrap, fixed: fixed}
	n := len(cols)
	t.labels = make([]string, n)
	t.widths = make([]int, n)
	t.aligns = make([]pipeline.Alignment, n)
	t.cells = make([]string, n)
	for k, c := range cols {
		t.labels[k] = c.Header()
		t.aligns[k] = c.Align
		if c.Width > 0 {
			t.widths[k] = c.Width
		} else if fromData {
			t.widths[k] = displayWidth(t.labels[k])
		}
	}
	for i, obj := range sample {
		for k, c := range cols {
			v := c.Get(obj)
			if i == 0 && t.aligns[k] == pipeline.AlignDefault {
				if isNumber(v) {
					t.aligns[k] = pipeline.AlignRight
				} else {
					t.aligns[k] = pipeline.AlignLeft
				}
			}
			if fromData && c.Width <= 0 {
				if w := displayWidth(FormatCell(v, fixed)); w > t.widths[k] {
					t.widths[k] = w
				}
			}
		}
	}
	for k := range t.aligns {
		if t.aligns[k] == pipeline.AlignDefault {
			t.aligns[k] = pipeline.AlignLeft
		}
	}
	// Like PowerShell's ColumnWidthManager, the last column shrinks to the
	// room left (its header then wraps); only one that gets no room at all
	// is hidden.
	if fitWidths(t.widths, nil, width) > 0 {
		for k, x := range t.widths {
			if x < 0 {
				t.dropped = append(t.dropped, t.labels[k])
			}
		}
	}
	return t
}

// visible reports whether any column survived fitting.
func (t *tableLayout) visible() bool {
	for _, x := range t.widths {
		if x > 0 {
			return true
		}
	}
	return false
}

// writeHeader writes the header labels and the dashes under them. A label
// wider than its column wraps onto more lines, with or without -Wrap, as
// PowerShell's table writer does (Format-Table.Tests.ps1 pins it).
func (t *tableLayout) writeHeader(out *lineWriter) {
	t.writeMulti(out, t.labels)
	for k, l := range t.labels {
		n := t.widths[k]
		if lw := displayWidth(l); lw < n && l != "" {
			n = lw
		}
		t.cells[k] = dashes(n)
	}
	t.writeSingle(out, t.cells)
}

// writeRow writes obj as one row (several lines with -Wrap or when a value
// holds line breaks and wrapping is on).
func (t *tableLayout) writeRow(out *lineWriter, obj any) {
	cells := t.cells
	for k, c := range t.cols {
		cells[k] = FormatCell(c.Get(obj), t.fixed)
	}
	if t.wrap {
		t.writeMulti(out, cells)
		return
	}
	t.writeSingle(out, cells)
}

// writeSingle writes one line: every value cut at its first line break and
// fitted to its column.
func (t *tableLayout) writeSingle(out *lineWriter, cells []string) {
	b := t.buf[:0]
	first := true
	last := len(t.cols) - 1
	for k, s := range cells {
		if t.widths[k] <= 0 {
			continue
		}
		if !first {
			b = append(b, ' ')
		}
		first = false
		b = append(b, fitCell(firstLine(s), t.widths[k], t.aligns[k], k != last)...)
	}
	out.lineBytes(b)
	t.buf = b
}

// writeMulti writes cells that may span several lines: each is wrapped to
// its column and shorter columns are padded with blanks.
func (t *tableLayout) writeMulti(out *lineWriter, cells []string) {
	type colLines struct {
		k     int
		lines []string
	}
	var cols []colLines
	rows := 0
	for k, s := range cells {
		if t.widths[k] <= 0 {
			continue
		}
		lines := wrapLines(s, t.widths[k])
		for i, l := range lines {
			lines[i] = fitCell(l, t.widths[k], t.aligns[k], true)
		}
		cols = append(cols, colLines{k, lines})
		if len(lines) > rows {
			rows = len(lines)
		}
	}
	for r := 0; r < rows; r++ {
		b := t.buf[:0]
		for i, c := range cols {
			if i > 0 {
				b = append(b, ' ')
			}
			if r < len(c.lines) {
				b = append(b, c.lines[r]...)
			} else {
				b = append(b, spaces(t.widths[c.k])...)
			}
		}
		out.lineBytes(b)
		t.buf = b
	}
}
