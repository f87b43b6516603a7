package core

import (
	"io"
	"strings"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/pipeline/format"
)

// stdoutSession is the optional Session capability Out-Default and
// Out-Host use to reach the host's standard output. Without it they write
// through the host stream (as Write-Host does).
type stdoutSession interface {
	Stdout() io.Writer
}

// hostWriter adapts Context.WriteHost to an io.Writer.
type hostWriter struct{ c *pipeline.Context }

func (h hostWriter) Write(p []byte) (int, error) {
	h.c.WriteHost(string(p))
	return len(p), nil
}

func hostOut(c *pipeline.Context) io.Writer {
	if s, ok := c.Session().(stdoutSession); ok {
		if w := s.Stdout(); w != nil {
			return w
		}
	}
	return hostWriter{c}
}

// warnDropped writes the warning for table columns that did not fit.
func warnDropped(c *pipeline.Context) func([]string) {
	return func(labels []string) { c.WriteWarning(format.ColumnsDroppedWarning(labels)) }
}

// OutDefault is Out-Default: it formats objects as the console shows them.
type OutDefault struct {
	InputObject any `param:"ValueFromPipeline" help:"The objects to show."`

	f *format.Formatter
}

// Process formats one object.
func (o *OutDefault) Process(c *pipeline.Context) error {
	in, ok := inputOf(c, o.InputObject)
	if !ok {
		return nil
	}
	if o.f == nil {
		o.f = newFormatter(c, hostOut(c), 0)
		o.f.OnColumnsDropped(warnDropped(c))
	}
	return o.f.Write(displayValue(in))
}

// End flushes the open view.
func (o *OutDefault) End(c *pipeline.Context) error {
	if o.f != nil {
		return o.f.Close()
	}
	return nil
}

// OutHost is Out-Host: like Out-Default.
type OutHost struct {
	OutDefault
	Paging pipeline.Switch `param:"" help:"Accepted for compatibility; output is not paged."`
}

// OutNull is Out-Null: it discards its input.
type OutNull struct {
	InputObject any `param:"ValueFromPipeline" help:"The objects to discard."`
}

// Process discards one object.
func (*OutNull) Process(*pipeline.Context) error { return nil }

// OutString is Out-String: it renders objects to text as the console would
// and outputs one string (or, with -Stream, one string per line).
type OutString struct {
	InputObject any             `param:"ValueFromPipeline" help:"The objects to render."`
	Stream      pipeline.Switch `param:"" help:"Output each line as its own string."`
	Width       int             `param:"" help:"The line width used for tables and lists (default the console width)."`
	NoNewline   pipeline.Switch `param:"" help:"Drop the newlines between and after the lines."`

	b strings.Builder
	f *format.Formatter
}

// Process renders one object.
func (o *OutString) Process(c *pipeline.Context) error {
	in, ok := inputOf(c, o.InputObject)
	if !ok {
		return nil
	}
	if o.f == nil {
		o.f = newFormatter(c, &o.b, o.Width)
		o.f.OnColumnsDropped(warnDropped(c))
	}
	if err := o.f.Write(displayValue(in)); err != nil {
		return err
	}
	if o.Stream {
		return o.flushLines(c, false)
	}
	return nil
}

func (o *OutString) flushLines(c *pipeline.Context, final bool) error {
	s := o.b.String()
	i := strings.LastIndexByte(s, '\n')
	if i < 0 && !final {
		return nil
	}
	var done string
	if final {
		done, o.b = s, strings.Builder{}
		done = strings.TrimSuffix(done, "\n")
		if done == "" && s == "" {
			return nil
		}
	} else {
		done = s[:i]
		rest := s[i+1:]
		o.b.Reset()
		o.b.WriteString(rest)
	}
	for _, l := range strings.Split(done, "\n") {
		if err := c.Emit(l); err != nil {
			return err
		}
	}
	return nil
}

// End outputs the text.
func (o *OutString) End(c *pipeline.Context) error {
	if o.f == nil {
		if !o.Stream {
			return c.Emit("")
		}
		return nil
	}
	if err := o.f.Close(); err != nil {
		return err
	}
	if o.Stream {
		return o.flushLines(c, true)
	}
	s := o.b.String()
	if o.NoNewline {
		s = strings.ReplaceAll(s, "\n", "")
	}
	return c.Emit(s)
}

var outDefaultHelp = &pipeline.Help{
	Synopsis: "Sends the output to the default formatter and to the default output cmdlet.",
	Description: "Out-Default formats objects the way the console shows them at the end of a pipeline: scalars one per line, " +
		"objects as a table or a list, formatted text as it is.",
	Examples: []pipeline.Example{{Code: "1, 'two' | Out-Default", Remarks: "Prints 1 and two on their own lines."}},
}

var outHostHelp = &pipeline.Help{
	Synopsis:    "Sends output to the command line.",
	Description: "Out-Host formats objects like Out-Default and writes them to the console.",
	Examples:    []pipeline.Example{{Code: "Get-ChildItem | Out-Host", Remarks: "Shows the files."}},
}

var outNullHelp = &pipeline.Help{
	Synopsis:    "Hides the output instead of sending it down the pipeline or displaying it.",
	Description: "Out-Null discards everything it receives.",
	Examples:    []pipeline.Example{{Code: "1..3 | Out-Null", Remarks: "Prints nothing."}},
}

var outStringHelp = &pipeline.Help{
	Synopsis: "Outputs input objects as a string.",
	Description: "Out-String renders its input as the console would show it and outputs the text as one string, or with -Stream " +
		"as one string per line. -Width sets the line width for tables and lists.",
	Examples: []pipeline.Example{
		{Code: "1, 2 | Out-String", Remarks: "One string: \"1`n2`n\"."},
		{Code: "[pscustomobject]@{a=1} | Format-Table | Out-String -Stream", Remarks: "The table's lines as separate strings."},
	},
}

// newFormatter returns a formatter writing to w with the session's views,
// width columns wide, or the session's width when width is not positive
// (-Width not given).
func newFormatter(c *pipeline.Context, w io.Writer, width int) *format.Formatter {
	if width <= 0 {
		width = c.Session().Width()
	}
	return format.NewFormatter(w, c.Session().Views(), width)
}
