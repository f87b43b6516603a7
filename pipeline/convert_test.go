package pipeline

import (
	"errors"
	"math"
	"reflect"
	"testing"
	"time"
)

var pointOne, pointTwo = 0.1, 0.2

func TestToString(t *testing.T) {
	h := NewHashtable()
	o := NewPSObject()
	o.Add("a", int32(1))
	o.Add("b", "x")
	o.Add("c", nil)
	o.Add("d", []any{int32(1), int32(2)})
	tests := []struct {
		v    any
		want string
	}{
		{nil, ""},
		{true, "True"},
		{int32(-5), "-5"},
		{int64(1) << 40, "1099511627776"},
		{pointOne + pointTwo, "0.3"},
		{math.Pi, "3.14159265358979"},
		{1e20, "1E+20"},
		{1e15, "1E+15"},
		{1e14, "100000000000000"},
		{0.00001, "1E-05"},
		{0.0001, "0.0001"},
		{2.5, "2.5"},
		{-0.05, "-0.05"},
		{math.Inf(1), "Infinity"},
		{math.NaN(), "NaN"},
		{Char('x'), "x"},
		{[]any{int32(1), 2.2, []any{"John", "Smith"}, "abc"}, "1 2.2 System.Object[] abc"},
		{[]string{"a", "b"}, "a b"},
		{h, "System.Collections.Hashtable"},
		{NewOrderedHashtable(), "System.Collections.Specialized.OrderedDictionary"},
		{o, "@{a=1; b=x; c=; d=System.Object[]}"},
		{time.Date(2026, 11, 27, 10, 38, 17, 0, time.UTC), "11/27/2026 10:38:17"},
		{90 * time.Minute, "01:30:00"},
		{26*time.Hour + 1500*time.Millisecond, "1.02:00:01.5000000"},
		{Guid{0x12, 0x34}, "12340000-0000-0000-0000-000000000000"},
		{uint8(7), "7"},
		{errors.New("boom"), "boom"},
	}
	for _, tt := range tests {
		if got := ToString(tt.v); got != tt.want {
			t.Errorf("ToString(%#v) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

func TestFormatDoubleRoundTrip(t *testing.T) {
	for f, want := range map[float64]string{pointOne + pointTwo: "0.30000000000000004", 3.0276503540974917: "3.0276503540974917",
		1e20: "1E+20", 100: "100", math.Pi: "3.141592653589793"} {
		if got := FormatDoubleRoundTrip(f); got != want {
			t.Errorf("%v: %q, want %q", f, got, want)
		}
	}
}

func TestToBool(t *testing.T) {
	h := NewHashtable()
	h.Set("value", int32(0))
	tests := []struct {
		v    any
		want bool
	}{
		{nil, false}, {"", false}, {"False", true}, {"0", true}, {" ", true}, {int32(0), false},
		{0.0, false}, {int64(3), true}, {[]any{}, false}, {[]any{int32(0)}, false},
		{[]any{int32(0), int32(0)}, true}, {h, true}, {Switch(true), true}, {[]any{[]any{}}, false},
		{uint8(0), false}, {NewPSObject(), true},
	}
	for _, tt := range tests {
		if got := ToBool(tt.v); got != tt.want {
			t.Errorf("ToBool(%#v) = %v", tt.v, got)
		}
	}
}

type level string

func (level) Values() []string { return []string{"Unlimited", "Limited", "None"} }

type point struct{ X, Y int }

func TestConvert(t *testing.T) {
	tests := []struct {
		v    any
		to   reflect.Type
		want any
	}{
		{"42", int32Type, int32(42)},
		{" 0x10 ", int32Type, int32(16)},
		{"1kb", int32Type, int32(1024)},
		{2.5, int32Type, int32(2)},
		{3.5, int32Type, int32(4)},
		{"", int32Type, int32(0)},
		{nil, int32Type, int32(0)},
		{true, int32Type, int32(1)},
		{int32(7), reflect.TypeFor[int](), 7},
		{"1e3", float64Type, 1000.0},
		{int32(5), stringType, "5"},
		{nil, stringType, ""},
		{int32(0), boolType, false},
		{true, switchType, Switch(true)},
		{"a", charType, Char('a')},
		{int32(65), charType, Char('A')},
		{"1/2/2026", timeType, time.Date(2026, 1, 2, 0, 0, 0, 0, time.Local)},
		{"2026-03-04", timeType, time.Date(2026, 3, 4, 0, 0, 0, 0, time.Local)},
		{"01:30:00", durationType, 90 * time.Minute},
		{"1.02:00:00", durationType, 26 * time.Hour},
		{"12340000-0000-0000-0000-000000000000", guidType, Guid{0x12, 0x34}},
		{"x", reflect.TypeFor[[]string](), []string{"x"}},
		{[]any{"1", int32(2)}, reflect.TypeFor[[]int32](), []int32{1, 2}},
		{"lim", reflect.TypeFor[level](), level("Limited")},
		{"NONE", reflect.TypeFor[level](), level("None")},
	}
	for _, tt := range tests {
		got, err := Convert(tt.v, tt.to)
		if err != nil {
			t.Errorf("Convert(%#v, %v): %v", tt.v, tt.to, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Convert(%#v, %v) = %#v, want %#v", tt.v, tt.to, got, tt.want)
		}
	}
	h := NewHashtable()
	h.Set("x", "3")
	h.Set("Y", int32(4))
	p, err := Convert(h, reflect.TypeFor[*point]())
	if err != nil || *p.(*point) != (point{3, 4}) {
		t.Errorf("hashtable to struct: %v %v", p, err)
	}
}

func TestConvertErrors(t *testing.T) {
	tests := []struct {
		v    any
		to   reflect.Type
		want string
	}{
		{"abc", int32Type, `Cannot convert value "abc" to type "System.Int32". Error: "The input string 'abc' was not in a correct format."`},
		{"3000000000", int32Type, `Cannot convert value "3000000000" to type "System.Int32". Error: "Value was either too large or too small for an Int32."`},
		{"false", boolType, `Cannot convert value "System.String" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.`},
		{NewHashtable(), int32Type, `Cannot convert the "System.Collections.Hashtable" value of type "System.Collections.Hashtable" to type "System.Int32".`},
		{"ab", charType, `Cannot convert value "ab" to type "System.Char". Error: "String must be exactly one character long."`},
		{"x", reflect.TypeFor[level](), "Cannot convert value \"x\" to type \"pipeline.level\". Error: \"Unable to match the identifier name x to a valid enumerator name. Specify one of the following enumerator names and try again:\nUnlimited, Limited, None\""},
		{"notadate", timeType, `Cannot convert value "notadate" to type "System.DateTime". Error: "String 'notadate' was not recognized as a valid DateTime."`},
	}
	for _, tt := range tests {
		_, err := Convert(tt.v, tt.to)
		if err == nil || err.Error() != tt.want {
			t.Errorf("Convert(%#v, %v): %v\nwant %s", tt.v, tt.to, err, tt.want)
		}
	}
}

func TestConvertToType(t *testing.T) {
	h := NewHashtable()
	h.Set("one", int32(1))
	h.Set("two", int32(2))
	tests := []struct {
		v    any
		typ  string
		want string
	}{
		{"false", "bool", "True"},
		{[]any{}, "bool", "False"},
		{2.5, "int", "2"},
		{3.5, "int", "4"},
		{"42", "long", "42"},
		{int32(5), "double", "5"},
		{h, "pscustomobject", "@{one=1; two=2}"},
		{int32(1), "string[]", "[1]"},
		{[]any{"1", "2"}, "int[]", "[1|2]"},
		{"a+", "regex", "a+"},
		{int32(3), "void", ""},
		{[]any{int32(1), int32(2)}, "System.Collections.Generic.List[int]", "[1|2]"},
		{int32(5), "array", "[5]"},
		{"AwayFromZero", "MidpointRounding", "AwayFromZero"},
	}
	for _, tt := range tests {
		ti, ok := LookupType(tt.typ)
		if !ok {
			t.Fatalf("LookupType(%q) failed", tt.typ)
		}
		got, err := ConvertToType(tt.v, ti)
		if err != nil {
			t.Errorf("[%s]%v: %v", tt.typ, tt.v, err)
			continue
		}
		if s := show(got); s != tt.want {
			t.Errorf("[%s]%v = %q, want %q", tt.typ, tt.v, s, tt.want)
		}
	}
	ti, _ := LookupType("int[]")
	if _, err := ConvertToType([]any{"x"}, ti); err == nil {
		t.Error("[int[]]'x' must fail")
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		s    string
		want any
	}{
		{"0xFFFFFFFF", int32(-1)}, {"0x80000000", int32(math.MinInt32)}, {"0x100000000", int64(4294967296)},
		{"2147483648", int64(2147483648)}, {"1pb", int64(1125899906842624)}, {"1.5", 1.5}, {".01", 0.01},
		{"5e-2", 0.05}, {"-7", int32(-7)}, {"+7", int32(7)}, {"10l", int64(10)}, {"99999999999999999999", 1e20},
	}
	for _, tt := range tests {
		k, i, f, err := ParseNumber(tt.s)
		if err != nil {
			t.Errorf("%s: %v", tt.s, err)
			continue
		}
		if got := numValue(k, i, f); got != tt.want {
			t.Errorf("ParseNumber(%q) = %#v, want %#v", tt.s, got, tt.want)
		}
	}
	for _, bad := range []string{"abc", "1.2.3", "0x", "e5", "1e", "12abc"} {
		if _, _, _, err := ParseNumber(bad); err == nil {
			t.Errorf("ParseNumber(%q) succeeded", bad)
		}
	}
}

func BenchmarkConvertStringToInt(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_, _ = Convert("12345", int32Type)
	}
}
