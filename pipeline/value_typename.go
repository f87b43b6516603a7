package pipeline

import (
	"errors"
	"reflect"
	"regexp"
	"strings"
	"time"
)

// TypeNamer is an optional capability: a Go type that names its own .NET-like
// type-name chain (most specific first), for views and Get-Member.
type TypeNamer interface {
	PSTypeNames() []string
}

var scriptBlockType = reflect.TypeOf((*ScriptBlock)(nil)).Elem()

// TypeName returns v's .NET-like full type name: System.Int32,
// System.String, System.Object[], System.Collections.Hashtable,
// System.Management.Automation.PSCustomObject; a Go type "pkg.Type".
// nil gives "".
func TypeName(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case bool:
		return "System.Boolean"
	case int32:
		return "System.Int32"
	case int64, int:
		return "System.Int64"
	case float64:
		return "System.Double"
	case string:
		return "System.String"
	case []any:
		return "System.Object[]"
	case *Hashtable:
		if x.ordered {
			return "System.Collections.Specialized.OrderedDictionary"
		}
		return "System.Collections.Hashtable"
	case *PSObject:
		return "System.Management.Automation.PSCustomObject"
	case *Exception:
		return exceptionTypeName(x)
	case TypeNamer:
		if n := x.PSTypeNames(); len(n) > 0 {
			return n[0]
		}
	}
	return typeNameOf(reflect.TypeOf(v))
}

var goTypeNames = map[reflect.Type]string{
	reflect.TypeFor[bool]():             "System.Boolean",
	reflect.TypeFor[int8]():             "System.SByte",
	reflect.TypeFor[int16]():            "System.Int16",
	reflect.TypeFor[int32]():            "System.Int32",
	reflect.TypeFor[int64]():            "System.Int64",
	reflect.TypeFor[int]():              "System.Int64",
	reflect.TypeFor[uint8]():            "System.Byte",
	reflect.TypeFor[uint16]():           "System.UInt16",
	reflect.TypeFor[uint32]():           "System.UInt32",
	reflect.TypeFor[uint64]():           "System.UInt64",
	reflect.TypeFor[uint]():             "System.UInt64",
	reflect.TypeFor[float32]():          "System.Single",
	reflect.TypeFor[float64]():          "System.Double",
	reflect.TypeFor[string]():           "System.String",
	reflect.TypeFor[any]():              "System.Object",
	reflect.TypeFor[Char]():             "System.Char",
	reflect.TypeFor[Guid]():             "System.Guid",
	reflect.TypeFor[time.Time]():        "System.DateTime",
	reflect.TypeFor[time.Duration]():    "System.TimeSpan",
	reflect.TypeFor[*Hashtable]():       "System.Collections.Hashtable",
	reflect.TypeFor[*PSObject]():        "System.Management.Automation.PSCustomObject",
	reflect.TypeFor[*regexp.Regexp]():   "System.Text.RegularExpressions.Regex",
	reflect.TypeFor[*ErrorRecord]():     "System.Management.Automation.ErrorRecord",
	reflect.TypeFor[Switch]():           "System.Management.Automation.SwitchParameter",
	reflect.TypeFor[ActionPreference](): "System.Management.Automation.ActionPreference",
	reflect.TypeFor[DayOfWeek]():        "System.DayOfWeek",
	reflect.TypeFor[*List]():            "System.Collections.Generic.List[System.Object]",
	reflect.TypeFor[*RegexMatch]():      "System.Text.RegularExpressions.Match",
	reflect.TypeFor[*Ref]():             "System.Management.Automation.PSReference",
}

// typeNameOf names a Go type the .NET way where there is a .NET twin.
func typeNameOf(t reflect.Type) string {
	if n, ok := goTypeNames[t]; ok {
		return n
	}
	if t.Implements(scriptBlockType) {
		return "System.Management.Automation.ScriptBlock"
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		return typeNameOf(t.Elem()) + "[]"
	case reflect.Pointer:
		return typeNameOf(t.Elem())
	case reflect.Map:
		return "System.Collections.Generic.Dictionary[" + typeNameOf(t.Key()) + "," + typeNameOf(t.Elem()) + "]"
	}
	if t.Name() == "" {
		return t.String()
	}
	return t.String() // pkg.Type
}

// TypeNames returns the type-name chain used to find a formatting view, most
// specific first, ending in System.Object: a PSObject's own names; a
// TypeNamer's names; for other Go types the full "import/path.Type", then
// "pkg.Type". nil has none.
func TypeNames(v any) []string {
	switch x := v.(type) {
	case nil:
		return nil
	case *PSObject:
		return x.TypeNames()
	case TypeNamer:
		n := x.PSTypeNames()
		if len(n) > 0 && n[len(n)-1] == "System.Object" {
			return n
		}
		return append(append([]string(nil), n...), "System.Object")
	case []any:
		return []string{"System.Object[]", "System.Array", "System.Object"}
	case *Hashtable:
		return []string{TypeName(x), "System.Object"}
	}
	t := reflect.TypeOf(v)
	name := TypeName(v)
	if strings.HasPrefix(name, "System.") {
		return []string{name, "System.Object"}
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.PkgPath() != "" && t.Name() != "" {
		full := t.PkgPath() + "." + t.Name()
		if full != name {
			return []string{full, name, "System.Object"}
		}
	}
	return []string{name, "System.Object"}
}

// shortTypeName turns System.Int32 into int, System.String into string, as
// Get-Member and psobject.Properties print them.
func shortTypeName(full string) string {
	switch full {
	case "System.Int32":
		return "int"
	case "System.Int64":
		return "long"
	case "System.String":
		return "string"
	case "System.Boolean":
		return "bool"
	case "System.Double":
		return "double"
	case "System.Object", "":
		return "System.Object"
	case "System.Char":
		return "char"
	case "System.Byte":
		return "byte"
	case "System.DateTime":
		return "datetime"
	case "System.Object[]":
		return "Object[]"
	}
	return full
}

// exceptionTypeName is the .NET type of the exception behind an error
// record, as $_.Exception.GetType() shows it.
func exceptionTypeName(x *Exception) string {
	rec := x.Record
	if rec == nil {
		return "System.Exception"
	}
	var be *BindingError
	switch {
	case rec.FromThrow:
		return "System.Management.Automation.RuntimeException"
	case errors.As(rec, &be):
		return "System.Management.Automation.ParameterBindingException"
	}
	switch rec.ID {
	case "MethodInvocationException", "CommandNotFoundException":
		return "System.Management.Automation." + rec.ID
	case "PathNotFound":
		return "System.Management.Automation.ItemNotFoundException"
	}
	if strings.HasPrefix(rec.ID, "Microsoft.PowerShell.Commands.WriteErrorException") {
		return "Microsoft.PowerShell.Commands.WriteErrorException"
	}
	return "System.Management.Automation.RuntimeException"
}
