package format

import (
	"math"
	"strconv"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// FormatEnumerationLimit is PowerShell's default $FormatEnumerationLimit:
// a collection in a table or list cell shows this many elements, then "…".
const FormatEnumerationLimit = 4

// FormatScalar returns the text Out-Default prints for a scalar value:
// doubles with 15 significant digits (8/3 -> 2.66666666666667), singles with
// 7, Booleans True/False, everything else through ToString.
func FormatScalar(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case bool:
		if x {
			return "True"
		}
		return "False"
	case int:
		return strconv.Itoa(x)
	case int32:
		return strconv.FormatInt(int64(x), 10)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return formatDouble(x, 15, 64)
	case float32:
		return formatDouble(float64(x), 7, 32)
	case error:
		return x.Error()
	}
	return pipeline.ToString(v)
}

// formatDouble renders f like .NET's "G<digits>" in the invariant culture.
func formatDouble(f float64, digits, bits int) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	}
	s := strconv.FormatFloat(f, 'g', digits, bits)
	if i := strings.IndexByte(s, 'e'); i >= 0 {
		// Go: 1e+20, 1.5e-07; .NET: 1E+20, 1.5E-07 (at least two exponent digits)
		s = s[:i] + "E" + s[i+1:]
	}
	return s
}

// formatFixed renders f like .NET's "F" (two decimals in the invariant
// culture); PowerShell 7.3+ uses it for floating-point cells of tables
// built from properties.
func formatFixed(f float64, bits int) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	}
	return strconv.FormatFloat(f, 'f', 2, bits)
}

// FormatCell returns the text of one table or list cell (PowerShell's
// SmartToString): nil is empty, collections are summarised as
// "{a, b, c, d…}", hashtables as "{[k, v], …}", doubles in implicit tables
// (fixed=true) as "1234.57".
func FormatCell(v any, fixed bool) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case float64:
		if fixed {
			return formatFixed(x, 64)
		}
	case float32:
		if fixed {
			return formatFixed(float64(x), 32)
		}
	case *pipeline.Hashtable:
		return summarizeHashtable(x)
	}
	if pipeline.IsEnumerable(v) {
		return summarizeCollection(v)
	}
	return FormatScalar(v)
}

// errStopEnumeration ends a summary's enumeration early.
type stopEnumeration struct{}

func (stopEnumeration) Error() string { return "stop" }

func summarizeCollection(v any) string {
	var b strings.Builder
	b.WriteByte('{')
	n := 0
	_ = pipeline.Enumerate(v, func(e any) error {
		if n == FormatEnumerationLimit {
			b.WriteString(ellipsis)
			return stopEnumeration{}
		}
		if n > 0 {
			b.WriteString(", ")
		}
		b.WriteString(elementName(e))
		n++
		return nil
	})
	b.WriteByte('}')
	return b.String()
}

func summarizeHashtable(h *pipeline.Hashtable) string {
	var b strings.Builder
	b.WriteByte('{')
	for i, k := range h.Keys() {
		if i == FormatEnumerationLimit {
			b.WriteString(ellipsis)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		val, _ := h.Get(k)
		b.WriteString("[" + FormatScalar(k) + ", " + elementName(val) + "]")
	}
	b.WriteByte('}')
	return b.String()
}

// elementName is how one element of a summarised collection shows:
// $null for nil, else the element's string form.
func elementName(e any) string {
	if e == nil {
		return "$null"
	}
	if pipeline.IsEnumerable(e) {
		// PowerShell shows a nested collection by its ToString (System.Object[]).
		return pipeline.ToString(e)
	}
	return FormatScalar(e)
}

// isNumber reports whether v is one of Go's built-in numeric types; such
// values right-align in tables. Named types (enums, Char) do not.
func isNumber(v any) bool {
	switch v.(type) {
	case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64,
		float32, float64:
		return true
	}
	return false
}
