package filter

import (
	"strconv"
	"strings"
	"time"
)

// dateLayouts are the date forms a filter may use; all are read as UTC.
var dateLayouts = []string{
	"1/2/2006 3:04:05 PM",
	"1/2/2006 3:04 PM",
	"1/2/2006 15:04:05",
	"1/2/2006 15:04",
	"1/2/2006",
	"2006-01-02T15:04:05.999999999Z07:00",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02 15:04:05",
	"2006-01-02",
}

// parseDate reads a date value; dates without a zone are UTC.
func parseDate(s string) (time.Time, bool) {
	s = strings.ToUpper(strings.TrimSpace(s))
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			t = t.UTC()
			if t.Year() < 1678 || t.Year() > 2261 {
				return time.Time{}, false // outside the range of Unix nanoseconds
			}
			return t, true
		}
	}
	return time.Time{}, false
}

// formatDate writes a date so that parseDate reads it back exactly.
func formatDate(t time.Time) string {
	return t.UTC().Format(time.RFC3339Nano)
}

// parseGuid reads a GUID in 8-4-4-4-12 form (optionally in braces) or as 32
// hex digits and returns its lower-case 8-4-4-4-12 form.
func parseGuid(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && s[0] == '{' && s[len(s)-1] == '}' {
		s = s[1 : len(s)-1]
	}
	var hex []byte
	switch len(s) {
	case 36:
		for i := 0; i < len(s); i++ {
			if i == 8 || i == 13 || i == 18 || i == 23 {
				if s[i] != '-' {
					return "", false
				}
				continue
			}
			hex = append(hex, s[i])
		}
	case 32:
		hex = []byte(s)
	default:
		return "", false
	}
	for i, c := range hex {
		switch {
		case c >= '0' && c <= '9', c >= 'a' && c <= 'f':
		case c >= 'A' && c <= 'F':
			hex[i] = c + 'a' - 'A'
		default:
			return "", false
		}
	}
	h := string(hex)
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32], true
}

// parseBool reads the spellings of a Boolean a filter may use.
func parseBool(v Value) (bool, bool) {
	switch v.Kind {
	case True:
		return true, true
	case False:
		return false, true
	case Number:
		switch v.Text {
		case "1":
			return true, true
		case "0":
			return false, true
		}
		return false, false
	case Null:
		return false, false
	}
	switch strings.ToLower(strings.TrimSpace(v.Text)) {
	case "true", "$true":
		return true, true
	case "false", "$false":
		return false, true
	}
	return false, false
}

// parseInt reads an integer value.
func parseInt(v Value) (int64, bool) {
	if v.Kind != Number && v.Kind != Quoted && v.Kind != Word {
		return 0, false
	}
	n, err := strconv.ParseInt(strings.TrimSpace(v.Text), 10, 64)
	return n, err == nil
}

// canonicalEnum checks an enum value (possibly several joined by commas)
// against the allowed values and returns the canonical spelling.
func canonicalEnum(p Property, text string) (string, bool) {
	if len(p.Values) == 0 {
		return text, true
	}
	parts := strings.Split(text, ",")
	for i, part := range parts {
		part = strings.TrimSpace(part)
		found := false
		for _, allowed := range p.Values {
			if strings.EqualFold(part, allowed) {
				parts[i], found = allowed, true
				break
			}
		}
		if !found {
			return "", false
		}
	}
	return strings.Join(parts, ", "), true
}

// dateArg returns a date value as Unix nanoseconds, the stored form.
func dateArg(v any) any {
	if t, ok := v.(time.Time); ok {
		return t.UnixNano()
	}
	return v
}
