package pipeline

import (
	"errors"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

func convertChar(v any) (any, error) {
	switch x := v.(type) {
	case string:
		if utf8.RuneCountInString(x) == 1 {
			r, _ := utf8.DecodeRuneInString(x)
			return Char(r), nil
		}
		return nil, cannotConvert(v, "System.Char", errors.New("String must be exactly one character long."))
	case Char:
		return x, nil
	}
	k, i, f, _ := toNumber(v)
	switch k {
	case nkInt32, nkInt64:
		if i >= 0 && i <= 0xFFFF {
			return Char(i), nil
		}
	case nkDouble:
		if r, ok := roundToInt64(f); ok && r >= 0 && r <= 0xFFFF {
			return Char(r), nil
		}
	}
	return nil, cannotConvert(v, "System.Char", nil)
}

// dateLayouts are the invariant-culture forms psh parses, most common first.
var dateLayouts = []string{
	"01/02/2006 15:04:05", "1/2/2006 15:04:05", "1/2/2006 3:04:05 PM", "1/2/2006 3:04 PM", "1/2/2006 15:04",
	"1/2/2006", "2006-01-02T15:04:05.9999999Z07:00", "2006-01-02T15:04:05.9999999", "2006-01-02 15:04:05",
	"2006-01-02 15:04", "2006-01-02", "2006/01/02", "2006/01/02 15:04:05", "January 2, 2006", "2 January 2006",
	"02 Jan 2006", "Jan 2, 2006", "Monday, January 2, 2006", "Monday, January 2, 2006 3:04:05 PM",
	"Mon, 02 Jan 2006 15:04:05 GMT", "15:04:05", "15:04",
}

// ParseDateTime parses s in the invariant-culture formats .NET accepts most
// often; times without a date are today's.
func ParseDateTime(s string) (time.Time, error) {
	t := strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if d, err := time.ParseInLocation(l, t, time.Local); err == nil {
			if strings.HasPrefix(l, "15:04") {
				now := time.Now()
				d = time.Date(now.Year(), now.Month(), now.Day(), d.Hour(), d.Minute(), d.Second(), 0, time.Local)
			}
			return d, nil
		}
	}
	return time.Time{}, errors.New("String '" + s + "' was not recognized as a valid DateTime.")
}

func convertDateTime(v any) (any, error) {
	switch x := v.(type) {
	case time.Time:
		return x, nil
	case string:
		d, err := ParseDateTime(x)
		if err != nil {
			return nil, cannotConvert(v, "System.DateTime", err)
		}
		return d, nil
	}
	if k, i, _ := asNumber(v); k == nkInt32 || k == nkInt64 {
		return time.Unix(0, 0).UTC().Add(time.Duration(i-dotnetEpochTicks) * 100), nil
	}
	return nil, cannotConvert(v, "System.DateTime", nil)
}

// ParseTimeSpan parses [-][d.]hh:mm[:ss[.fffffff]] or a whole number of days.
func ParseTimeSpan(s string) (time.Duration, error) {
	bad := errors.New("String '" + s + "' was not recognized as a valid TimeSpan.")
	t := strings.TrimSpace(s)
	neg := strings.HasPrefix(t, "-")
	t = strings.TrimPrefix(t, "-")
	var days int64
	if i := strings.IndexByte(t, '.'); i >= 0 && i < strings.IndexByte(t+":", ':') {
		d, err := strconv.ParseInt(t[:i], 10, 64)
		if err != nil {
			return 0, bad
		}
		days, t = d, t[i+1:]
	}
	parts := strings.Split(t, ":")
	if len(parts) == 1 {
		d, err := strconv.ParseInt(parts[0], 10, 64)
		if err != nil {
			return 0, bad
		}
		days, parts = days+d, nil
	}
	if len(parts) > 3 || len(parts) == 2 && parts[1] == "" {
		return 0, bad
	}
	dur := time.Duration(days) * 24 * time.Hour
	units := []time.Duration{time.Hour, time.Minute, time.Second}
	for i, p := range parts {
		if i == 2 {
			f, err := strconv.ParseFloat(p, 64)
			if err != nil || f >= 60 {
				return 0, bad
			}
			dur += time.Duration(f * float64(time.Second))
			continue
		}
		n, err := strconv.Atoi(p)
		if err != nil || i > 0 && n >= 60 || i == 0 && n >= 24 {
			return 0, bad
		}
		dur += time.Duration(n) * units[i]
	}
	if neg {
		dur = -dur
	}
	return dur, nil
}

