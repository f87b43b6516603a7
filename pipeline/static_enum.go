package pipeline

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// convertEnum casts v to the enum type t: a numbered enum ([DayOfWeek])
// from its number or name, a Go string enum ([ActionPreference]) to its
// typed name, other enums ([MidpointRounding]) to the member name.
func convertEnum(v any, t *TypeInfo) (any, error) {
	if t.Type != nil && reflect.TypeOf(v) == t.Type {
		return v, nil
	}
	if k, i, _ := asNumber(v); k == nkInt32 || k == nkInt64 {
		if isIntKind(t.Type) {
			return reflect.ValueOf(i).Convert(t.Type).Interface(), nil
		}
		if i >= 0 && i < int64(len(t.enum)) {
			return enumMember(t, int(i)), nil
		}
	}
	n, err := matchEnum(ToString(v), t.enum)
	if err != nil {
		return nil, cannotConvert(v, t.Name, err)
	}
	return enumMember(t, slices.Index(t.enum, n)), nil
}

func isIntKind(t reflect.Type) bool {
	return t != nil && t.Kind() >= reflect.Int && t.Kind() <= reflect.Int64
}

// enumMember is the value of t's i-th member: typed when t has a Go type.
func enumMember(t *TypeInfo, i int) any {
	switch {
	case isIntKind(t.Type):
		return reflect.ValueOf(int64(i)).Convert(t.Type).Interface()
	case t.Type != nil && t.Type.Kind() == reflect.String:
		return reflect.ValueOf(t.enum[i]).Convert(t.Type).Interface()
	}
	return t.enum[i]
}

// enumStatic implements [enum]::GetNames, GetValues, Parse, GetName,
// IsDefined and ToObject for psh's enum types.
func enumStatic(name, l string, args []any) (any, error) {
	n := len(args)
	if n == 0 {
		return nil, errNoOverload(name, 0)
	}
	switch l {
	case "getnames", "getvalues", "parse", "getname", "isdefined", "toobject":
	default:
		return nil, errNoStatic("System.Enum", name)
	}
	t, err := enumTypeArg(name, args)
	if err != nil {
		return nil, err
	}
	switch {
	case l == "getnames" && n == 1:
		out := make([]any, len(t.enum))
		for i, e := range t.enum {
			out[i] = e
		}
		return out, nil
	case l == "getvalues" && n == 1:
		out := make([]any, len(t.enum))
		for i := range t.enum {
			out[i] = enumMember(t, i)
		}
		return out, nil
	case l == "parse" && (n == 2 || n == 3):
		return enumParse(t, name, args)
	case l == "getname" && n == 2:
		if i, ok := enumIndex(t, args[1], false); ok {
			return t.enum[i], nil
		}
		return nil, nil
	case l == "isdefined" && n == 2:
		_, ok := enumIndex(t, args[1], false)
		return ok, nil
	case l == "toobject" && n == 2:
		k, i, _ := asNumber(args[1])
		if (k == nkInt32 || k == nkInt64) && i >= 0 && i < int64(len(t.enum)) {
			return enumMember(t, int(i)), nil
		}
		return nil, DotNetMethodError(name, n, "System.ArgumentException",
			"The value passed in must be an enum base or an underlying type for an enum, such as an Int32. (Parameter 'value')")
	}
	return nil, errNoOverload(name, n)
}

// enumTypeArg reads the enumType argument: a type literal or its name.
func enumTypeArg(name string, args []any) (*TypeInfo, error) {
	t, ok := args[0].(*TypeInfo)
	if !ok {
		if s, isStr := args[0].(string); isStr {
			t, ok = LookupType(s)
		}
	}
	if !ok {
		return nil, cannotConvertArg(name, args[0], "System.Type")
	}
	if t.kind != tkEnum {
		return nil, DotNetMethodError(name, len(args), "System.ArgumentException", "Type provided must be an Enum. (Parameter 'enumType')")
	}
	return t, nil
}

func cannotConvertArg(method string, v any, to string) error {
	return &ValueError{ID: "MethodArgumentConversionInvalidCastArgument", Message: "Cannot convert argument \"enumType\", with value: \"" +
		ToString(v) + "\", for \"" + method + "\" to type \"" + to + "\": \"Cannot convert the \"" + ToString(v) +
		"\" value of type \"" + TypeName(v) + "\" to type \"" + to + "\".\""}
}

// enumIndex finds the member v names (exactly, or ignoring case) or
// numbers.
func enumIndex(t *TypeInfo, v any, ignoreCase bool) (int, bool) {
	if t.Type != nil && reflect.TypeOf(v) == t.Type {
		v = ToString(v)
	}
	if k, i, _ := asNumber(v); k == nkInt32 || k == nkInt64 {
		return int(i), i >= 0 && i < int64(len(t.enum))
	}
	s := ToString(v)
	for i, e := range t.enum {
		if e == s || ignoreCase && strings.EqualFold(e, s) {
			return i, true
		}
	}
	return 0, false
}

// enumParse is Enum.Parse(type, value[, ignoreCase]): case-sensitive by
// default, as in .NET; a number parses to the member it numbers.
func enumParse(t *TypeInfo, name string, args []any) (any, error) {
	s := strings.TrimSpace(ToString(args[1]))
	if s == "" {
		return nil, DotNetMethodError(name, len(args), "System.ArgumentException",
			"Must specify valid information for parsing in the string. (Parameter 'value')")
	}
	ignoreCase := len(args) == 3 && ToBool(args[2])
	if n, err := strconv.Atoi(s); err == nil {
		if n >= 0 && n < len(t.enum) {
			return enumMember(t, n), nil
		}
		if isIntKind(t.Type) {
			return reflect.ValueOf(int64(n)).Convert(t.Type).Interface(), nil
		}
	}
	if i, ok := enumIndex(t, s, ignoreCase); ok {
		return enumMember(t, i), nil
	}
	return nil, DotNetMethodError(name, len(args), "System.ArgumentException", "Requested value '"+s+"' was not found.")
}
