package pipeline

import (
	"math"
	"reflect"
	"strconv"
	"strings"
)

// numKind classifies a numeric value for the operators.
type numKind uint8

const (
	nkNone numKind = iota
	nkInt32
	nkInt64
	nkDouble
)

// asNumber classifies v when it is already a number (Char and bool count:
// they widen to Int32 in arithmetic). Strings are not numbers here.
func asNumber(v any) (numKind, int64, float64) {
	switch x := v.(type) {
	case int32:
		return nkInt32, int64(x), 0
	case int64:
		return nkInt64, x, 0
	case float64:
		return nkDouble, 0, x
	case int:
		return nkInt64, int64(x), 0
	case Char:
		return nkInt32, int64(x), 0
	case bool:
		if x {
			return nkInt32, 1, 0
		}
		return nkInt32, 0, 0
	case nil, string:
		return nkNone, 0, 0
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int8, reflect.Int16, reflect.Uint8, reflect.Uint16:
		if _, ok := v.(Switch); !ok {
			return nkInt32, toInt64(rv), 0
		}
	case reflect.Int32:
		return nkInt32, rv.Int(), 0
	case reflect.Int, reflect.Int64, reflect.Uint32:
		return nkInt64, toInt64(rv), 0
	case reflect.Uint, reflect.Uint64, reflect.Uintptr:
		u := rv.Uint()
		if u > math.MaxInt64 {
			return nkDouble, 0, float64(u)
		}
		return nkInt64, int64(u), 0
	case reflect.Float32, reflect.Float64:
		return nkDouble, 0, rv.Float()
	}
	return nkNone, 0, 0
}

func toInt64(rv reflect.Value) int64 {
	if rv.CanInt() {
		return rv.Int()
	}
	return int64(rv.Uint())
}

// IsNumber reports whether v is a numeric value (any Go integer or float;
// not bool, Char or string).
func IsNumber(v any) bool {
	switch v.(type) {
	case bool, Char:
		return false
	}
	k, _, _ := asNumber(v)
	return k != nkNone
}

// toNumber converts v to a number for arithmetic and comparison: numbers
// as they are, strings parsed ("" and $null are 0), bool and Char widened.
func toNumber(v any) (numKind, int64, float64, error) {
	if k, i, f := asNumber(v); k != nkNone {
		return k, i, f, nil
	}
	switch x := v.(type) {
	case nil:
		return nkInt32, 0, 0, nil
	case string:
		return ParseNumber(x)
	}
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.String {
		return ParseNumber(rv.String())
	}
	return nkNone, 0, 0, nil
}

// ParseNumber parses a string as PowerShell converts it to a number: blank
// is 0; decimal integers are Int32 when they fit, else Int64, else Double;
// 0x hex (0xFFFFFFFF is -1); reals and exponents are Double; the multiplier
// suffixes kb mb gb tb pb and the type suffixes l and d are accepted.
func ParseNumber(s string) (numKind, int64, float64, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return nkInt32, 0, 0, nil
	}
	neg := false
	body := t
	if body[0] == '+' || body[0] == '-' {
		neg = body[0] == '-'
		body = body[1:]
	}
	mult := int64(1)
	lb := strings.ToLower(body)
	if len(lb) > 2 && !strings.HasPrefix(lb, "0x") {
		for i, suf := range []string{"kb", "mb", "gb", "tb", "pb"} {
			if strings.HasSuffix(lb, suf) {
				mult = 1 << (10 * (i + 1))
				lb = lb[:len(lb)-2]
				break
			}
		}
	}
	forceLong, forceDouble := false, false
	if !strings.HasPrefix(lb, "0x") && len(lb) > 1 {
		switch lb[len(lb)-1] {
		case 'l':
			forceLong, lb = true, lb[:len(lb)-1]
		case 'd':
			forceDouble, lb = true, lb[:len(lb)-1]
		}
	}
	if strings.HasPrefix(lb, "0x") {
		u, err := strconv.ParseUint(lb[2:], 16, 64)
		if err != nil {
			return nkNone, 0, 0, errFormat(s)
		}
		var n int64
		k := nkInt64
		if u <= math.MaxUint32 && !forceLong {
			n, k = int64(int32(uint32(u))), nkInt32
		} else {
			n = int64(u)
		}
		if neg {
			n = -n
		}
		return widenInt(k, n, mult)
	}
	if isDigits(lb) && !forceDouble {
		n, err := strconv.ParseInt(lb, 10, 64)
		if err == nil {
			if neg {
				n = -n
			}
			k := nkInt32
			if forceLong || n > math.MaxInt32 || n < math.MinInt32 {
				k = nkInt64
			}
			return widenInt(k, n, mult)
		}
	}
	if !validReal(lb) {
		return nkNone, 0, 0, errFormat(s)
	}
	f, err := strconv.ParseFloat(lb, 64)
	if err != nil && !strings.Contains(err.Error(), "range") {
		return nkNone, 0, 0, errFormat(s)
	}
	if neg {
		f = -f
	}
	return nkDouble, 0, f * float64(mult), nil
}

func widenInt(k numKind, n, mult int64) (numKind, int64, float64, error) {
	if mult == 1 {
		return k, n, 0, nil
	}
	p := n * mult
	if p/mult != n {
		return nkDouble, 0, float64(n) * float64(mult), nil
	}
	if k == nkInt32 && (p > math.MaxInt32 || p < math.MinInt32) {
		k = nkInt64
	}
	return k, p, 0, nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// validReal accepts digits with one optional '.', and an optional exponent.
func validReal(s string) bool {
	if s == "infinity" || s == "nan" {
		return false
	}
	digits, dot, exp := 0, false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !dot && !exp:
			dot = true
		case (c == 'e') && !exp && digits > 0:
			exp = true
			if i+1 < len(s) && (s[i+1] == '+' || s[i+1] == '-') {
				i++
			}
			if i+1 >= len(s) {
				return false
			}
		default:
			return false
		}
	}
	return digits > 0
}

// numValue boxes a classified number.
func numValue(k numKind, i int64, f float64) any {
	switch k {
	case nkInt32:
		return int32(i)
	case nkInt64:
		return i
	case nkDouble:
		return f
	}
	return nil
}

// roundToInt64 rounds a double half-to-even, reporting whether it fits.
func roundToInt64(f float64) (int64, bool) {
	r := math.RoundToEven(f)
	if math.IsNaN(r) || r >= 9.223372036854775807e18 || r < -9.223372036854775808e18 {
		return 0, false
	}
	return int64(r), true
}
