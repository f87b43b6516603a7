package pipeline

import "strings"

// FormatOutput is what Format-Table, Format-List and Format-Wide emit down
// the pipeline: text already laid out, one string per line without line
// terminators. Out-Default and Out-String print it verbatim (Out-String
// -Stream emits its lines), so "ft | Out-String" works; any other cmdlet
// sees an opaque object, as PowerShell's formatting records are.
type FormatOutput struct {
	Lines []string
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

// NewTableOutput renders objs with RenderTable into a FormatOutput.
func NewTableOutput(objs []any, opts TableOptions) *FormatOutput {
	var b strings.Builder
	_ = RenderTable(&b, objs, opts)
	return &FormatOutput{Lines: linesOf(b.String())}
}

// NewListOutput renders objs with RenderList into a FormatOutput.
func NewListOutput(objs []any, opts ListOptions) *FormatOutput {
	var b strings.Builder
	_ = RenderList(&b, objs, opts)
	return &FormatOutput{Lines: linesOf(b.String())}
}

// NewWideOutput renders objs with RenderWide into a FormatOutput.
func NewWideOutput(objs []any, column Column, columns, width int) *FormatOutput {
	var b strings.Builder
	_ = RenderWide(&b, objs, column, columns, width)
	return &FormatOutput{Lines: linesOf(b.String())}
}
