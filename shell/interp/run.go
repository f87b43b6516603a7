package interp

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"unicode/utf8"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/pipeline/format"
	"github.com/psh-project/psh/shell/syntax"
)

// compile parses and compiles source text into a script body; parsing
// stops when the running context is cancelled.
func (in *Interp) compile(file, text string) (*compiledBlock, error) {
	return in.compileContext(in.ctx, file, text)
}

// compileContext is compile for a call that has not yet made ctx the
// running context (Run, RunFile, a dot-sourced file).
func (in *Interp) compileContext(ctx context.Context, file, text string) (*compiledBlock, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	sb, err := syntax.ParseContext(ctx, file, text)
	if err != nil {
		if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
			return nil, pipeline.PipelineStopped(err)
		}
		return nil, err
	}
	c := &compiler{src: newSource(file, text), in: in}
	return c.scriptBody(sb, text, nil, false), nil
}

// parseErrorRecord turns a syntax error into the record PowerShell shows
// ("ParserError: ...").
func parseErrorRecord(err error, file, text string) *pipeline.ErrorRecord {
	var se *syntax.Error
	if !errors.As(err, &se) {
		return &pipeline.ErrorRecord{Err: err, Category: pipeline.ParserError, ID: "ParseException", Terminating: true, ScriptTerminating: true}
	}
	src := newSource(file, text)
	pos := src.pos(se.Pos, se.Pos)
	pos.File = file
	// An error at the very end of the input points just past the last
	// non-empty line, as PowerShell shows it.
	for pos.LineText == "" && pos.Line > 1 {
		pos.Line--
		pos.LineText = strings.TrimRight(src.lines[pos.Line-1], "\r")
		pos.Column = utf8.RuneCountInString(pos.LineText) + 1
	}
	id := "ParseException"
	if se.Internal {
		id = "InternalError" // the parser's own bug: pipeline.IsInternalError finds it
	}
	return &pipeline.ErrorRecord{Err: errors.New(se.Msg), Category: pipeline.ParserError, ID: id,
		Pos: pos, Terminating: true, ScriptTerminating: true}
}

// CheckSyntax parses text and returns the first syntax error, if any.
func (in *Interp) CheckSyntax(text string) error {
	_, err := syntax.Parse("", text)
	return err
}

// RunString runs script text with its output formatted to stdout. Errors
// that end the script are shown on stderr and returned.
func (in *Interp) RunString(ctx context.Context, file, text string, args []any) (err error) {
	cb, err := in.compileContext(ctx, file, text)
	if pipeline.IsPipelineStopped(err) {
		return err
	}
	if err != nil {
		rec := parseErrorRecord(err, file, text)
		in.printError(rec)
		in.lastOK = false
		return rec
	}
	f := in.newFormatter(in.cfg.Stdout)
	defer func() { _ = f.Close() }()
	return in.runTop(ctx, cb, args, true, outDefault(f))
}

// EvalString runs script text in the current scope and returns its output
// objects. input, if not nil, is piped into the first command when the
// script is one pipeline that starts with a command, and is $input
// otherwise.
func (in *Interp) EvalString(ctx context.Context, file, text string, input []any) ([]any, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	sb, err := syntax.ParseContext(ctx, file, text)
	if err != nil && ctx.Err() != nil && errors.Is(err, ctx.Err()) {
		return nil, pipeline.PipelineStopped(err)
	}
	if err != nil {
		return nil, parseErrorRecord(err, file, text)
	}
	c := &compiler{src: newSource(file, text), in: in}
	var out []any
	emit := func(v any) error { out = append(out, v); return nil }
	if input != nil && len(sb.Named) == 0 && len(sb.Statements) == 1 {
		if p, ok := sb.Statements[0].(*syntax.Pipeline); ok && p.Expr == nil {
			run := c.pipelineFed(p, input)
			err = in.guard(ctx, func() error { return run(in, emit) })
			return out, err
		}
	}
	cb := c.scriptBody(sb, text, nil, false)
	err = in.guard(ctx, func() error {
		if input != nil {
			f := &funcCmdlet{fn: &function{body: cb}, in: in, dot: true}
			return f.invokeInput(input, emit)
		}
		return cb.bind(in).runDotSourced(pipeline.InvokeOptions{}, emit)
	})
	return out, err
}

