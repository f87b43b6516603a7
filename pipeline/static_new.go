package pipeline

import (
	"reflect"
	"strings"
)

// maxNewLength bounds what [T[]]::new(n) and [string]::new(c, n) allocate
// (.NET's limit on array dimensions is about 2^31; ours keeps a hostile
// script from exhausting memory).
const maxNewLength = 1 << 28

// newArray is [T[]]::new(n) and New-Object T[] n: n elements, each the
// zero value of T ($null for reference types such as string).
func newArray(t *TypeInfo, size any) (any, error) {
	v, err := Convert(size, int32Type)
	if err != nil {
		return nil, methodException(".ctor", 1, unwrapMsg(err))
	}
	n := int(v.(int32))
	if n < 0 {
		return nil, methodException(".ctor", 1, "Arithmetic operation resulted in an overflow.")
	}
	if n > maxNewLength {
		return nil, methodException(".ctor", 1, "Array dimensions exceeded supported range.")
	}
	var zero any
	if et := t.Elem.Type; et != nil {
		switch et.Kind() {
		case reflect.Interface, reflect.String, reflect.Pointer, reflect.Slice, reflect.Map:
		default:
			zero = reflect.Zero(et).Interface()
		}
	}
	out := make([]any, n)
	if zero != nil {
		for i := range out {
			out[i] = zero
		}
	}
	return out, nil
}

// newRepeatedString is [string]::new(c, n): c repeated n times.
func newRepeatedString(s string, n int) (any, error) {
	if n < 0 {
		return nil, methodException(".ctor", 2, "Count cannot be less than zero. (Parameter 'count')")
	}
	if int64(len(s))*int64(n) > maxNewLength {
		return nil, methodException(".ctor", 2, "Array dimensions exceeded supported range.")
	}
	return strings.Repeat(s, n), nil
}
