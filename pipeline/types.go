package pipeline

import (
	"reflect"
	"slices"
	"strings"
	"sync"
)

// typeKind selects a TypeInfo's special conversion and instance rules.
type typeKind uint8

const (
	tkPlain typeKind = iota // Convert to Type
	tkObject
	tkVoid
	tkBool
	tkString
	tkArray // T[] and [array]
	tkList  // List[T], ArrayList
	tkOrdered
	tkHashtable
	tkPSCustomObject
	tkPSObject
	tkRegex
	tkScriptBlock
	tkStatic    // static-only classes: [math], [convert], [System.IO.Path]
	tkEnum      // enums such as [MidpointRounding]: members are their names
	tkException // .NET exception types: constructible, throwable, catchable
)

// TypeInfo describes a type a script can name in a type literal: its full
// .NET name, the Go type its values have, its element type for arrays and
// lists, and its static members.
type TypeInfo struct {
	// Name is the full .NET name (System.Int32, System.Object[]).
	Name string
	// Type is the Go type of instances; nil for static classes and [object].
	Type reflect.Type
	// Elem is the element type of T[] and List[T].
	Elem *TypeInfo
	kind typeKind
	enum []string
}

// IsInstance implements -is: whether v is a value of this type.
func (t *TypeInfo) IsInstance(v any) bool {
	if v == nil {
		return false
	}
	switch t.kind {
	case tkObject:
		return true
	case tkPSObject:
		_, ok := v.(*PSObject)
		return ok
	case tkPSCustomObject:
		_, ok := v.(*PSObject)
		return ok
	case tkHashtable, tkOrdered:
		h, ok := v.(*Hashtable)
		return ok && (t.kind == tkHashtable && !h.ordered || t.kind == tkOrdered && h.ordered)
	case tkScriptBlock:
		_, ok := v.(ScriptBlock)
		return ok
	case tkArray:
		if t.Elem == nil || t.Elem.kind == tkObject {
			_, ok := v.([]any)
			return ok || t.Elem == nil && IsEnumerable(v)
		}
	case tkList:
		l, ok := v.(*List)
		return ok && (t.Elem == nil || l.elem == t.Elem || l.elem != nil && l.elem.Name == t.Elem.Name)
	case tkEnum:
		return t.Type != nil && reflect.TypeOf(v) == t.Type
	case tkException:
		switch e := v.(type) {
		case *DotNetException:
			return e.IsType(t.Name)
		case *Exception:
			return slices.Contains(e.PSTypeNames(), t.Name)
		}
		return false
	}
	if t.Type == nil {
		return false
	}
	vt := reflect.TypeOf(v)
	if t.Type.Kind() == reflect.Interface {
		return vt.Implements(t.Type)
	}
	return vt == t.Type
}

// String returns the full name.
func (t *TypeInfo) String() string { return t.Name }

// ConvertToType casts v to t, as [t]v does: [bool] is truthiness, [string]
// ToString, [int] rounds half to even, [array]/[T[]] wrap and convert each
// element, [pscustomobject] turns a hashtable into a property bag, [ordered]
// copies a hashtable in order, [regex] compiles, [void] discards.
func ConvertToType(v any, t *TypeInfo) (any, error) {
	switch t.kind {
	case tkObject, tkPSObject:
		return v, nil
	case tkException:
		// [InvalidOperationException]'message' constructs the exception.
		if e, ok := v.(*DotNetException); ok && e.IsType(t.Name) {
			return e, nil
		}
		if s, ok := v.(string); ok {
			return newException(t.Name, []any{s}), nil
		}
		return nil, cannotConvert(v, t.Name, nil)
	case tkVoid:
		return nil, nil
	case tkBool:
		return ToBool(v), nil
	case tkString:
		if v == nil {
			return "", nil
		}
		return ToString(v), nil
	case tkArray:
		return convertArray(v, t)
	case tkList:
		l := NewList(t.Elem)
		var err error
		if v != nil {
			err = Enumerate(v, l.Add)
		}
		return l, err
	case tkOrdered, tkHashtable:
		h, ok := v.(*Hashtable)
		if !ok {
			if v == nil {
				return nil, nil
			}
			return nil, cannotConvert(v, t.Name, nil)
		}
		c := h.Clone()
		c.ordered = t.kind == tkOrdered
		if t.kind == tkHashtable && !h.ordered {
			return h, nil
		}
		return c, nil
	case tkPSCustomObject:
		if h, ok := v.(*Hashtable); ok {
			return PSObjectFrom(h), nil
		}
		return v, nil
	case tkRegex:
		if r, ok := v.(*Regex); ok {
			return r, nil
		}
		return NewRegex(ToString(v), false)
	case tkScriptBlock:
		if sb, ok := v.(ScriptBlock); ok {
			return sb, nil
		}
		return nil, cannotConvert(v, t.Name, nil)
	case tkEnum:
		return convertEnum(v, t)
	case tkStatic:
		return nil, cannotConvert(v, t.Name, nil)
	}
	if t.Type == boolType {
		return ToBool(v), nil
	}
	if a, ok := v.([]any); ok && len(a) == 1 {
		v = a[0]
	}
	return Convert(v, t.Type)
}

