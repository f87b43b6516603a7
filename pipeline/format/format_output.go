package format

import (
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// FormatOutput is what Format-Table, Format-List and Format-Wide emit down
// the pipeline: text already laid out, one string per line without line
// terminators. Out-Default and Out-String print it verbatim (Out-String
// -Stream emits its lines), so "ft | Out-String" works; any other cmdlet
// sees an opaque object, as PowerShell's formatting records are.
type FormatOutput struct {
	Lines []string

	// A table keeps what it was made from, so that the command printing
	// it lays it out at its own width (Out-String -Width 200) and warns
	// about the columns that width leaves out, as PowerShell's formatting
	// records are laid out where they are printed.
	width   int
	dropped []string
	render  func(width int) ([]string, []string)
}

// AtWidth returns the output laid out for a screen of width cells and the
// labels of the table columns that had no room there.
func (f *FormatOutput) AtWidth(width int) (lines, dropped []string) {
	if f.render == nil || width == f.width {
		return f.Lines, f.dropped
	}
	return f.render(width)
}

// String returns the lines joined, each followed by "\n".
func (f *FormatOutput) String() string {
	if f == nil {
		return ""
	}
	var b strings.Builder
	for _, l := range f.Lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

// linesOf splits rendered text into FormatOutput lines.
func linesOf(text string) []string {
	text = strings.TrimSuffix(text, "\n")
	if text == "" {
		return []string{}
	}
	return strings.Split(text, "\n")
}

// NewTableOutput renders objs with RenderTable into a FormatOutput (at
// opts.Width; the printing command may lay it out again at its width).
// opts.OnColumnsDropped is not called: the labels of the columns that do
// not fit travel with the output, for the printer to warn about.
func NewTableOutput(objs []any, opts TableOptions) *FormatOutput {
	render := func(width int) ([]string, []string) {
		o := opts
		o.Width = width
		var dropped []string
		o.OnColumnsDropped = func(labels []string) { dropped = labels }
		var b strings.Builder
		_ = RenderTable(&b, objs, o)
		return linesOf(b.String()), dropped
	}
	lines, dropped := render(opts.Width)
	return &FormatOutput{Lines: lines, width: opts.Width, dropped: dropped, render: render}
}

// NewListOutput renders objs with RenderList into a FormatOutput.
func NewListOutput(objs []any, opts ListOptions) *FormatOutput {
	var b strings.Builder
	_ = RenderList(&b, objs, opts)
	return &FormatOutput{Lines: linesOf(b.String())}
}

// NewWideOutput renders objs with RenderWide into a FormatOutput.
func NewWideOutput(objs []any, column pipeline.Column, columns, width int) *FormatOutput {
	var b strings.Builder
	_ = RenderWide(&b, objs, column, columns, width)
	return &FormatOutput{Lines: linesOf(b.String())}
}
