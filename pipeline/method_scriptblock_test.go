package pipeline

import (
	"context"
	"strings"
	"testing"
)

// fnBlock is a ScriptBlock written in Go for tests.
type fnBlock func(in any) any

func (f fnBlock) InvokeWith(_ context.Context, o InvokeOptions, emit func(any) error) error {
	return emit(f(o.Input))
}

func (f fnBlock) String() string { return "<go>" }

func TestScriptBlockOperators(t *testing.T) {
	repl := fnBlock(func(in any) any {
		v, _ := GetProperty(in, "Value")
		return strings.Repeat("X", len(v.(string)))
	})
	got, err := Binary("replace", "ID ABC123", []any{`\b[A-C]+`, repl})
	if err != nil || got != "ID XXX123" {
		t.Errorf("-replace {}: %v %v", got, err)
	}
	delim := fnBlock(func(in any) any { return Equals(in, "b", false) || Equals(in, "C", false) })
	got, err = Binary("split", "a::b::c::d", delim)
	if err != nil || show(got) != "[a::|::|::d]" {
		t.Errorf("-split {}: %v %v", show(got), err)
	}
	gt1 := fnBlock(func(in any) any { return Equals(in, int32(2), false) })
	got, err = CallMethod([]any{int32(1), int32(2), int32(3)}, "Where", []any{gt1})
	if err != nil || show(got) != "[2]" {
		t.Errorf(".Where: %v %v", show(got), err)
	}
	double := fnBlock(func(in any) any { r, _ := Binary("*", in, int32(2)); return r })
	got, err = CallMethod([]any{int32(1), int32(2)}, "ForEach", []any{double})
	if err != nil || show(got) != "[2|4]" {
		t.Errorf(".ForEach: %v %v", show(got), err)
	}
}
