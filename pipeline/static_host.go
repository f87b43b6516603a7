package pipeline

// Statics answers the static members of the .NET types that reach outside
// the session: [System.IO.File], [System.IO.Directory] and the host facts
// of [System.Environment]. Package pipeline/statics provides them; a shell
// registers them, and they check the session's capabilities (see
// [Require]) before touching the host. GetStaticIn and CallStaticIn answer
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
