package pipeline

import (
	"reflect"
)

// ToBool is PowerShell's truthiness: $null, "", numeric zero, $false and an
// empty collection are false; a one-element collection is the truth of its
// element; two or more elements are true; a switch is its state; every other
// object (hashtables, " ", "0", "False") is true.
func ToBool(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case int32:
		return x != 0
	case int64:
		return x != 0
	case int:
		return x != 0
	case float64:
		return x != 0
	case string:
		return x != ""
	case Switch:
		return bool(x)
	case Char:
		return x != 0
	case []any:
		switch len(x) {
		case 0:
			return false
		case 1:
			return ToBool(x[0])
		}
		return true
	case *Hashtable, *PSObject:
		return true
	}
	if IsEnumerable(v) {
		n := Count(v)
		if n == 1 {
			return ToBool(ToSlice(v)[0])
		}
		return n > 1
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return rv.Int() != 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return rv.Uint() != 0
	case reflect.Float32, reflect.Float64:
		return rv.Float() != 0
	case reflect.Bool:
		return rv.Bool()
	case reflect.Pointer, reflect.Map, reflect.Interface:
		return !rv.IsNil()
	}
	return true
}

// Not is the -not / ! operator.
func Not(v any) bool { return !ToBool(v) }
