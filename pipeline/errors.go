package pipeline

import (
	"errors"
	"fmt"
	"strings"
)

// Position is a place in a script: file (empty for a command line), line and
// column (1-based), the byte offset, the text of the whole source line and
// how many characters of it the failing construct spans.
type Position struct {
	File   string
	Line   int
	Column int
	Offset int
	// LineText is the full source line, for carets under the failing span.
	LineText string
	// Length is how many columns to underline; 0 underlines one.
	Length int
}

// IsValid reports whether p names a line.
func (p Position) IsValid() bool { return p.Line > 0 }

// String formats p as file:line:col (or line:col without a file).
func (p Position) String() string {
	if p.File == "" {
		return fmt.Sprintf("%d:%d", p.Line, p.Column)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Column)
}

// ErrorCategory is PowerShell's ErrorCategory, shown in CategoryInfo.
type ErrorCategory string

// Error categories used by psh.
const (
	NotSpecified        ErrorCategory = "NotSpecified"
	InvalidArgument     ErrorCategory = "InvalidArgument"
	InvalidData         ErrorCategory = "InvalidData"
	InvalidOperation    ErrorCategory = "InvalidOperation"
	ObjectNotFound      ErrorCategory = "ObjectNotFound"
	ResourceUnavailable ErrorCategory = "ResourceUnavailable"
	PermissionDenied    ErrorCategory = "PermissionDenied"
	ParserError         ErrorCategory = "ParserError"
	InvalidType         ErrorCategory = "InvalidType"
	OperationStopped    ErrorCategory = "OperationStopped"
	WriteError          ErrorCategory = "WriteError"
	ReadError           ErrorCategory = "ReadError"
	ResourceExists      ErrorCategory = "ResourceExists"
	InvalidResult       ErrorCategory = "InvalidResult"
	CloseError          ErrorCategory = "CloseError"
	SecurityError       ErrorCategory = "SecurityError"
	LimitsExceeded      ErrorCategory = "LimitsExceeded"
	NotImplemented      ErrorCategory = "NotImplemented"
	SyntaxErrorCategory ErrorCategory = "SyntaxError"
	DeviceError         ErrorCategory = "DeviceError"
	MetadataError       ErrorCategory = "MetadataError"
	ConnectionError     ErrorCategory = "ConnectionError"
	FromStdErr          ErrorCategory = "FromStdErr"
	NotEnabled          ErrorCategory = "NotEnabled"
	AuthenticationError ErrorCategory = "AuthenticationError"
	ProtocolError       ErrorCategory = "ProtocolError"
	QuotaExceeded       ErrorCategory = "QuotaExceeded"
	OperationTimeout    ErrorCategory = "OperationTimeout"
)

// ErrorRecord is an error as PowerShell scripts see it ($_ in catch, $Error):
// the underlying error, a category, an id, the object it concerns and where
// it happened.
type ErrorRecord struct {
	// Err is the underlying exception.
	Err error
	// Category is the ErrorCategory shown in CategoryInfo.
	Category ErrorCategory
	// ID is the FullyQualifiedErrorId without the ",Command" suffix.
	ID string
	// Target is the TargetObject.
	Target any
	// Command is the command the error is attributed to ("" for throw).
	Command string
	// Source is the implementing type of that command, which the
	// FullyQualifiedErrorId names when set.
	Source string
	// Pos is where the failing command or expression stands.
	Pos Position
	// Terminating marks errors that unwind to a catch: throw, runtime
	// errors, binding errors, -ErrorAction Stop.
	Terminating bool
	// ScriptTerminating marks errors that end the whole script unless
	// caught (throw and escalated errors); other terminating errors end only
	// their statement.
	ScriptTerminating bool
	// FromThrow is set for errors raised by the throw statement, whose
	// display reason is "Exception".
	FromThrow bool
}

// NewError returns a non-terminating error record for err.
func NewError(err error, id string, cat ErrorCategory, target any) *ErrorRecord {
	return &ErrorRecord{Err: err, ID: id, Category: cat, Target: target}
}

// Errorf returns a non-terminating error record with a formatted message.
func Errorf(id string, cat ErrorCategory, target any, format string, args ...any) *ErrorRecord {
	return NewError(fmt.Errorf(format, args...), id, cat, target)
}