// runTop runs a compiled script at top level in the current scope and
// reports what ended it.
func (in *Interp) runTop(ctx context.Context, cb *compiledBlock, args []any, report bool, emit func(any) error) error {
	err := in.guard(ctx, func() error {
		sb := cb.bind(in)
		return sb.runDotSourced(pipeline.InvokeOptions{Args: args}, emit)
	})
	if err == nil {
		return nil
	}
	var ee *ExitError
	if errors.As(err, &ee) {
		return err
	}
	if _, ok := err.(*returnSignal); ok {
		return nil
	}
	if isControl(err) {
		return nil
	}
	if report && !stoppedByUser(ctx, err) {
		in.reportError(err, pipeline.Position{})
	}
	return err
}

// stoppedByUser reports an error that only says the context was cancelled
// (Ctrl-C): PowerShell shows nothing for it.
func stoppedByUser(ctx context.Context, err error) bool {
	var rec *pipeline.ErrorRecord
	return ctx != nil && ctx.Err() != nil && errors.As(err, &rec) && rec.ID == "PipelineStopped"
}

// guard sets the context, enforces the step budget and turns panics into
// positioned errors.
func (in *Interp) guard(ctx context.Context, f func() error) (err error) {
	if ctx != nil && ctx.Err() != nil {
		return pipeline.PipelineStopped(ctx.Err()) // cancelled before it started
	}
	prev := in.ctx
	if ctx != nil {
		in.ctx = ctx
	}
	if in.nested == 0 {
		in.steps = 0 // a nested Invoke (psh.invoke) shares its caller's budget
	}
	defer func() {
		in.ctx = prev
		if r := recover(); r != nil {
			msg := fmt.Sprintf("psh internal error: %v. This is a bug in psh; please report it with the script that caused it (set PSH_DEBUG=1 for a stack trace).", r)
			if v, _ := in.getenv("PSH_DEBUG"); v != "" {
				msg += "\n" + string(debug.Stack())
			}
			err = &pipeline.ErrorRecord{Err: errors.New(msg), ID: "InternalError",
				Category: pipeline.NotSpecified, Terminating: true, ScriptTerminating: true}
		}
	}()
	return f()
}

// RunFile runs a .ps1 script in a new script scope; args bind to its
// param() block or become $args.
func (in *Interp) RunFile(ctx context.Context, path string, args []string) error {
	f, err := in.loadScript(path)
	if err != nil {
		var rec *pipeline.ErrorRecord
		if errors.As(err, &rec) {
			in.printError(rec)
			return rec
		}
		fmt.Fprintf(in.cfg.Stderr, "psh: %v\n", err)
		return err
	}
	fa := make([]pipeline.Argument, 0, len(args))
	for _, a := range args {
		if len(a) > 1 && a[0] == '-' && !isNumber(a) {
			name, val, hasVal := cutColon(a[1:])
			arg := pipeline.Argument{IsParam: true, Name: name, Text: a}
			if hasVal {
				arg.Value, arg.HasValue = val, true
			}
			fa = append(fa, arg)
			continue
		}
		fa = append(fa, pipeline.Argument{Value: a})
	}
	out := in.newFormatter(in.cfg.Stdout)
	defer func() { _ = out.Close() }()
	return in.guard(ctx, func() error {
		cmd := &pipeline.Command{Info: &pipeline.CommandInfo{Name: path, Type: pipeline.ExternalScript},
			Args: fa, Cmdlet: &funcCmdlet{fn: f, in: in, script: true}}
		p, err := pipeline.NewPipeline(in.ctx, in, in.defaultStreams(), []*pipeline.Command{cmd}, false, outDefault(out))
		if err == nil {
			err = p.Run(nil)
		}
		if err == nil {
			return nil
		}
		var ee *ExitError
		if errors.As(err, &ee) {
			return err
		}
		in.reportError(err, pipeline.Position{})
		return err
	})
}

