package pipeline

import (
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

var (
	errCompositeFormat = &ValueError{ID: "FormatError", Message: "Error formatting a string: Input string was not in a correct format.."}
	errFormatIndex     = &ValueError{ID: "FormatError", Message: "Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list.."}
	errBadSpecifier    = errors.New("Format specifier was invalid.")
)

// FormatComposite implements -f and [string]::Format with .NET composite
// formatting: {index[,alignment][:format]}, {{ and }} for braces.
func FormatComposite(format string, args []any) (string, error) {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		switch c {
		case '}':
			if i+1 < len(format) && format[i+1] == '}' {
				b.WriteByte('}')
				i++
				continue
			}
			return "", errCompositeFormat
		case '{':
			if i+1 < len(format) && format[i+1] == '{' {
				b.WriteByte('{')
				i++
				continue
			}
			end := strings.IndexByte(format[i:], '}')
			if end < 0 {
				return "", errCompositeFormat
			}
			if err := formatItem(&b, format[i+1:i+end], args); err != nil {
				return "", err
			}
			i += end
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

func formatItem(b *strings.Builder, item string, args []any) error {
	spec := ""
	if k := strings.IndexByte(item, ':'); k >= 0 {
		item, spec = item[:k], item[k+1:]
	}
	align := 0
	if k := strings.IndexByte(item, ','); k >= 0 {
		a, err := strconv.Atoi(strings.TrimSpace(item[k+1:]))
		if err != nil || a >= maxAlignment || a <= -maxAlignment {
			// .NET refuses alignments of a million or more, too.
			return errCompositeFormat
		}
		align, item = a, item[:k]
	}
	idx, err := strconv.Atoi(strings.TrimSpace(item))
	if err != nil {
		return errCompositeFormat
	}
	if idx < 0 || idx >= len(args) {
		return errFormatIndex
	}
	var s string
	if spec == "" {
		s = ToString(args[idx])
	} else {
		s, err = FormatValue(args[idx], spec)
		if err != nil {
			return &ValueError{ID: "FormatError", Message: "Error formatting a string: " + err.Error() + ".", Err: err}
		}
	}
	pad := abs(align) - utf8.RuneCountInString(s)
	if pad > 0 && align > 0 {
		b.WriteString(strings.Repeat(" ", pad))
	}
	b.WriteString(s)
	if pad > 0 && align < 0 {
		b.WriteString(strings.Repeat(" ", pad))
	}
	return nil
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// FormatValue is v.ToString(format) with invariant culture: numbers take
// standard (N2 D3 X F1 P0 E G C R) and custom ("0.00", "#,##0", "000")
// formats; DateTime standard (d D t T f F g G s u o r M Y) and custom
// (yyyy-MM-dd HH:mm:ss.fff tt ddd MMMM ...) formats; TimeSpan c, g and
// custom; other values their ToString. An empty format gives the default
// .ToString(): doubles in round-trip form.
func FormatValue(v any, format string) (string, error) {
	switch x := v.(type) {
	case time.Time:
		return FormatDate(x, format), nil
	case time.Duration:
		return formatTimeSpanSpec(x, format), nil
	case string:
		return x, nil
	case nil:
		return "", nil
	}
	k, i, f := asNumber(v)
	if k == nkNone {
		return ToString(v), nil
	}
	if _, isBool := v.(bool); isBool {
		return ToString(v), nil
	}
	if _, isChar := v.(Char); isChar {
		return ToString(v), nil
	}
	if format == "" {
		if k == nkDouble {
			if _, f32 := v.(float32); f32 {
				return formatFloat(f, 7), nil
			}
			return FormatDoubleRoundTrip(f), nil
		}
		return ToString(v), nil
	}
	return formatNumber(k, i, f, format)
}

// maxAlignment bounds {0,N} as .NET does, so a format string cannot make
// psh allocate gigabytes of padding.
const maxAlignment = 1000000