func convertArray(v any, t *TypeInfo) (any, error) {
	if v == nil {
		return nil, nil
	}
	if t.Elem == nil || t.Elem.kind == tkObject {
		if a, ok := v.([]any); ok {
			return a, nil
		}
		return append([]any(nil), ToSlice(v)...), nil
	}
	if str, ok := v.(string); ok && t.Elem.Type == charType {
		// [char[]]'abc' is the string's characters.
		out := make([]any, 0, len(str))
		for _, r := range str {
			out = append(out, Char(r))
		}
		return out, nil
	}
	src := ToSlice(v)
	out := make([]any, len(src))
	for i, e := range src {
		c, err := ConvertToType(e, t.Elem)
		if err != nil {
			return nil, cannotConvert(v, t.Name, err)
		}
		out[i] = c
	}
	return out, nil
}

// As implements -as: the converted value, or nil when conversion fails.
func As(v any, t *TypeInfo) any {
	c, err := ConvertToType(v, t)
	if err != nil {
		return nil
	}
	return c
}

// LookupType finds a type by accelerator or full name, case-insensitively:
// int long double string bool char byte datetime timespan guid array object
// hashtable ordered pscustomobject psobject regex scriptblock switch void
// math convert, System.* names, T[] arrays and List[T] generics.
func LookupType(name string) (*TypeInfo, bool) {
	n := strings.TrimSpace(name)
	if n == "" {
		return nil, false
	}
	if strings.HasSuffix(n, "[]") {
		e, ok := LookupType(n[:len(n)-2])
		if !ok {
			return nil, false
		}
		return &TypeInfo{Name: e.Name + "[]", Elem: e, kind: tkArray, Type: sliceAnyType}, true
	}
	l := strings.ToLower(n)
	if i := strings.IndexByte(l, '['); i > 0 && strings.HasSuffix(l, "]") {
		gen := strings.TrimPrefix(strings.TrimPrefix(l[:i], "system."), "collections.generic.")
		if gen == "list" || gen == "list`1" {
			e, ok := LookupType(n[i+1 : len(n)-1])
			if !ok {
				return nil, false
			}
			return &TypeInfo{Name: "System.Collections.Generic.List[" + e.Name + "]", Elem: e, kind: tkList,
				Type: reflect.TypeFor[*List]()}, true
		}
		return nil, false
	}
	t, ok := builtinTypes()[l]
	if !ok {
		t, ok = builtinTypes()["system."+l]
	}
	if !ok {
		if full, isEx := dotnetExceptionName(n); isEx {
			return &TypeInfo{Name: full, kind: tkException, Type: reflect.TypeFor[*DotNetException]()}, true
		}
	}
	return t, ok
}

