package format

import (
	"bytes"
	"io"
	"reflect"
	"strings"
	"time"

	"github.com/psh-project/psh/pipeline"
)

// Formatter is Out-Default and Out-String: fed objects one at a time, it
// writes the text PowerShell 7 would show for them.
//
//   - Scalars (strings, numbers, Booleans, enums) print one per line;
//     nil prints nothing; collections are flattened.
//   - The first object of a run picks the view: the type's registered view,
//     else Name/Value for hashtables, else a table of its properties when it
//     has at most 4, else a list. An object without properties prints its
//     string form.
//   - Later objects of the same type (TypeNames(v)[0]) join that view: table
//     rows under the first object's columns ("first object wins"; missing
//     properties leave blank cells), or list entries.
//   - An object of another type while a view is open is shown on its own as
//     a list (PowerShell's out-of-band formatting); scalars in between print
//     in place. Hashtables and FormatOutput text end the open view.
//   - A table's column widths come from its first defaultWidthWindow rows
//     (PowerShell uses those arriving in its first 300 ms).
type Formatter struct {
	out       *lineWriter
	views     *pipeline.Views
	width     int
	group     *outGroup
	onDropped func(labels []string)
}

// NewFormatter returns a Formatter writing to w for a screen of width
// columns (0: DefaultWidth). views may be nil.
func NewFormatter(w io.Writer, views *pipeline.Views, width int) *Formatter {
	if width <= 0 {
		width = DefaultWidth
	}
	return &Formatter{out: newLineWriter(w), views: views, width: width}
}

// OnColumnsDropped sets fn to be called, before a table's header is
// written, with the labels of its trailing columns that did not fit on the
// screen and were left out; Out-Default writes ColumnsDroppedWarning(labels)
// to the warning stream. nil (the default) drops them silently.
func (f *Formatter) OnColumnsDropped(fn func(labels []string)) {
	f.onDropped = fn
}

// maxFlattenDepth bounds how deep nested collections are flattened.
const maxFlattenDepth = 64

// Write formats v. Output of a table whose widths are still being sized is
// held back until Close or until enough rows arrived.
func (f *Formatter) Write(v any) error {
	f.write(v, 0)
	if f.group == nil || !f.group.pendingTable() {
		return f.out.flush()
	}
	return f.out.err
}

// Close ends the open view (its trailing blank line) and flushes.
func (f *Formatter) Close() error {
	f.endGroup()
	return f.out.flush()
}

func (f *Formatter) write(v any, depth int) {
	switch x := v.(type) {
	case nil:
		return
	case *FormatOutput:
		f.endGroup()
		lines, dropped := x.AtWidth(f.width)
		if len(dropped) > 0 && f.onDropped != nil {
			f.onDropped(dropped)
		}
		for _, l := range lines {
			f.out.line(l)
		}
		return
	case FormatOutput:
		f.write(&x, depth)
		return
	case string:
		f.text(x)
		return
	case *pipeline.Hashtable:
		if f.group == nil || f.group.key != hashtableKey {
			f.endGroup()
			f.startGroup(&outGroup{kind: pipeline.TableView, key: hashtableKey, cols: hashtableColumns})
		}
		for _, e := range hashtableEntries(x) {
			f.group.add(f, e)
		}
		return
	case time.Time:
		if f.group == nil || f.group.key != dateKey {
			f.endGroup()
			f.startGroup(&outGroup{kind: dateKind, key: dateKey})
		}
		f.out.line(x.Format("Monday, January 2, 2006 3:04:05 PM"))
		return
	case time.Duration:
		f.object(x, []string{"System.TimeSpan"})
		return
	}
	if depth < maxFlattenDepth && pipeline.IsEnumerable(v) {
		_ = pipeline.Enumerate(v, func(e any) error {
			f.write(e, depth+1)
			return f.out.err
		})
		return
	}
	if isScalarValue(v) {
		f.text(FormatScalar(v))
		return
	}
	if d, ok := v.(TextDisplayer); ok {
		f.text(d.DisplayText())
		return
	}
	f.object(v, pipeline.TypeNames(v))
}

