package pipeline

import (
	"reflect"
	"sort"
	"time"
)

// Member describes one member for Get-Member.
type Member struct {
	Name       string
	MemberType string // Property, NoteProperty, Method
	Definition string
}

// Members lists v's members for Get-Member: properties first (note
// properties of a PSObject, exported fields of a Go struct), then methods,
// each group sorted by name as Get-Member shows them.
func Members(v any) []Member {
	var props, methods []Member
	kind := "Property"
	if _, ok := v.(*PSObject); ok {
		kind = "NoteProperty"
	}
	for _, n := range PropertyNames(v) {
		val, _ := GetProperty(v, n)
		def := shortTypeName(TypeName(val)) + " " + n
		if kind == "NoteProperty" {
			def += "=" + ToString(val)
		} else {
			def += " {get;set;}"
		}
		props = append(props, Member{Name: n, MemberType: kind, Definition: def})
	}
	if s, ok := v.(string); ok {
		_ = s
		props = append(props, Member{Name: "Length", MemberType: "Property", Definition: "int Length {get;}"})
	}
	names := map[string]bool{"Equals": true, "GetHashCode": true, "GetType": true, "ToString": true}
	switch v.(type) {
	case string:
		for _, n := range stringMethodNames {
			names[n] = true
		}
	case time.Time:
		for _, n := range []string{"AddDays", "AddHours", "AddMinutes", "AddSeconds", "AddMonths", "AddYears", "AddMilliseconds", "AddTicks", "Add", "Subtract", "ToUniversalTime", "ToLocalTime", "ToShortDateString", "ToLongDateString", "ToShortTimeString", "ToLongTimeString", "CompareTo"} {
			names[n] = true
		}
	case *Hashtable:
		for _, n := range []string{"Add", "Clear", "Clone", "Contains", "ContainsKey", "ContainsValue", "Remove", "GetEnumerator"} {
			names[n] = true
		}
	}
	if _, bag := v.(*PSObject); v != nil && !bag {
		if _, ok := structValue(v); ok || reflect.TypeOf(v).NumMethod() > 0 {
			a := adapterFor(reflect.TypeOf(v))
			for _, n := range a.mnames {
				switch n {
				case "GetProperty", "SetProperty", "PropertyNames", "PSTypeNames", "String", "EnumerateItems", "ConvertFrom":
					continue
				}
				names[n] = true
			}
		}
	}
	for n := range names {
		methods = append(methods, Member{Name: n, MemberType: "Method", Definition: n + "()"})
	}
	sort.Slice(props, func(i, j int) bool { return CompareStrings(props[i].Name, props[j].Name, false) < 0 })
	sort.Slice(methods, func(i, j int) bool { return CompareStrings(methods[i].Name, methods[j].Name, false) < 0 })
	return append(methods, props...)
}

// MethodCaller is an optional capability of Go types that dispatch their own
// methods by name; CallMethod tries it first.
type MethodCaller interface {
	CallMethod(name string, args []any) (any, bool, error)
}

