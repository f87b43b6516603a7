package pipeline

// Statics answers the static members of some .NET types: those that reach
// outside the session ([System.IO.File], [System.IO.Directory] and the
// host facts of [System.Environment]), which check the session's
// capabilities (see [Require]) before touching the host, and the pure
// [datetime], [guid] and [IO.Path]. Package pipeline/statics provides
// them and a shell registers them. GetStaticIn and CallStaticIn answer
// every other type.
type Statics interface {
	// GetStatic returns [t]::name; ok is false when t is not one of the
	// set's types.
	GetStatic(s Session, t *TypeInfo, name string) (v any, ok bool, err error)
	// CallStatic calls [t]::name(args); ok is false when t is not one of
	// the set's types.
	CallStatic(s Session, t *TypeInfo, name string, args []any) (v any, ok bool, err error)
}

// DotNetMethodError is a MethodInvocationException whose inner exception
// is the .NET exception typ, so catch [System.IO.FileNotFoundException]
// and $_.Exception.InnerException work.
func DotNetMethodError(name string, nargs int, typ, msg string) error {
	return &ValueError{ID: "MethodInvocationException", Message: "Exception calling \"" + name + "\" with \"" +
		itoa(nargs) + "\" argument(s): \"" + msg + "\"", Err: &DotNetException{TypeName: typ, Msg: msg}}
}

// NoStaticMember is PowerShell's error for [typeName]::member(...) when
// the type has no such method.
func NoStaticMember(typeName, member string) error { return errNoStatic(typeName, member) }

// NoOverload is PowerShell's error for a method called with a number of
// arguments it has no overload for.
func NoOverload(method string, nargs int) error { return errNoOverload(method, nargs) }

// NoStaticProperty is PowerShell's error for [t]::name when the type has
// no such property.
func NoStaticProperty(t *TypeInfo, name string) error { return noStaticProperty(t, name) }

// MethodException is the MethodInvocationException of a .NET method name
// called with nargs arguments that failed with msg; the inner exception's
// type is .NET's for that message (FormatException for "not recognized as
// a valid", ...), so catch [FormatException] works.
func MethodException(name string, nargs int, msg string) error {
	return methodException(name, nargs, msg)
}

// ArgInt converts args[i] to an Int32 as .NET binds a method's int
// parameter, returning PowerShell's conversion error when it cannot.
func ArgInt(args []any, i int) (int, error) { return argInt(args, i) }