var builtinTypes = sync.OnceValue(func() map[string]*TypeInfo {
	m := map[string]*TypeInfo{}
	add := func(t *TypeInfo, aliases ...string) {
		m[strings.ToLower(t.Name)] = t
		for _, a := range aliases {
			m[a] = t
		}
	}
	add(&TypeInfo{Name: "System.Int32", Type: int32Type}, "int", "int32")
	add(&TypeInfo{Name: "System.Int64", Type: int64Type}, "long", "int64")
	add(&TypeInfo{Name: "System.Int16", Type: reflect.TypeFor[int16]()}, "short", "int16")
	add(&TypeInfo{Name: "System.Byte", Type: reflect.TypeFor[uint8]()}, "byte")
	add(&TypeInfo{Name: "System.SByte", Type: reflect.TypeFor[int8]()}, "sbyte")
	add(&TypeInfo{Name: "System.UInt16", Type: reflect.TypeFor[uint16]()}, "ushort", "uint16")
	add(&TypeInfo{Name: "System.UInt32", Type: reflect.TypeFor[uint32]()}, "uint", "uint32")
	add(&TypeInfo{Name: "System.UInt64", Type: reflect.TypeFor[uint64]()}, "ulong", "uint64")
	add(&TypeInfo{Name: "System.Double", Type: float64Type}, "double")
	add(&TypeInfo{Name: "System.Single", Type: float64Type}, "float", "single")
	add(&TypeInfo{Name: "System.Decimal", Type: float64Type}, "decimal")
	add(&TypeInfo{Name: "System.String", Type: stringType, kind: tkString}, "string")
	add(&TypeInfo{Name: "System.Char", Type: charType}, "char")
	add(&TypeInfo{Name: "System.Management.Automation.PSReference", Type: reflect.TypeFor[*Ref]()}, "ref")
	add(&TypeInfo{Name: "System.Boolean", Type: boolType, kind: tkBool}, "bool", "boolean")
	add(&TypeInfo{Name: "System.DateTime", Type: timeType}, "datetime")
	add(&TypeInfo{Name: "System.TimeSpan", Type: durationType}, "timespan")
	add(&TypeInfo{Name: "System.Guid", Type: guidType}, "guid")
	add(&TypeInfo{Name: "System.Array", Type: sliceAnyType, kind: tkArray}, "array")
	add(&TypeInfo{Name: "System.Object", Type: anyType, kind: tkObject}, "object")
	add(&TypeInfo{Name: "System.Collections.Hashtable", Type: hashtableType, kind: tkHashtable}, "hashtable")
	add(&TypeInfo{Name: "System.Collections.Specialized.OrderedDictionary", Type: hashtableType, kind: tkOrdered}, "ordered")
	add(&TypeInfo{Name: "System.Management.Automation.PSCustomObject", Type: psobjectType, kind: tkPSCustomObject}, "pscustomobject")
	add(&TypeInfo{Name: "System.Management.Automation.PSObject", Type: psobjectType, kind: tkPSObject}, "psobject")
	add(&TypeInfo{Name: "System.Text.RegularExpressions.Regex", Type: reflect.TypeFor[*Regex](), kind: tkRegex}, "regex")
	add(&TypeInfo{Name: "System.Management.Automation.ScriptBlock", Type: scriptBlockType, kind: tkScriptBlock}, "scriptblock")
	add(&TypeInfo{Name: "System.Management.Automation.SwitchParameter", Type: switchType}, "switch")
	add(&TypeInfo{Name: "System.Void", kind: tkVoid}, "void")
	add(&TypeInfo{Name: "System.Math", kind: tkStatic}, "math")
	add(&TypeInfo{Name: "System.Convert", kind: tkStatic}, "convert")
	add(&TypeInfo{Name: "System.IO.Path", kind: tkStatic}, "io.path")
	add(&TypeInfo{Name: "System.Environment", kind: tkStatic}, "environment")
	add(&TypeInfo{Name: "System.IO.File", kind: tkStatic}, "io.file")
	add(&TypeInfo{Name: "System.IO.Directory", kind: tkStatic}, "io.directory")
	add(&TypeInfo{Name: "System.IO.DirectoryInfo", Type: reflect.TypeFor[*DirectoryInfo]()}, "io.directoryinfo")
	add(&TypeInfo{Name: "System.Enum", kind: tkStatic}, "enum")
	add(&TypeInfo{Name: "System.Version", Type: reflect.TypeFor[Version]()}, "version")
	add(&TypeInfo{Name: "System.OperatingSystem", Type: reflect.TypeFor[*OperatingSystem]()})
	add(&TypeInfo{Name: "System.Text.StringBuilder", Type: reflect.TypeFor[*StringBuilder]()}, "text.stringbuilder")
	add(&TypeInfo{Name: "System.Collections.ArrayList", Type: reflect.TypeFor[*List](), kind: tkList}, "arraylist", "collections.arraylist")
	add(&TypeInfo{Name: "System.Management.Automation.ErrorRecord", Type: reflect.TypeFor[*ErrorRecord]()}, "errorrecord")
	add(&TypeInfo{Name: "System.Text.RegularExpressions.Match", Type: reflect.TypeFor[*RegexMatch]()})
	add(&TypeInfo{Name: "System.MidpointRounding", kind: tkEnum, enum: []string{"ToEven", "AwayFromZero", "ToZero", "ToNegativeInfinity", "ToPositiveInfinity"}}, "midpointrounding")
	add(&TypeInfo{Name: "System.DayOfWeek", Type: reflect.TypeFor[DayOfWeek](), kind: tkEnum, enum: []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}}, "dayofweek")
	add(&TypeInfo{Name: "System.StringComparison", kind: tkEnum, enum: []string{"CurrentCulture", "CurrentCultureIgnoreCase", "InvariantCulture", "InvariantCultureIgnoreCase", "Ordinal", "OrdinalIgnoreCase"}}, "stringcomparison")
	add(&TypeInfo{Name: "System.Management.Automation.ActionPreference", Type: prefType, kind: tkEnum, enum: ActionPreference("").Values()})
	return m
})
