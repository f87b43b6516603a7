package pipeline

import (
	"reflect"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Equals is PowerShell's -eq for two scalars: the right operand converts to
// the left operand's type (1 -eq '1.0' is true, '1.0' -eq 1 is false);
// strings compare case-insensitively unless caseSensitive; $null equals only
// $null; other objects compare by identity.
func Equals(a, b any, caseSensitive bool) bool {
	switch x := a.(type) {
	case nil:
		return b == nil
	case string:
		if b == nil {
			return false
		}
		return stringEq(x, ToString(b), caseSensitive)
	case int32:
		if y, ok := b.(int32); ok {
			return x == y
		}
	case bool:
		if b == nil {
			return false
		}
		return x == ToBool(b)
	case Char:
		switch y := b.(type) {
		case string:
			return stringEq(string(rune(x)), y, caseSensitive)
		case Char:
			if caseSensitive {
				return x == y
			}
			return unicode.ToLower(rune(x)) == unicode.ToLower(rune(y))
		}
	case time.Time:
		if t, err := convertDateTime(b); err == nil {
			return x.Equal(t.(time.Time))
		}
		return false
	case Guid:
		if g, err := convertGuid(b); err == nil {
			return x == g.(Guid)
		}
		return false
	case time.Duration:
		if d, err := convertTimeSpan(b); err == nil {
			return x == d.(time.Duration)
		}
		return false
	}
	if b == nil {
		return false
	}
	if ka, ia, fa := asNumber(a); ka != nkNone {
		kb, ib, fb, err := toNumber(b)
		if err != nil || kb == nkNone {
			return false
		}
		return numCompare(ka, ia, fa, kb, ib, fb) == 0
	}
	ta := reflect.TypeOf(a)
	if ta.Kind() == reflect.String {
		return stringEq(reflect.ValueOf(a).String(), ToString(b), caseSensitive)
	}
	if s, ok := b.(string); ok {
		if isStringer(a) {
			return stringEq(ToString(a), s, caseSensitive)
		}
	}
	if ta.Comparable() && reflect.TypeOf(b) == ta {
		return a == b
	}
	return false
}

func stringEq(a, b string, cs bool) bool {
	if cs {
		return a == b
	}
	return len(a) == len(b) && a == b || strings.EqualFold(a, b)
}

// numCompare compares two classified numbers.
func numCompare(ka numKind, ia int64, fa float64, kb numKind, ib int64, fb float64) int {
	if ka != nkDouble && kb != nkDouble {
		return cmp3(ia, ib)
	}
	if ka != nkDouble {
		fa = float64(ia)
	}
	if kb != nkDouble {
		fb = float64(ib)
	}
	switch {
	case fa < fb:
		return -1
	case fa > fb:
		return 1
	case fa == fb:
		return 0
	}
	// NaN sorts first
	if fa != fa {
		if fb != fb {
			return 0
		}
		return -1
	}
	return 1
}

func cmp3[T int64 | int | string](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Compare orders a and b for -lt/-gt and Sort-Object: the right operand
// converts to the left's type; numbers numerically ($null just below zero);
// strings linguistically (case-insensitive unless caseSensitive, and then
// lower case first); dates, time spans and Booleans naturally. Values that
// cannot be compared give an error with PowerShell's message.
func Compare(a, b any, caseSensitive bool) (int, error) {
	if a == nil || b == nil {
		return compareNil(a, b), nil
	}
	switch x := a.(type) {
	case string:
		return CompareStrings(x, ToString(b), caseSensitive), nil
	case bool:
		return cmp3(boolInt(x), boolInt(ToBool(b))), nil
	case time.Time:
		t, err := convertDateTime(b)
		if err != nil {
			return 0, compareErr(a, b, err)
		}
		return x.Compare(t.(time.Time)), nil
	case time.Duration:
		d, err := convertTimeSpan(b)
		if err != nil {
			return 0, compareErr(a, b, err)
		}
		return cmp3(int64(x), int64(d.(time.Duration))), nil
	case Char:
		if s, ok := b.(string); ok {
			return CompareStrings(string(rune(x)), s, caseSensitive), nil
		}
	}
	if ka, ia, fa := asNumber(a); ka != nkNone {
		kb, ib, fb, err := toNumber(b)
		if err != nil || kb == nkNone {
			if err == nil {
				err = cannotConvert(b, TypeName(a), nil)
			} else {
				err = cannotConvert(b, TypeName(a), err)
			}
			return 0, compareErr(a, b, err)
		}
		return numCompare(ka, ia, fa, kb, ib, fb), nil
	}
	// After the common types, so that sorting numbers and strings pays
	// nothing for it: a type that orders itself ([version]).
	if c, ok := a.(Comparer); ok {
		r, err := c.CompareTo(b)
		if err != nil {
			return 0, compareErr(a, b, err)
		}
		return r, nil
	}
	if reflect.TypeOf(a).Kind() == reflect.String || isStringer(a) {
		return CompareStrings(ToString(a), ToString(b), caseSensitive), nil
	}
	return 0, &ValueError{ID: "NotIcomparable", Message: "Cannot compare \"" + ToString(a) + "\" because it is not IComparable."}
}

func isStringer(v any) bool {
	_, ok := v.(interface{ String() string })
	return ok
}

func compareErr(a, b any, err error) error {
	return &ValueError{ID: "ComparisonFailure", Message: "Could not compare \"" + ToString(a) + "\" to \"" +
		ToString(b) + "\". Error: \"" + err.Error() + "\"", Err: err}
}

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// compareNil places $null just below zero: below 0 and positive numbers,
// above negative ones, and below every non-number.
func compareNil(a, b any) int {
	if a == nil && b == nil {
		return 0
	}
	if a == nil {
		return -compareNil(b, nil)
	}
	if k, i, f := asNumber(a); k != nkNone {
		if k == nkDouble && f < 0 || k != nkDouble && i < 0 {
			return -1
		}
	}
	return 1
}

// CompareStrings orders strings like an invariant-culture collation:
// case-insensitively first (punctuation before digits before letters), and
// when caseSensitive, ties broken with lower case before upper case.
func CompareStrings(a, b string, caseSensitive bool) int {
	if a == b {
		return 0
	}
	tie := 0
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		a, b = a[na:], b[nb:]
		if ra == rb {
			continue
		}
		la, lb := unicode.ToLower(ra), unicode.ToLower(rb)
		if la == lb {
			if tie == 0 {
				if unicode.IsLower(ra) {
					tie = -1
				} else {
					tie = 1
				}
			}
			continue
		}
		return cmp3(int64(collationWeight(la)), int64(collationWeight(lb)))
	}
	switch {
	case a == "" && b != "":
		return -1
	case a != "" && b == "":
		return 1
	}
	if caseSensitive {
		return tie
	}
	return 0
}

// collationWeight orders runes: control and space, punctuation and
// symbols, digits, letters (by code point of the lower-case letter).
func collationWeight(r rune) int32 {
	switch {
	case r < 0x80 && (r >= 'a' && r <= 'z'):
		return 0x30000 + r
	case r >= '0' && r <= '9':
		return 0x20000 + r
	case unicode.IsLetter(r):
		return 0x30000 + r
	case unicode.IsDigit(r):
		return 0x20000 + r
	case unicode.IsSpace(r) || unicode.IsControl(r):
		return r
	}
	return 0x10000 + r
}
