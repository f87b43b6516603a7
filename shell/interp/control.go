package interp

import (
	"errors"
	"fmt"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell/syntax"
)

// breakSignal and continueSignal unwind to the enclosing loop or switch
// (with a matching label, when one is given).
type breakSignal struct{ label string }
type continueSignal struct{ label string }

func (b *breakSignal) Error() string    { return "break outside a loop" }
func (c *continueSignal) Error() string { return "continue outside a loop" }

// FlowControl marks break and continue as pipeline.FlowControl: they leave
// a ForEach-Object block for the loop around the pipeline.
func (*breakSignal) FlowControl()    {}
func (*continueSignal) FlowControl() {}

// returnSignal unwinds to the enclosing function or script block. values
// holds output collected by enclosing $( ) or assignments on the way out,
// which still belongs to the function's output.
type returnSignal struct{ values []any }

func (*returnSignal) Error() string { return "return" }

// ExitError is returned when a script runs exit N.
type ExitError struct{ Code int }

// Error describes the exit.
func (e *ExitError) Error() string { return fmt.Sprintf("exit %d", e.Code) }

// FlowControl marks exit as pipeline.FlowControl: it ends the script from
// inside a pipeline.
func (*ExitError) FlowControl() {}

// IsIncomplete reports whether err is a parse error caused by input that
// ends too early.
func IsIncomplete(err error) bool { return syntax.IsIncomplete(err) }

// loopSignal decides what a loop does with an error from its body: stop
// the loop (brk), go to the next iteration (cont), or pass err up.
func loopSignal(err error, label string) (brk, cont bool, out error) {
	var b *breakSignal
	if errors.As(err, &b) {
		if b.label == "" || equalFold(b.label, label) {
			return true, false, nil
		}
		return false, false, err
	}
	var c *continueSignal
	if errors.As(err, &c) {
		if c.label == "" || equalFold(c.label, label) {
			return false, true, nil
		}
		return false, false, err
	}
	return false, false, err
}

func isControl(err error) bool {
	switch err.(type) {
	case *breakSignal, *continueSignal, *returnSignal, *ExitError:
		return true
	}
	return false
}

// terminating reports whether err ends the whole script (not only the
// statement).
func scriptTerminating(err error) bool {
	if isControl(err) || pipeline.IsStopped(err) {
		return true
	}
	var rec *pipeline.ErrorRecord
	if errors.As(err, &rec) {
		return rec.ScriptTerminating
	}
	return false
}