// Error returns the message, prefixed by the position when there is one.
func (e *ErrorRecord) Error() string {
	msg := e.Message()
	if e.Pos.IsValid() {
		return e.Pos.String() + ": " + msg
	}
	return msg
}

// Message returns the bare message, as "$_" prints it.
func (e *ErrorRecord) Message() string {
	if e.Err == nil {
		return "An error occurred."
	}
	var inner *ErrorRecord
	if errors.As(e.Err, &inner) && inner != e {
		return inner.Message()
	}
	return e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *ErrorRecord) Unwrap() error { return e.Err }

// String returns the message, so "$_" in a catch block is the message.
func (e *ErrorRecord) String() string { return e.Message() }

// FullyQualifiedErrorID is ID followed by ",Command" when there is a command.
func (e *ErrorRecord) FullyQualifiedErrorID() string {
	id := e.ID
	if id == "" {
		id = "RuntimeException"
	}
	if id == "CommandNotFoundException" {
		return id // no command ran: PowerShell's id has no suffix
	}
	if e.Source != "" && !strings.Contains(id, ",") {
		return id + "," + e.Source
	}
	if e.Command != "" && !strings.Contains(id, ",") {
		return id + "," + e.Command
	}
	return id
}

// GetProperty exposes the ErrorRecord members scripts use: Exception,
// FullyQualifiedErrorId, CategoryInfo, TargetObject, InvocationInfo.
func (e *ErrorRecord) GetProperty(name string) (any, bool) {
	switch strings.ToLower(name) {
	case "exception":
		var ex *DotNetException
		if e.ID != "MethodInvocationException" && errors.As(e.Err, &ex) {
			return ex, true
		}
		return &Exception{Err: e.Err, Record: e}, true
	case "fullyqualifiederrorid":
		return e.FullyQualifiedErrorID(), true
	case "categoryinfo":
		ci := &CategoryInfo{Category: e.Category, Activity: e.Command, Reason: e.reason()}
		if e.Target != nil {
			ci.TargetName = ToString(e.Target)
			t := TypeName(e.Target)
			ci.TargetType = t[strings.LastIndexByte(t, '.')+1:]
		}
		return ci, true
	case "targetobject":
		return e.Target, true
	case "invocationinfo":
		return &InvocationInfo{MyCommand: e.Command, ScriptName: e.Pos.File, ScriptLineNumber: e.Pos.Line,
			OffsetInLine: e.Pos.Column, Line: e.Pos.LineText}, true
	case "scriptstacktrace":
		file := e.Pos.File
		if file == "" {
			file = "<No file>"
		}
		return fmt.Sprintf("at <ScriptBlock>, %s: line %d", file, e.Pos.Line), true
	case "errordetails":
		return nil, true
	case "pipelineiterationinfo":
		return []any{}, true
	}
	return nil, false
}

// PropertyNames lists the ErrorRecord properties in PowerShell's order, for
// Format-List * and Get-Member.
func (e *ErrorRecord) PropertyNames() []string {
	return []string{"Exception", "TargetObject", "CategoryInfo", "FullyQualifiedErrorId", "ErrorDetails",
		"InvocationInfo", "ScriptStackTrace", "PipelineIterationInfo"}
}

// bindingErrorIDs are the ids of parameter binding errors, whose exception
// is a ParameterBindingException.
var bindingErrorIDs = map[string]bool{"NamedParameterNotFound": true, "PositionalParameterNotFound": true,
	"MissingArgument": true, "ParameterArgumentTransformationError": true, "ParameterArgumentValidationError": true,
	"AmbiguousParameterSet": true, "AmbiguousParameter": true, "ParameterAlreadyBound": true,
	"MissingMandatoryParameter": true, "InputObjectNotBound": true, "CannotConvertArgumentNoMessage": true}

// reason is the short name of the exception type, as CategoryInfo shows
// it: ObjectNotFound: (x:String) [Get-Item], ItemNotFoundException.
func (e *ErrorRecord) reason() string {
	var ex *DotNetException
	if errors.As(e.Err, &ex) {
		name := ex.TypeName
		return name[strings.LastIndexByte(name, '.')+1:]
	}
	id, _, _ := strings.Cut(e.ID, ",")
	switch {
	case strings.HasSuffix(id, "Exception"):
		return id[strings.LastIndexByte(id, '.')+1:]
	case bindingErrorIDs[id] || strings.HasPrefix(id, "ParameterArgumentValidationError"):
		return "ParameterBindingException"
	case id == "PathNotFound":
		return "ItemNotFoundException"
	case e.Command == "Write-Error":
		return "WriteErrorException"
	}
	return "RuntimeException"
}