// CallMethod invokes v.name(args...) with .NET-like semantics for strings,
// arrays, hashtables, lists, DateTime, TimeSpan, numbers and regexes, then
// Go methods by reflection (case-insensitive name, arguments converted to
// the parameter types). Errors carry PowerShell's messages.
func CallMethod(v any, name string, args []any) (any, error) {
	if mc, ok := v.(MethodCaller); ok {
		if r, handled, err := mc.CallMethod(name, args); handled {
			return r, err
		}
	}
	l := lower(name)
	switch l {
	case "gettype":
		if len(args) == 0 && v != nil {
			return typeInfoOf(v), nil
		}
	case "equals":
		if len(args) == 1 {
			return Equals(v, args[0], true), nil
		}
	case "gethashcode":
		return int32(len(ToString(v))), nil
	}
	switch x := v.(type) {
	case nil:
		return nil, &ValueError{ID: "InvokeMethodOnNull", Message: "You cannot call a method on a null-valued expression."}
	case string:
		return stringMethod(x, name, l, args)
	case []any:
		return arrayMethod(x, name, l, args)
	case *List:
		return listMethod(x, name, l, args)
	case *Hashtable:
		return hashtableMethod(x, name, l, args)
	case *PSObject:
		if l == "tostring" {
			return x.String(), nil
		}
		// A [pscustomobject] has .NET's object methods only, not the Go
		// methods of its implementation.
		return nil, errNoMethod(TypeName(v), name)
	case time.Time:
		return dateMethod(x, name, l, args)
	case time.Duration:
		return timeSpanMethod(x, name, l, args)
	case *Regex:
		if r, ok, err := regexMethod(x, l, args); ok {
			return r, err
		}
	case Char:
		if l == "tostring" {
			return ToString(x), nil
		}
	}
	if r, ok, err := reflectMethod(v, name, args); ok {
		return r, err
	}
	if l == "tostring" {
		if k, _, _ := asNumber(v); k != nkNone {
			return numberToString(v, args)
		}
		if len(args) == 0 {
			if k, _, f := asNumber(v); k == nkDouble {
				return FormatDoubleRoundTrip(f), nil
			}
			return ToString(v), nil
		}
	}
	if l == "compareto" && len(args) == 1 {
		c, err := Compare(v, args[0], true)
		return int32(c), err
	}
	return nil, errNoMethod(TypeName(v), name)
}

func numberToString(v any, args []any) (any, error) {
	format := ""
	if len(args) > 0 {
		format = ToString(args[0])
	}
	s, err := FormatValue(v, format)
	if err != nil {
		return nil, &ValueError{ID: "FormatException", Message: "Exception calling \"ToString\" with \"1\" argument(s): \"" + err.Error() + "\"", Err: err}
	}
	return s, nil
}

// reflectMethod calls an exported Go method, converting arguments.
func reflectMethod(v any, name string, args []any) (any, bool, error) {
	if v == nil {
		return nil, false, nil
	}
	t := reflect.TypeOf(v)
	if t.NumMethod() == 0 {
		return nil, false, nil
	}
	m, ok := adapterFor(t).methods[lower(name)]
	if !ok {
		return nil, false, nil
	}
	ft := m.Type
	nin := ft.NumIn() - 1
	if !ft.IsVariadic() && len(args) != nin || ft.IsVariadic() && len(args) < nin-1 {
		return nil, true, errNoOverload(name, len(args))
	}
	in := []reflect.Value{reflect.ValueOf(v)}
	for i, a := range args {
		pt := ft.In(min(i+1, ft.NumIn()-1))
		if ft.IsVariadic() && i+1 >= ft.NumIn()-1 {
			pt = ft.In(ft.NumIn() - 1).Elem()
		}
		c, err := Convert(a, pt)
		if err != nil {
			return nil, true, &ValueError{ID: "MethodArgumentConversionInvalidCastArgument", Message: "Cannot convert argument \"" +
				ft.In(i+1).Name() + "\", with value: \"" + ToString(a) + "\", for \"" + m.Name + "\" to type \"" + typeNameOf(pt) + "\": \"" + err.Error() + "\"", Err: err}
		}
		if c == nil {
			in = append(in, reflect.Zero(pt))
		} else {
			in = append(in, reflect.ValueOf(c))
		}
	}
	out := m.Func.Call(in)
	var errOut error
	var vals []any
	for _, o := range out {
		if o.Type() == reflect.TypeFor[error]() {
			if !o.IsNil() {
				errOut = o.Interface().(error)
			}
			continue
		}
		vals = append(vals, goValue(o))
	}
	if errOut != nil {
		return nil, true, &ValueError{ID: "MethodInvocationException", Message: "Exception calling \"" + m.Name + "\" with \"" +
			itoa(len(args)) + "\" argument(s): \"" + errOut.Error() + "\"", Err: errOut}
	}
	switch len(vals) {
	case 0:
		return nil, true, nil
	case 1:
		return vals[0], true, nil
	}
	return vals, true, nil
}

// typeInfoOf returns a TypeInfo for v's type (GetType()).
func typeInfoOf(v any) *TypeInfo {
	n := TypeName(v)
	if t, ok := LookupType(n); ok {
		return t
	}
	return &TypeInfo{Name: n, Type: reflect.TypeOf(v)}
}
