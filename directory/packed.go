package directory

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// A packed row is what SQLite's json_array() makes of a row's data columns:
// the driver fetches it as one value instead of sixty, which is most of
// what reading a recipient costs (each column fetched is a round of driver
// calls, each taking the connection's mutex). unpackRow splits it again.

// errPacked reports a packed row that is not a flat JSON array of strings,
// integers, reals and nulls, which json_array never makes.
var errPacked = errors.New("directory: malformed packed row")

// unpackRow decodes the flat JSON array s into vals (len(vals) values): a
// string (a substring of s when it has no escapes), an int64, a float64 or
// nil, as the driver would give the columns themselves.
func unpackRow(s string, vals []any) error {
	if len(s) < 2 || s[0] != '[' {
		return errPacked
	}
	i := 1
	for n := range vals {
		if n > 0 {
			if i >= len(s) || s[i] != ',' {
				return errPacked
			}
			i++
		}
		if i >= len(s) {
			return errPacked
		}
		switch c := s[i]; {
		case c == '"':
			v, next, err := unpackString(s, i+1)
			if err != nil {
				return err
			}
			vals[n], i = v, next
		case c == 'n':
			if !strings.HasPrefix(s[i:], "null") {
				return errPacked
			}
			vals[n], i = nil, i+4
		default:
			j := i
			for j < len(s) && s[j] != ',' && s[j] != ']' {
				j++
			}
			num := s[i:j]
			if x, err := strconv.ParseInt(num, 10, 64); err == nil {
				vals[n] = x
			} else if f, err := strconv.ParseFloat(num, 64); err == nil {
				vals[n] = f
			} else {
				return errPacked
			}
			i = j
		}
	}
	if i != len(s)-1 || s[i] != ']' {
		return errPacked
	}
	return nil
}

// unpackString decodes the JSON string starting after its opening quote at
// s[i:]; it returns the value and the index after the closing quote.
func unpackString(s string, i int) (string, int, error) {
	j := i
	for j < len(s) && s[j] != '"' && s[j] != '\\' {
		j++
	}
	if j >= len(s) {
		return "", 0, errPacked
	}
	if s[j] == '"' {
		return s[i:j], j + 1, nil
	}
	var b strings.Builder
	b.WriteString(s[i:j])
	for j < len(s) {
		c := s[j]
		switch {
		case c == '"':
			return b.String(), j + 1, nil
		case c != '\\':
			b.WriteByte(c)
			j++
			continue
		}
		if j+1 >= len(s) {
			return "", 0, errPacked
		}
		switch e := s[j+1]; e {
		case '"', '\\', '/':
			b.WriteByte(e)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, n, ok := unpackRune(s[j:])
			if !ok {
				return "", 0, errPacked
			}
			b.WriteRune(r)
			j += n
			continue
		default:
			return "", 0, errPacked
		}
		j += 2
	}
	return "", 0, errPacked
}

// unpackRune decodes \uXXXX (or a surrogate pair of them) at the start of
// s, returning the rune and the bytes it took.
func unpackRune(s string) (rune, int, bool) {
	hex := func(s string) (rune, bool) {
		if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
			return 0, false
		}
		n, err := strconv.ParseUint(s[2:6], 16, 16)
		return rune(n), err == nil
	}
	r, ok := hex(s)
	if !ok {
		return 0, 0, false
	}
	if utf16.IsSurrogate(r) {
		if r2, ok := hex(s[6:]); ok {
			if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
				return d, 12, true
			}
		}
		return utf8.RuneError, 6, true
	}
	return r, 6, true
}
