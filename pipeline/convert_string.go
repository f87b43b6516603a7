package pipeline

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// ToString converts v to a string the way PowerShell's language does
// (invariant culture): nil is "", booleans True/False, doubles with up to 15
// significant digits (0.1+0.2 is "0.3"; .ToString() gives the round-trip
// form instead, see FormatValue), collections joined by spaces ($OFS),
// DateTime as "MM/dd/yyyy HH:mm:ss", a Hashtable its type name, a PSObject
// "@{a=1; b=2}", Go values their String() or their type name.
func ToString(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case int32:
		return strconv.FormatInt(int64(x), 10)
	case int64:
		return strconv.FormatInt(x, 10)
	case int:
		return strconv.Itoa(x)
	case float64:
		return FormatDouble(x)
	case bool:
		if x {
			return "True"
		}
		return "False"
	case Char:
		return string(rune(x))
	case []any:
		return joinStrings(x, " ")
	case *Hashtable:
		return TypeName(x)
	case *PSObject:
		return x.String()
	case time.Time:
		return x.Format("01/02/2006 15:04:05")
	case time.Duration:
		return formatTimeSpan(x)
	case float32:
		return formatFloat(float64(x), 7)
	case ScriptBlock:
		return x.String()
	case *ErrorRecord:
		return x.Message()
	case error:
		return x.Error()
	case fmt.Stringer:
		return x.String()
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(rv.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(rv.Uint(), 10)
	case reflect.String:
		return rv.String()
	case reflect.Bool:
		return ToString(rv.Bool())
	case reflect.Float32, reflect.Float64:
		return FormatDouble(rv.Float())
	case reflect.Slice:
		if rv.Kind() == reflect.Slice && rv.IsNil() {
			return ""
		}
		return joinStrings(ToSlice(v), " ")
	}
	return TypeName(v)
}

// toStringNested is ToString for an element inside a collection or a
// PSObject: nested collections print their type name, not their elements.
func toStringNested(v any) string {
	if v != nil && IsEnumerable(v) {
		return TypeName(v)
	}
	return ToString(v)
}

func joinStrings(xs []any, sep string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return toStringNested(xs[0])
	}
	var b strings.Builder
	for i, e := range xs {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(toStringNested(e))
	}
	return b.String()
}

// FormatDouble formats f as PowerShell prints a double: at most 15
// significant digits, scientific ("1E+20", "1E-05") outside 1e-5..1e15,
// NaN, Infinity, -Infinity.
func FormatDouble(f float64) string { return formatFloat(f, 15) }

// FormatDoubleRoundTrip formats f as .NET Core's Double.ToString(): the
// shortest text that round-trips ("0.30000000000000004", "1E+20").
func FormatDoubleRoundTrip(f float64) string { return formatFloat(f, -1) }

// formatFloat implements .NET's "G<prec>" (prec -1: shortest round-trip).
func formatFloat(f float64, prec int) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == 0:
		if math.Signbit(f) {
			return "-0"
		}
		return "0"
	}
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		return strconv.FormatInt(int64(f), 10)
	}
	s := strconv.FormatFloat(f, 'e', prec-1, 64)
	if prec < 0 {
		s = strconv.FormatFloat(f, 'e', -1, 64)
	}
	// s is like -1.2345e+06
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	ei := strings.IndexByte(s, 'e')
	mant, exp := s[:ei], s[ei+1:]
	e, _ := strconv.Atoi(exp)
	digits := strings.Replace(mant, ".", "", 1)
	digits = strings.TrimRight(digits, "0")
	if digits == "" {
		digits = "0"
	}
	limit := prec
	if limit < 0 {
		limit = 15
	}
	var out string
	if e >= -4 && e < limit {
		if e >= 0 {
			if len(digits) <= e+1 {
				out = digits + strings.Repeat("0", e+1-len(digits))
			} else {
				out = digits[:e+1] + "." + digits[e+1:]
			}
		} else {
			out = "0." + strings.Repeat("0", -e-1) + digits
		}
	} else {
		out = digits[:1]
		if len(digits) > 1 {
			out += "." + digits[1:]
		}
		sign := "+"
		if e < 0 {
			sign = "-"
			e = -e
		}
		es := strconv.Itoa(e)
		if len(es) < 2 {
			es = "0" + es
		}
		out += "E" + sign + es
	}
	if neg {
		return "-" + out
	}
	return out
}

// formatTimeSpan is TimeSpan.ToString(): [-][d.]hh:mm:ss[.fffffff].
func formatTimeSpan(d time.Duration) string {
	var b strings.Builder
	if d < 0 {
		b.WriteByte('-')
		d = -d
	}
	days := d / (24 * time.Hour)
	d -= days * 24 * time.Hour
	if days > 0 {
		fmt.Fprintf(&b, "%d.", days)
	}
	h, m, s := d/time.Hour, d/time.Minute%60, d/time.Second%60
	fmt.Fprintf(&b, "%02d:%02d:%02d", h, m, s)
	if frac := d % time.Second / 100; frac > 0 {
		fmt.Fprintf(&b, ".%07d", frac)
	}
	return b.String()
}