// DotSourceFile runs a script in the current scope (the profile, `. file`).
func (in *Interp) DotSourceFile(ctx context.Context, path string) error {
	if err := pipeline.Require(in, pipeline.FileSystem, "Running a script file"); err != nil {
		return err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	cb, err := in.compileContext(ctx, path, string(data))
	if pipeline.IsPipelineStopped(err) {
		return err
	}
	if err != nil {
		rec := parseErrorRecord(err, path, string(data))
		in.printError(rec)
		return rec
	}
	f := in.newFormatter(in.cfg.Stdout)
	defer func() { _ = f.Close() }()
	return in.runTop(ctx, cb, nil, true, outDefault(f))
}

// loadScript reads and compiles a script file as a function.
func (in *Interp) loadScript(path string) (*function, error) {
	if err := pipeline.Require(in, pipeline.FileSystem, "Running a script file"); err != nil {
		rec := err.(*pipeline.ErrorRecord)
		rec.Command, rec.Terminating = path, true
		return nil, rec
	}
	full := in.ResolvePath(path)
	data, err := os.ReadFile(full)
	if err != nil {
		// The message is PowerShell's; errors.Is(err, fs.ErrNotExist)
		// still finds the cause.
		return nil, &pipeline.ErrorRecord{Err: &causedError{fmt.Sprintf("The term '%s' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.", path), err},
			ID: "CommandNotFoundException", Category: pipeline.ObjectNotFound, Command: path, Terminating: true}
	}
	cb, err := in.compile(path, string(data))
	if err != nil {
		return nil, parseErrorRecord(err, path, string(data))
	}
	return &function{name: filepath.Base(path), body: cb, path: full}, nil
}

// LastStatusOK reports $?: whether the last pipeline succeeded.
func (in *Interp) LastStatusOK() bool { return in.lastOK }

// step counts statements against the step budget and checks cancellation:
// a cancelled run stops before its next statement (but a finally block
// still runs its statements).
func (in *Interp) step() error {
	// Checked every 64 statements, which keeps tight loops fast; every
	// pipeline checks again when it ends (runPipeline).
	if in.tick++; in.tick&63 == 0 && in.ctx != nil && in.finallyDepth == 0 {
		select {
		case <-in.ctx.Done():
			return pipeline.PipelineStopped(in.ctx.Err())
		default:
		}
	}
	if in.cfg.MaxSteps > 0 {
		in.steps++
		if in.steps > in.cfg.MaxSteps {
			return &pipeline.ErrorRecord{Err: errors.New("The script exceeded its step limit."), ID: "StepLimit",
				Terminating: true, ScriptTerminating: true}
		}
	}
	return nil
}

// checkCancel reports a cancelled context as a terminating error.
func (in *Interp) checkCancel() error {
	if err := in.step(); err != nil {
		return err
	}
	select {
	case <-in.ctx.Done():
		return pipeline.PipelineStopped(in.ctx.Err())
	default:
		return nil
	}
}

func isNumber(s string) bool {
	for i, r := range s {
		if i == 0 && (r == '-' || r == '+') {
			continue
		}
		if (r < '0' || r > '9') && r != '.' {
			return false
		}
	}
	return len(s) > 1
}

func cutColon(s string) (string, string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == ':' {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// newFormatter returns the Out-Default formatter writing to w. A table
// whose trailing columns get no room warns as Format-Table does.
func (in *Interp) newFormatter(w io.Writer) *format.Formatter {
	f := format.NewFormatter(w, in.views, in.cfg.Width)
	f.OnColumnsDropped(func(labels []string) {
		v, _ := in.GetVariable("WarningPreference")
		switch pipeline.ParsePreference(v, pipeline.Continue) {
		case pipeline.SilentlyContinue, pipeline.Ignore:
			return
		}
		in.defaultStreams().Warning(format.ColumnsDroppedWarning(labels))
	})
	return f
}

// causedError is a message of its own around the error that caused it.
type causedError struct {
	msg   string
	cause error
}

func (e *causedError) Error() string { return e.msg }
func (e *causedError) Unwrap() error { return e.cause }
