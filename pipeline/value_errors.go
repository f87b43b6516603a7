package pipeline

import (
	"errors"
	"fmt"
)

// ValueError is a runtime error raised by an operator, a conversion, a
// member access or a method call. ID is PowerShell's FullyQualifiedErrorId
// (MethodNotFound, PropertyNotFound, RuntimeException, ...), Message the text
// PowerShell prints, Err an optional cause.
type ValueError struct {
	ID      string
	Message string
	Err     error
}

// Error returns the message.
func (e *ValueError) Error() string { return e.Message }

// Unwrap returns the cause, if any.
func (e *ValueError) Unwrap() error { return e.Err }

// ErrDivideByZero is the cause of every division or remainder by zero.
var ErrDivideByZero = errors.New("Attempted to divide by zero.")

// ConversionError is a failed conversion, with PowerShell's message:
// Cannot convert value "abc" to type "System.Int32". Error: "...".
type ConversionError struct {
	Value any
	From  string // .NET name of the value's type
	To    string // .NET name of the target type
	Err   error  // the reason; nil gives the short form without Error: "..."
}

// Error returns PowerShell's conversion message.
func (e *ConversionError) Error() string {
	v := ToString(e.Value)
	if e.Value == nil {
		v = ""
	}
	if e.Err == nil {
		return `Cannot convert the "` + v + `" value of type "` + e.From + `" to type "` + e.To + `".`
	}
	return `Cannot convert value "` + v + `" to type "` + e.To + `". Error: "` + e.Err.Error() + `"`
}

// Unwrap returns the reason.
func (e *ConversionError) Unwrap() error { return e.Err }

// BoolParameterError is the message a [bool] or [switch] parameter gives for
// a value that is neither a Boolean nor a number.
type BoolParameterError struct{ From string }

// Error returns PowerShell's text.
func (e *BoolParameterError) Error() string {
	return `Cannot convert value "` + e.From + `" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.`
}

func errNoMethod(typeName, method string) error {
	return &ValueError{ID: "MethodNotFound", Message: fmt.Sprintf("Method invocation failed because [%s] does not contain a method named '%s'.", typeName, method)}
}

func errNoOverload(method string, n int) error {
	return &ValueError{ID: "MethodCountCouldNotFindBest", Message: fmt.Sprintf(`Cannot find an overload for "%s" and the argument count: "%d".`, method, n)}
}

func errNoStatic(typeName, member string) error {
	return &ValueError{ID: "MethodNotFound", Message: fmt.Sprintf("Method invocation failed because [%s] does not contain a method named '%s'.", typeName, member)}
}

func errOpNotSupported(typeName, opMethod string) error {
	return errNoMethod(typeName, opMethod)
}

func errFormat(s string) error {
	return fmt.Errorf("The input string '%s' was not in a correct format.", s)
}

func runtimeErr(format string, args ...any) error {
	return &ValueError{ID: "RuntimeException", Message: fmt.Sprintf(format, args...)}
}
