package filter

import (
	"fmt"
	"math"
	"reflect"
	"time"
)

// Getter returns the value of a property (canonical name) of obj: a string,
// bool, integer, time.Time, []string (multi-valued), a fmt.Stringer (guids,
// enums, DNs) or nil when the property is not set.
type Getter = func(obj any, property string) any

// textOf returns the text of a value and whether it is set. The empty
// string counts as not set, as the store keeps it as NULL.
func textOf(v any) (string, bool) {
	var s string
	switch x := v.(type) {
	case nil:
		return "", false
	case string:
		s = x
	case fmt.Stringer:
		if isNilPointer(x) {
			return "", false
		}
		s = x.String()
	default:
		rv := reflect.ValueOf(v)
		switch rv.Kind() {
		case reflect.String:
			s = rv.String()
		case reflect.Pointer:
			if rv.IsNil() {
				return "", false
			}
			return textOf(rv.Elem().Interface())
		default:
			s = fmt.Sprint(v)
		}
	}
	return s, s != ""
}

func isNilPointer(v any) bool {
	rv := reflect.ValueOf(v)
	return rv.Kind() == reflect.Pointer && rv.IsNil()
}

// intOf returns an integer value and whether it is set.
func intOf(v any) (int64, bool) {
	switch x := v.(type) {
	case nil:
		return 0, false
	case int:
		return int64(x), true
	case int32:
		return int64(x), true
	case int64:
		return x, true
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return rv.Int(), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if u := rv.Uint(); u <= math.MaxInt64 {
			return int64(u), true
		}
	case reflect.Pointer:
		if !rv.IsNil() {
			return intOf(rv.Elem().Interface())
		}
	}
	return 0, false
}

// boolOf returns a Boolean value; a missing Boolean is false, as the store
// keeps Booleans NOT NULL.
func boolOf(v any) bool {
	switch x := v.(type) {
	case bool:
		return x
	case nil:
		return false
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Bool:
		return rv.Bool()
	case reflect.Pointer:
		if !rv.IsNil() {
			return boolOf(rv.Elem().Interface())
		}
	}
	return false
}

// dateOf returns a date as Unix nanoseconds and whether it is set; the zero
// time counts as not set.
func dateOf(v any) (int64, bool) {
	switch x := v.(type) {
	case time.Time:
		if x.IsZero() {
			return 0, false
		}
		return x.UnixNano(), true
	case *time.Time:
		if x == nil {
			return 0, false
		}
		return dateOf(*x)
	}
	return 0, false
}

// eachText calls f for every set element of a multi-valued value until f
// returns true; it reports whether f did.
func eachText(v any, f func(string) bool) bool {
	switch x := v.(type) {
	case nil:
		return false
	case []string:
		for _, s := range x {
			if s != "" && f(s) {
				return true
			}
		}
		return false
	case []any:
		for _, e := range x {
			if s, ok := textOf(e); ok && f(s) {
				return true
			}
		}
		return false
	case string:
		return x != "" && f(x)
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Slice || rv.Kind() == reflect.Array {
		for i := 0; i < rv.Len(); i++ {
			if s, ok := textOf(rv.Index(i).Interface()); ok && f(s) {
				return true
			}
		}
		return false
	}
	s, ok := textOf(v)
	return ok && f(s)
}
