package pipeline

import (
	"strings"
)

// exceptionParents maps each .NET exception type psh knows to its base
// type, so `catch [System.ArgumentException]` also catches an
// ArgumentNullException.
var exceptionParents = map[string]string{
	"System.Exception":                                         "",
	"System.SystemException":                                   "System.Exception",
	"System.ApplicationException":                              "System.Exception",
	"System.ArgumentException":                                 "System.SystemException",
	"System.ArgumentNullException":                             "System.ArgumentException",
	"System.ArgumentOutOfRangeException":                       "System.ArgumentException",
	"System.ArithmeticException":                               "System.SystemException",
	"System.DivideByZeroException":                             "System.ArithmeticException",
	"System.OverflowException":                                 "System.ArithmeticException",
	"System.FormatException":                                   "System.SystemException",
	"System.IndexOutOfRangeException":                          "System.SystemException",
	"System.InvalidCastException":                              "System.SystemException",
	"System.InvalidOperationException":                         "System.SystemException",
	"System.NotImplementedException":                           "System.SystemException",
	"System.NotSupportedException":                             "System.SystemException",
	"System.NullReferenceException":                            "System.SystemException",
	"System.TimeoutException":                                  "System.SystemException",
	"System.UnauthorizedAccessException":                       "System.SystemException",
	"System.Collections.Generic.KeyNotFoundException":          "System.SystemException",
	"System.IO.IOException":                                    "System.SystemException",
	"System.IO.FileNotFoundException":                          "System.IO.IOException",
	"System.IO.DirectoryNotFoundException":                     "System.IO.IOException",
	"System.Management.Automation.RuntimeException":            "System.SystemException",
	"System.Management.Automation.ItemNotFoundException":       "System.Management.Automation.RuntimeException",
	"System.Management.Automation.PSArgumentException":         "System.ArgumentException",
	"System.Management.Automation.PSInvalidOperationException": "System.InvalidOperationException",
}

// Exception types that PowerShell scripts name without the namespace of
// the exception ([ItemNotFoundException]) are found through their short
// names too.
func dotnetExceptionName(name string) (string, bool) {
	l := strings.ToLower(name)
	for full := range exceptionParents {
		lf := strings.ToLower(full)
		if l == lf || "system."+l == lf || strings.HasSuffix(lf, "."+l) {
			return full, true
		}
	}
	return "", false
}

// DotNetException is an exception object a script constructs
// ([System.ArgumentException]::new('message')) and throws.
type DotNetException struct {
	TypeName string
	Msg      string
	Inner    error
}

// Error returns the message.
func (e *DotNetException) Error() string { return e.Msg }

// Unwrap returns the inner exception.
func (e *DotNetException) Unwrap() error { return e.Inner }

// IsType reports whether e is of type name or derives from it.
func (e *DotNetException) IsType(name string) bool {
	full, ok := dotnetExceptionName(name)
	if !ok {
		return false
	}
	for t := e.TypeName; t != ""; t = exceptionParents[t] {
		if t == full {
			return true
		}
	}
	return false
}

// GetProperty exposes Message and InnerException.
func (e *DotNetException) GetProperty(name string) (any, bool) {
	switch strings.ToLower(name) {
	case "message":
		return e.Msg, true
	case "innerexception":
		if e.Inner == nil {
			return nil, true
		}
		return e.Inner, true
	}
	return nil, false
}

// PSTypeNames is the type and its base types.
func (e *DotNetException) PSTypeNames() []string {
	var out []string
	for t := e.TypeName; t != ""; t = exceptionParents[t] {
		out = append(out, t)
	}
	return append(out, "System.Object")
}

// newException constructs an exception: (), (message) or (message, inner).
func newException(typeName string, args []any) *DotNetException {
	e := &DotNetException{TypeName: typeName, Msg: "Exception of type '" + typeName + "' was thrown."}
	if len(args) > 0 && args[0] != nil {
		e.Msg = ToString(args[0])
	}
	if len(args) > 1 {
		if inner, ok := args[1].(error); ok {
			e.Inner = inner
		}
	}
	return e
}
