package pipeline

import "fmt"

// BindingError is a parameter binding failure: unknown or ambiguous
// parameter, missing argument or mandatory parameter, a positional argument
// nobody accepts, a conversion or validation failure. ID is PowerShell's
// error id (NamedParameterNotFound, AmbiguousParameter, ...).
type BindingError struct {
	Command string
	Param   string
	ID      string
	Msg     string
	Value   any
	Pos     Position
	Err     error
}

// Error returns the message PowerShell prints.
func (e *BindingError) Error() string { return e.Msg }

// Unwrap returns the underlying conversion error, if any.
func (e *BindingError) Unwrap() error { return e.Err }

func (b *binder) errorf(id, param string, pos Position, format string, args ...any) *BindingError {
	return &BindingError{Command: b.name, Param: param, ID: id, Pos: pos, Msg: fmt.Sprintf(format, args...)}
}

// record wraps a binding error as a terminating ErrorRecord.
func (e *BindingError) record() *ErrorRecord {
	cat := InvalidArgument
	if e.ID == "MissingMandatoryParameter" {
		cat = InvalidArgument
	}
	return &ErrorRecord{Err: e, ID: e.ID, Category: cat, Command: e.Command, Pos: e.Pos,
		Target: e.Value, Terminating: true}
}