// Exception is the .NET-like exception object behind an ErrorRecord.
type Exception struct {
	Err    error
	Record *ErrorRecord
}

// GetProperty exposes Message, InnerException and ErrorRecord.
func (x *Exception) GetProperty(name string) (any, bool) {
	switch strings.ToLower(name) {
	case "message":
		return x.String(), true
	case "innerexception":
		u := errors.Unwrap(x.Err)
		if ex, ok := u.(*DotNetException); ok {
			return ex, true
		}
		if u != nil {
			return &Exception{Err: u}, true
		}
		return nil, true
	case "errorrecord":
		return x.Record, true
	}
	return nil, false
}

// PSTypeNames is the exception's .NET type and its base types, for -is
// and catch: ItemNotFoundException, RuntimeException, SystemException...
func (x *Exception) PSTypeNames() []string {
	var out []string
	for t := exceptionTypeName(x); t != ""; t = exceptionParents[t] {
		out = append(out, t)
		if _, known := exceptionParents[t]; !known {
			break
		}
	}
	return append(out, "System.Object")
}

// String returns the exception message.
func (x *Exception) String() string {
	if x.Record != nil {
		return x.Record.Message()
	}
	if x.Err == nil {
		return ""
	}
	return x.Err.Error()
}

// CategoryInfo is an ErrorRecord's category information.
type CategoryInfo struct {
	Category   ErrorCategory
	Activity   string
	Reason     string
	TargetName string
	TargetType string
}

// String formats the category as PowerShell does:
// ObjectNotFound: (/nope:String) [Get-Item], ItemNotFoundException.
func (c *CategoryInfo) String() string {
	return fmt.Sprintf("%s: (%s:%s) [%s], %s", c.Category, c.TargetName, c.TargetType, c.Activity, c.Reason)
}

// InvocationInfo says where an error happened.
type InvocationInfo struct {
	MyCommand        string
	ScriptName       string
	ScriptLineNumber int
	OffsetInLine     int
	Line             string
}

// String is the type name, as .NET's ToString shows it in Format-List.
func (*InvocationInfo) String() string { return "System.Management.Automation.InvocationInfo" }

// AsErrorRecord returns err as an ErrorRecord, wrapping it when needed.
func AsErrorRecord(err error) *ErrorRecord {
	var rec *ErrorRecord
	if errors.As(err, &rec) {
		return rec
	}
	return &ErrorRecord{Err: err, Category: NotSpecified, ID: "RuntimeException"}
}

// FlowControl is implemented by the errors a script's break, continue and
// exit unwind with. They cross pipeline stages unchanged (a break in a
// ForEach-Object block leaves the enclosing loop; exit ends the script)
// instead of becoming the command's error.
type FlowControl interface {
	error
	FlowControl()
}

// StopUpstream is returned by a cmdlet's Process when it needs no more input
// (Select-Object -First). The stages before it stop at once; its own End and
// the later stages still run.
var StopUpstream = errors.New("pipeline: stop upstream commands")

// stoppedError is returned by Emit once a downstream stage asked the upstream
// to stop. It unwinds the producing stages.
type stoppedError struct {
	p     *Pipeline // the pipeline that stopped; only it swallows the signal
	stage int
}

func (e *stoppedError) Error() string { return "pipeline: the pipeline has been stopped" }

// IsStopped reports whether err is the signal that a later stage needs no
// more input (Select-Object -First). A script producing output must let it
// unwind, not report it: it is not an error, and the statements after the
// one that emitted must not run.
func IsStopped(err error) bool {
	var se *stoppedError
	return errors.As(err, &se) || errors.Is(err, StopUpstream) || errors.Is(err, ErrInputStopped)
}

// IsInternalError reports whether err is, or wraps, the record of a bug in
// psh rather than in the script: a panic the interpreter recovered
// ("InternalError", also used for an internal parser error) or a Go
// command's recovered panic ("CommandPanicked"). Fuzz targets fail on it.
func IsInternalError(err error) bool {
	for ; err != nil; err = errors.Unwrap(err) {
		if rec, ok := err.(*ErrorRecord); ok && (rec.ID == "InternalError" || rec.ID == "CommandPanicked") {
			return true
		}
	}
	return false
}