// TextDisplayer is implemented by types that Out-Default shows as one line
// of text rather than a table or list of their properties (a MatchInfo
// shows as "file:line:text", a SecureString as its type name).
type TextDisplayer interface {
	DisplayText() string
}

// object formats a non-scalar value.
func (f *Formatter) object(v any, typeNames []string) {
	key := ""
	if len(typeNames) > 0 {
		key = strings.ToLower(typeNames[0])
	}
	if g := f.group; g != nil {
		if g.key == key && g.kind != dateKind && (g.groupBy == nil || FormatCell(g.groupBy.Get(v), false) == g.groupAt) {
			g.add(f, v)
			return
		}
		if g.key != key || g.groupBy == nil {
			f.outOfBand(v)
			return
		}
		f.endGroup() // same view, next GroupBy value
	}
	g := &outGroup{key: key}
	if view, ok := f.views.Lookup(typeNames, pipeline.AnyView); ok {
		g.kind, g.cols = view.Kind, view.Columns
		if view.GroupBy != nil {
			g.groupBy, g.groupAt = view.GroupBy, FormatCell(view.GroupBy.Get(v), false)
			f.out.line("")
			f.out.line("   " + view.GroupBy.Header() + ": " + g.groupAt)
		}
	} else if d, ok := v.(time.Duration); ok {
		f.outOfBand(d)
		return
	} else {
		n := len(pipeline.PropertyNames(v))
		switch {
		case n == 0:
			f.text(pipeline.ToString(v))
			return
		case n <= 4:
			g.kind, g.cols, g.fixed = pipeline.TableView, PropertyColumns(v), true
		default:
			g.kind = pipeline.ListView
		}
	}
	f.startGroup(g)
	g.add(f, v)
}

// outOfBand writes v on its own as a list, between blank lines.
func (f *Formatter) outOfBand(v any) {
	var cols []pipeline.Column
	if d, ok := v.(time.Duration); ok {
		v, cols = timeSpanOf(d), nil
	}
	var b bytes.Buffer
	lw := newLineWriter(&b)
	if len(cols) == 0 {
		cols = PropertyColumns(v)
	}
	lw.line("")
	writeListEntry(lw, v, cols, f.width)
	_ = lw.flush()
	if len(cols) == 0 {
		f.text(pipeline.ToString(v))
		return
	}
	for _, l := range linesOf(b.String()) {
		f.text(l)
	}
}

// text prints a line in place: held in order behind a table being sized.
func (f *Formatter) text(s string) {
	if g := f.group; g != nil && g.pendingTable() {
		g.pending = append(g.pending, pendingItem{text: s, isText: true})
		return
	}
	f.out.line(s)
}

func (f *Formatter) startGroup(g *outGroup) {
	f.group = g
	if g.kind != pipeline.WideView {
		f.out.line("")
	}
}

func (f *Formatter) endGroup() {
	g := f.group
	if g == nil {
		return
	}
	f.group = nil
	switch g.kind {
	case pipeline.TableView:
		if g.table == nil {
			g.resolve(f)
		}
		f.out.line("")
	case pipeline.WideView:
		objs := make([]any, 0, len(g.pending))
		for _, p := range g.pending {
			if !p.isText {
				objs = append(objs, p.obj)
			}
		}
		col := pipeline.Column{}
		if len(g.cols) > 0 {
			col = g.cols[0]
		}
		renderWide(f.out, objs, col, 0, f.width)
		for _, p := range g.pending {
			if p.isText {
				f.out.line(p.text)
			}
		}
	case dateKind:
		f.out.line("")
	}
}

// isScalarValue reports whether v prints as one line of text: Booleans,
// numbers, strings and named types built on them (enums, Char), errors.
func isScalarValue(v any) bool {
	switch v.(type) {
	case bool, int, int32, int64, float64, string, error:
		return true
	}
	switch reflect.TypeOf(v).Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128, reflect.String:
		return true
	}
	return false
}
