package pipeline

import (
	"testing"
)

func TestEnumStatics(t *testing.T) {
	typ := func(n string) *TypeInfo {
		ti, ok := LookupType(n)
		if !ok {
			t.Fatalf("no type %s", n)
		}
		return ti
	}
	enum, sysEnum := typ("enum"), typ("System.Enum")
	dow, pref := typ("DayOfWeek"), typ("System.Management.Automation.ActionPreference")
	tests := []struct {
		on   *TypeInfo
		m    string
		args []any
		want string
	}{
		{enum, "GetNames", []any{dow}, "[Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday]"},
		{sysEnum, "GetNames", []any{typ("MidpointRounding")}, "[ToEven|AwayFromZero|ToZero|ToNegativeInfinity|ToPositiveInfinity]"},
		{enum, "GetNames", []any{"StringComparison"}, "[CurrentCulture|CurrentCultureIgnoreCase|InvariantCulture|InvariantCultureIgnoreCase|Ordinal|OrdinalIgnoreCase]"},
		{enum, "GetValues", []any{pref}, "[SilentlyContinue|Stop|Continue|Inquire|Ignore|Suspend|Break]"},
		{enum, "Parse", []any{dow, "Monday"}, "Monday"},
		{enum, "Parse", []any{dow, "monday", true}, "Monday"},
		{enum, "Parse", []any{dow, " 5 "}, "Friday"},
		{enum, "Parse", []any{pref, "Stop"}, "Stop"},
		{enum, "GetName", []any{dow, int32(2)}, "Tuesday"},
		{enum, "IsDefined", []any{dow, "Monday"}, "True"},
		{enum, "IsDefined", []any{dow, "monday"}, "False"},
		{enum, "ToObject", []any{dow, int32(6)}, "Saturday"},
	}
	for _, tt := range tests {
		got, err := tt.on.CallStatic(tt.m, tt.args)
		if err != nil || show(got) != tt.want {
			t.Errorf("[%s]::%s(%v) = %v, %v; want %s", tt.on.Name, tt.m, tt.args, show(got), err, tt.want)
		}
	}
	if v, _ := enum.CallStatic("GetValues", []any{dow}); ToSlice(v)[1] != DayOfWeek(1) {
		t.Errorf("GetValues([DayOfWeek]) elements are %T", ToSlice(v)[1])
	}
	if v, _ := enum.CallStatic("Parse", []any{pref, "Ignore"}); v != Ignore {
		t.Errorf("Parse(ActionPreference) = %#v", v)
	}
	errs := []struct {
		m    string
		args []any
		want string
	}{
		{"Parse", []any{dow, "monday"}, `Exception calling "Parse" with "2" argument(s): "Requested value 'monday' was not found."`},
		{"Parse", []any{dow, " "}, `Exception calling "Parse" with "2" argument(s): "Must specify valid information for parsing in the string. (Parameter 'value')"`},
		{"GetNames", []any{typ("int")}, `Exception calling "GetNames" with "1" argument(s): "Type provided must be an Enum. (Parameter 'enumType')"`},
		{"GetNames", nil, `Cannot find an overload for "GetNames" and the argument count: "0".`},
		{"Frob", []any{dow}, "Method invocation failed because [System.Enum] does not contain a method named 'Frob'."},
	}
	for _, tt := range errs {
		if _, err := enum.CallStatic(tt.m, tt.args); err == nil || err.Error() != tt.want {
			t.Errorf("[enum]::%s: %v, want %s", tt.m, err, tt.want)
		}
	}
	if v, err := ConvertToType(int32(1), pref); err != nil || v != Stop {
		t.Errorf("[ActionPreference]1 = %#v, %v", v, err)
	}
	if !dow.IsInstance(DayOfWeek(3)) || dow.IsInstance(int32(3)) {
		t.Error("-is [DayOfWeek]")
	}
}
