package pipeline

import (
	"testing"
)

func TestStatics(t *testing.T) {
	call := func(typ, name string, args ...any) any {
		t.Helper()
		ti, ok := LookupType(typ)
		if !ok {
			t.Fatalf("no type %s", typ)
		}
		v, err := ti.CallStatic(name, args)
		if err != nil {
			t.Fatalf("[%s]::%s: %v", typ, name, err)
		}
		return v
	}
	tests := []struct {
		got  any
		want string
	}{
		{call("math", "Round", 2.5), "2"},
		{call("math", "Round", 3.5), "4"},
		{call("Math", "Round", 2.5, "AwayFromZero"), "3"},
		{call("math", "Round", 1.2345, int32(2)), "1.23"},
		{call("math", "Ceiling", 2.5), "3"},
		{call("math", "Floor", 2.5), "2"},
		{call("math", "Max", int32(3), int32(7)), "7"},
		{call("math", "Abs", int32(-3)), "3"},
		{call("math", "Pow", int32(2), int32(10)), "1024"},
		{call("string", "IsNullOrEmpty", ""), "True"},
		{call("string", "IsNullOrWhiteSpace", " "), "True"},
		{call("string", "Join", ",", []any{"a", "b"}), "a,b"},
		{call("string", "Join", "-", "a", "b", "c"), "a-b-c"},
		{call("string", "Format", "{0}-{1}", "a", "b"), "a-b"},
		{call("string", "Concat", "a", int32(1)), "a1"},
		{call("int", "Parse", "42"), "42"},
		{call("bool", "Parse", "false"), "False"},
		{call("char", "IsDigit", "7"), "True"},
		{call("char", "ToUpper", "a"), "A"},
		{call("regex", "Escape", "a.b*c"), `a\.b\*c`},
		{call("regex", "IsMatch", "abc", "B"), "False"},
		{call("regex", "Replace", "abc", "b", "x"), "axc"},
		{call("regex", "Match", "abc123", `\d+`), "123"},
		{call("timespan", "FromMinutes", int32(90)), "01:30:00"},
		{call("convert", "ToInt32", "ff", int32(16)), "255"},
		{call("convert", "ToString", int32(5), int32(2)), "101"},
		{call("System.Collections.Generic.List[string]", "new"), "[]"},
	}
	for i, tt := range tests {
		if s := show(tt.got); s != tt.want {
			t.Errorf("%d: got %q, want %q", i, s, tt.want)
		}
	}
	ti, _ := LookupType("int")
	if v, _ := ti.GetStatic("MaxValue"); v != int32(2147483647) {
		t.Error("[int]::MaxValue")
	}
	ti, _ = LookupType("System.Math")
	if v, _ := ti.GetStatic("PI"); ToString(v) != "3.14159265358979" {
		t.Error("[math]::PI")
	}
	if _, err := ti.CallStatic("Nope", nil); err == nil || err.Error() != "Method invocation failed because [System.Math] does not contain a method named 'Nope'." {
		t.Errorf("unknown static: %v", err)
	}
	if g := NewGuid(); len(g.String()) != 36 || g == NewGuid() {
		t.Error("NewGuid")
	}
	if _, ok := LookupType("nosuch"); ok {
		t.Error("LookupType(nosuch)")
	}
	if ti, ok := LookupType("string[]"); !ok || ti.Name != "System.String[]" {
		t.Error("string[]")
	}
}

func TestStringMethods(t *testing.T) {
	tests := []struct {
		s, m string
		args []any
		want string
	}{
		{"Hello", "ToUpper", nil, "HELLO"},
		{"  x  ", "Trim", nil, "x"},
		{"xxhixx", "TrimStart", []any{"x"}, "hixx"},
		{"Hello", "Substring", []any{int32(1)}, "ello"},
		{"Hello", "Substring", []any{int32(1), int32(3)}, "ell"},
		{"a.b.c", "Split", []any{"."}, "[a|b|c]"},
		{"a, b", "Split", []any{", "}, "[a|b]"},
		{"a,b;c", "Split", []any{[]any{Char(','), Char(';')}}, "[a|b|c]"},
		{"a.b.c", "Split", []any{".", int32(2)}, "[a|b.c]"},
		{"Hello", "Replace", []any{"l", "L"}, "HeLLo"},
		{"Hello", "StartsWith", []any{"he"}, "False"},
		{"Hello", "StartsWith", []any{"he", "OrdinalIgnoreCase"}, "True"},
		{"Hello", "Contains", []any{"ell"}, "True"},
		{"Hello", "IndexOf", []any{"l"}, "2"},
		{"Hello", "LastIndexOf", []any{"l"}, "3"},
		{"7", "PadLeft", []any{int32(3), "0"}, "007"},
		{"ab", "PadRight", []any{int32(4)}, "ab  "},
		{"Hello", "Insert", []any{int32(0), ">"}, ">Hello"},
		{"Hello", "Remove", []any{int32(1), int32(3)}, "Ho"},
		{"hello", "ToCharArray", nil, "[h|e|l|l|o]"},
	}
	for _, tt := range tests {
		got, err := CallMethod(tt.s, tt.m, tt.args)
		if err != nil {
			t.Errorf("%q.%s: %v", tt.s, tt.m, err)
			continue
		}
		if s := show(got); s != tt.want {
			t.Errorf("%q.%s(%v) = %q, want %q", tt.s, tt.m, tt.args, s, tt.want)
		}
	}
	errs := []struct {
		s, m string
		args []any
		want string
	}{
		{"abc", "Substring", []any{int32(5)}, `Exception calling "Substring" with "1" argument(s): "startIndex cannot be larger than length of string. (Parameter 'startIndex')"`},
		{"abc", "Frob", nil, "Method invocation failed because [System.String] does not contain a method named 'Frob'."},
		{"abc", "Substring", nil, `Cannot find an overload for "Substring" and the argument count: "0".`},
	}
	for _, tt := range errs {
		_, err := CallMethod(tt.s, tt.m, tt.args)
		if err == nil || err.Error() != tt.want {
			t.Errorf("%q.%s: %v, want %s", tt.s, tt.m, err, tt.want)
		}
	}
	if _, err := CallMethod(nil, "x", nil); err == nil || err.Error() != "You cannot call a method on a null-valued expression." {
		t.Errorf("null: %v", err)
	}
	if v, _ := CallMethod(3.0276503540974917, "ToString", nil); v != "3.0276503540974917" {
		t.Errorf("double.ToString() = %v", v)
	}
	if v, _ := CallMethod(1234.5, "ToString", []any{"N2"}); v != "1,234.50" {
		t.Errorf("double.ToString(N2) = %v", v)
	}
}
