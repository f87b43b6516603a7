package pipeline

import (
	"encoding"
	"errors"
	"math"
	"reflect"
	"strings"
	"time"
)

// Converter is an optional capability of Go types that build themselves from
// another value (typically a string) during parameter binding and casts. It
// is called on the zero value of the target type (or on a new pointer to it)
// and returns a value of that type.
type Converter interface {
	ConvertFrom(v any) (any, error)
}

// EnumValues is the optional capability of a string-based Go enum type: its
// valid names. Convert matches strings case-insensitively, by unique prefix.
type EnumValues interface {
	Values() []string
}

var (
	anyType       = reflect.TypeFor[any]()
	stringType    = reflect.TypeFor[string]()
	boolType      = reflect.TypeFor[bool]()
	int32Type     = reflect.TypeFor[int32]()
	int64Type     = reflect.TypeFor[int64]()
	float64Type   = reflect.TypeFor[float64]()
	charType      = reflect.TypeFor[Char]()
	timeType      = reflect.TypeFor[time.Time]()
	durationType  = reflect.TypeFor[time.Duration]()
	guidType      = reflect.TypeFor[Guid]()
	reflectByte   = reflect.TypeFor[uint8]()
	hashtableType = reflect.TypeFor[*Hashtable]()
	psobjectType  = reflect.TypeFor[*PSObject]()
	switchType    = reflect.TypeFor[Switch]()
	sliceAnyType  = reflect.TypeFor[[]any]()
	converterType = reflect.TypeFor[Converter]()
	enumType      = reflect.TypeFor[EnumValues]()
	textUnmarshal = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// Convert converts v to the Go type t with PowerShell's rules, for parameter
// binding and typed assignment: strings (ToString), bool and Switch (only
// Booleans and numbers, as for [bool] parameters), numbers (strings parsed
// invariantly, doubles rounded half to even, range checked), Char, DateTime,
// TimeSpan, Guid, slices (a scalar wraps, elements convert one by one),
// *Hashtable, *PSObject (from a hashtable), string enums (EnumValues), the
// Converter and encoding.TextUnmarshaler hooks, and anything assignable.
// Failures are *ConversionError (or *BoolParameterError).
func Convert(v any, t reflect.Type) (any, error) {
	if t == nil || t == anyType {
		return v, nil
	}
	if v != nil && reflect.TypeOf(v) == t {
		return v, nil
	}
	switch t {
	case stringType:
		if v == nil {
			return "", nil
		}
		return ToString(v), nil
	case boolType:
		return convertBoolParam(v)
	case switchType:
		b, err := convertBoolParam(v)
		if err != nil {
			return nil, err
		}
		return Switch(b.(bool)), nil
	case charType:
		return convertChar(v)
	case timeType:
		return convertDateTime(v)
	case durationType:
		return convertTimeSpan(v)
	case guidType:
		return convertGuid(v)
	case hashtableType:
		return convertHashtable(v)
	case psobjectType:
		if h, ok := v.(*Hashtable); ok {
			return PSObjectFrom(h), nil
		}
	}
	if c, ok, err := convertHooks(v, t); ok {
		return c, err
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return convertNumber(v, t)
	case reflect.String:
		return convertStringKind(v, t)
	case reflect.Bool:
		b, err := convertBoolParam(v)
		if err != nil {
			return nil, err
		}
		return reflect.ValueOf(b).Convert(t).Interface(), nil
	case reflect.Slice:
		return convertSlice(v, t)
	case reflect.Interface:
		if v == nil || reflect.TypeOf(v).Implements(t) {
			return v, nil
		}
	case reflect.Struct, reflect.Pointer:
		if v == nil && t.Kind() == reflect.Pointer {
			return reflect.Zero(t).Interface(), nil
		}
		if v != nil && reflect.TypeOf(v).AssignableTo(t) {
			return v, nil
		}
		if h, ok := v.(*Hashtable); ok {
			return convertHashtableToStruct(h, t)
		}
	}
	if v != nil && reflect.TypeOf(v).ConvertibleTo(t) && reflect.TypeOf(v).Kind() == t.Kind() {
		return reflect.ValueOf(v).Convert(t).Interface(), nil
	}
	return nil, cannotConvert(v, typeNameOf(t), nil)
}

func cannotConvert(v any, to string, err error) error {
	from := TypeName(v)
	if v == nil {
		from = "null"
	}
	return &ConversionError{Value: v, From: from, To: to, Err: err}
}

// convertBoolParam is the [bool]/[switch] parameter rule: Booleans, numbers
// and $null only.
func convertBoolParam(v any) (any, error) {
	switch x := v.(type) {
	case nil:
		return false, nil
	case bool:
		return x, nil
	case Switch:
		return bool(x), nil
	case []any:
		if len(x) == 1 {
			return convertBoolParam(x[0])
		}
	}
	if IsNumber(v) {
		return ToBool(v), nil
	}
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Bool {
		return rv.Bool(), nil
	}
	return nil, &BoolParameterError{From: TypeName(v)}
}

// convertHooks tries Converter and encoding.TextUnmarshaler.
func convertHooks(v any, t reflect.Type) (any, bool, error) {
	if t.Implements(converterType) {
		c, err := reflect.Zero(t).Interface().(Converter).ConvertFrom(v)
		return c, true, err
	}
	pt := reflect.PointerTo(t)
	if pt.Implements(converterType) {
		c, err := reflect.New(t).Interface().(Converter).ConvertFrom(v)
		return c, true, err
	}
	if s, ok := v.(string); ok && pt.Implements(textUnmarshal) && t.Kind() != reflect.String {
		p := reflect.New(t)
		if err := p.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
			return nil, true, cannotConvert(v, typeNameOf(t), err)
		}
		return p.Elem().Interface(), true, nil
	}
	return nil, false, nil
}