func convertTimeSpan(v any) (any, error) {
	switch x := v.(type) {
	case time.Duration:
		return x, nil
	case string:
		d, err := ParseTimeSpan(x)
		if err != nil {
			return nil, cannotConvert(v, "System.TimeSpan", err)
		}
		return d, nil
	}
	if k, i, _ := asNumber(v); k == nkInt32 || k == nkInt64 {
		return time.Duration(i) * 100, nil
	}
	return nil, cannotConvert(v, "System.TimeSpan", nil)
}

func convertGuid(v any) (any, error) {
	switch x := v.(type) {
	case Guid:
		return x, nil
	case string:
		g, err := ParseGuid(x)
		if err != nil {
			return nil, cannotConvert(v, "System.Guid", err)
		}
		return g, nil
	}
	return nil, cannotConvert(v, "System.Guid", nil)
}

func convertHashtable(v any) (any, error) {
	switch x := v.(type) {
	case *Hashtable:
		return x, nil
	case nil:
		return (*Hashtable)(nil), nil
	}
	return nil, cannotConvert(v, "System.Collections.Hashtable", nil)
}

// convertStringKind converts to a string-based Go type, checking enum names.
func convertStringKind(v any, t reflect.Type) (any, error) {
	if t == prefType {
		if p, ok := preferenceNumber(v); ok {
			return p, nil
		}
	}
	s := ToString(v)
	if t.Implements(enumType) {
		names := reflect.Zero(t).Interface().(EnumValues).Values()
		n, err := matchEnum(s, names)
		if err != nil {
			return nil, cannotConvert(v, typeNameOf(t), err)
		}
		s = n
	}
	return reflect.ValueOf(s).Convert(t).Interface(), nil
}

// matchEnum finds s among names: exact (case-insensitive), then a unique prefix.
func matchEnum(s string, names []string) (string, error) {
	var hit []string
	for _, n := range names {
		if strings.EqualFold(n, s) {
			return n, nil
		}
		if s != "" && len(s) < len(n) && strings.EqualFold(n[:len(s)], s) {
			hit = append(hit, n)
		}
	}
	if len(hit) == 1 {
		return hit[0], nil
	}
	if len(hit) > 1 {
		return "", errors.New("The identifier name " + s + " cannot be processed due to the inability to differentiate between the following enumerator names: " + strings.Join(hit, ", ") + ". Try a more specific identifier name.")
	}
	return "", errors.New("Unable to match the identifier name " + s + " to a valid enumerator name. Specify one of the following enumerator names and try again:\n" + strings.Join(names, ", "))
}

// convertSlice converts v to a slice type element by element; a scalar wraps.
func convertSlice(v any, t reflect.Type) (any, error) {
	if v == nil {
		return reflect.Zero(t).Interface(), nil
	}
	src := ToSlice(v)
	if t == sliceAnyType {
		if _, ok := v.([]any); ok {
			return v, nil
		}
		return append([]any(nil), src...), nil
	}
	out := reflect.MakeSlice(t, len(src), len(src))
	et := t.Elem()
	for i, e := range src {
		c, err := Convert(e, et)
		if err != nil {
			var ce *ConversionError
			if errors.As(err, &ce) {
				return nil, cannotConvert(v, typeNameOf(t), ce)
			}
			return nil, err
		}
		if c != nil {
			out.Index(i).Set(reflect.ValueOf(c))
		}
	}
	return out.Interface(), nil
}

// convertHashtableToStruct builds a struct (or pointer to one) from a
// hashtable, setting each key as a property.
func convertHashtableToStruct(h *Hashtable, t reflect.Type) (any, error) {
	st := t
	if st.Kind() == reflect.Pointer {
		st = st.Elem()
	}
	if st.Kind() != reflect.Struct {
		return nil, cannotConvert(h, typeNameOf(t), nil)
	}
	p := reflect.New(st)
	obj := p.Interface()
	for i, k := range h.keys {
		if err := SetProperty(obj, ToString(k), h.vals[i]); err != nil {
			return nil, cannotConvert(h, typeNameOf(t), err)
		}
	}
	if t.Kind() == reflect.Pointer {
		return obj, nil
	}
	return p.Elem().Interface(), nil
}
