package format

import (
	"time"

	"github.com/psh-project/psh/pipeline"
)

const (
	hashtableKey = "system.collections.hashtable"
	dateKey      = "system.datetime"
	// dateKind is the DateTime view: one long date per line.
	dateKind pipeline.ViewKind = 100
)

// outGroup is the view the Formatter has open for a run of objects.
type outGroup struct {
	kind    pipeline.ViewKind
	key     string            // lower-cased type name the group accepts
	cols    []pipeline.Column // nil: a list of each object's own properties
	fixed   bool              // table cells render doubles as "F"
	table   *tableLayout
	pending []pendingItem // rows and lines held while a table is sized
	nobjs   int
	groupBy *pipeline.Column // the view's GroupBy, if any
	groupAt string           // its value for this group
}

// pendingItem is a held table row (obj) or an in-place line (text).
type pendingItem struct {
	obj    any
	text   string
	isText bool
}

// pendingTable reports whether the group is a table still being sized.
func (g *outGroup) pendingTable() bool {
	return g.kind == pipeline.TableView && g.table == nil
}

// add puts one object into the group.
func (g *outGroup) add(f *Formatter, v any) {
	switch g.kind {
	case pipeline.TableView:
		if g.table != nil {
			g.table.writeRow(f.out, v)
			return
		}
		g.pending = append(g.pending, pendingItem{obj: v})
		g.nobjs++
		if g.nobjs >= defaultWidthWindow || (len(g.cols) > 0 && g.cols[0].Width > 0) {
			g.resolve(f)
		}
	case pipeline.WideView:
		g.pending = append(g.pending, pendingItem{obj: v})
	default:
		cols := g.cols
		if len(cols) == 0 {
			cols = PropertyColumns(v)
		}
		writeListEntry(f.out, v, cols, f.width)
	}
}

// resolve sizes the table from the held rows and writes them.
func (g *outGroup) resolve(f *Formatter) {
	sample := make([]any, 0, g.nobjs)
	for _, p := range g.pending {
		if !p.isText {
			sample = append(sample, p.obj)
		}
	}
	g.table = newTableLayout(g.cols, sample, f.width, len(g.cols) > 0 && g.cols[0].Width <= 0, false, g.fixed)
	if len(g.table.dropped) > 0 && f.onDropped != nil {
		f.onDropped(g.table.dropped)
	}
	visible := g.table.visible()
	if visible {
		g.table.writeHeader(f.out)
	}
	for _, p := range g.pending {
		switch {
		case p.isText:
			f.out.line(p.text)
		case visible:
			g.table.writeRow(f.out, p.obj)
		}
	}
	g.pending = nil
}

// timeSpan is how a time.Duration shows in a list (.NET TimeSpan's properties).
type timeSpan struct {
	Days, Hours, Minutes, Seconds, Milliseconds int
	Ticks                                       int64
	TotalDays, TotalHours, TotalMinutes         float64
	TotalSeconds, TotalMilliseconds             float64
}

func timeSpanOf(d time.Duration) timeSpan {
	ticks := int64(d / 100)
	return timeSpan{
		Days:              int(d / (24 * time.Hour)),
		Hours:             int(d/time.Hour) % 24,
		Minutes:           int(d/time.Minute) % 60,
		Seconds:           int(d/time.Second) % 60,
		Milliseconds:      int(d/time.Millisecond) % 1000,
		Ticks:             ticks,
		TotalDays:         float64(ticks) / 864e9,
		TotalHours:        float64(ticks) / 36e9,
		TotalMinutes:      float64(ticks) / 6e8,
		TotalSeconds:      float64(ticks) / 1e7,
		TotalMilliseconds: float64(ticks) / 1e4,
	}
}