// convertNumber converts v to a numeric Go type.
func convertNumber(v any, t reflect.Type) (any, error) {
	if a, ok := v.([]any); ok && len(a) == 1 {
		v = a[0]
	}
	to := typeNameOf(t)
	k, i, f, err := toNumber(v)
	if err != nil {
		return nil, cannotConvert(v, to, err)
	}
	if k == nkNone {
		return nil, cannotConvert(v, to, nil)
	}
	switch t.Kind() {
	case reflect.Float32, reflect.Float64:
		if k != nkDouble {
			f = float64(i)
		}
		return reflect.ValueOf(f).Convert(t).Interface(), nil
	}
	if k == nkDouble {
		r, ok := roundToInt64(f)
		if !ok {
			return nil, cannotConvert(v, to, overflowErr(to))
		}
		i = r
	}
	if !fitsKind(i, t.Kind()) {
		return nil, cannotConvert(v, to, overflowErr(to))
	}
	switch t {
	case int32Type:
		return int32(i), nil
	case int64Type:
		return i, nil
	}
	rv := reflect.New(t).Elem()
	if rv.CanInt() {
		rv.SetInt(i)
	} else {
		rv.SetUint(uint64(i))
	}
	return rv.Interface(), nil
}

func overflowErr(to string) error {
	return errors.New("Value was either too large or too small for " + article(strings.TrimPrefix(to, "System.")) + ".")
}

func article(n string) string {
	if n != "" && strings.ContainsRune("AEIOU", rune(n[0])) {
		return "an " + n
	}
	return "a " + n
}

func fitsKind(i int64, k reflect.Kind) bool {
	switch k {
	case reflect.Int8:
		return i >= math.MinInt8 && i <= math.MaxInt8
	case reflect.Int16:
		return i >= math.MinInt16 && i <= math.MaxInt16
	case reflect.Int32:
		return i >= math.MinInt32 && i <= math.MaxInt32
	case reflect.Uint8:
		return i >= 0 && i <= math.MaxUint8
	case reflect.Uint16:
		return i >= 0 && i <= math.MaxUint16
	case reflect.Uint32:
		return i >= 0 && i <= math.MaxUint32
	case reflect.Uint, reflect.Uint64, reflect.Uintptr:
		return i >= 0
	}
	return true
}
