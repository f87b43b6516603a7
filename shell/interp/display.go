package interp

import (
	"fmt"
	"strings"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/pipeline/format"
	"github.com/psh-project/psh/shell/syntax"
)

// FormatError renders an error record in PowerShell 7's concise view:
// "reason: message" when it happened on the first line of a command line,
// else a framed excerpt with the source line and a ~~~ marker under the
// failing span.
func FormatError(rec *pipeline.ErrorRecord) string {
	reason := rec.Command
	switch {
	case rec.FromThrow:
		reason = "Exception"
	case reason == "" && (rec.Category == pipeline.InvalidArgument || rec.ID == "NullArray" || rec.ID == "InvokeMethodOnNull" || rec.ID == "MethodNotFound" || rec.ID == "TypeNotFound" || rec.ID == "BadExpression"):
		reason = string(rec.Category)
	case reason == "" && rec.ID != "" && !strings.ContainsAny(rec.ID, " ,"):
		reason = rec.ID
	case reason == "":
		reason = "Exception"
	}
	if rec.Category == pipeline.ParserError {
		reason = "ParserError"
	}
	msg := rec.Message()
	p := rec.Pos
	framed := p.IsValid() && p.LineText != "" && (p.File != "" || p.Line > 1 || rec.Category == pipeline.ParserError)
	if !framed {
		return reason + ": " + msg
	}
	var b strings.Builder
	b.WriteString(reason + ": ")
	if p.File != "" {
		fmt.Fprintf(&b, "%s:%d", p.File, p.Line)
	}
	b.WriteString("\nLine |\n")
	text := strings.TrimRight(p.LineText, "\r\n")
	col := p.Column
	if col < 1 {
		col = 1
	}
	n := p.Length
	if n < 1 {
		n = 1
	}
	if max := len(text) - (col - 1); n > max && max > 0 {
		n = max
	}
	text, mark, n := syntax.Excerpt(text, col-1, n)
	fmt.Fprintf(&b, "%4d | %s\n", p.Line, " "+text)
	b.WriteString("     |  " + strings.Repeat(" ", mark) + strings.Repeat("~", n) + "\n")
	for _, line := range strings.Split(msg, "\n") {
		b.WriteString("     | " + line + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// FormatSyntaxError renders a parse error of text (from file) the way a
// failing script shows it.
func FormatSyntaxError(err error, file, text string) string {
	return FormatError(parseErrorRecord(err, file, text))
}

// outDefault returns the end-of-pipeline writer: error records merged into
// the output (2>&1) print as they would on the error stream, merged
// warning/verbose/debug records with their prefix; everything else goes to
// the formatter.
func outDefault(f *format.Formatter) func(any) error {
	return func(v any) error {
		switch r := v.(type) {
		case *pipeline.ErrorRecord:
			return f.Write(FormatError(r))
		case *InformationalRecord:
			return f.Write(r.kind + ": " + r.Message)
		}
		return f.Write(v)
	}
}
