package syntax

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// TestNestingBound: input nested past MaxNesting is a positioned,
// complete (not "incomplete") syntax error, found before participle
// recurses; nesting up to the bound parses.
func TestNestingBound(t *testing.T) {
	const n = 20000
	for _, tc := range []struct {
		name, src string
		col       int // column of the first token past the bound
	}{
		{"paren", strings.Repeat("(", n) + "1" + strings.Repeat(")", n), 257},
		{"unclosed", strings.Repeat("(", n), 257},
		{"array", strings.Repeat("@(", n) + "1" + strings.Repeat(")", n), 513},
		{"subexpr", strings.Repeat("$(", n) + "1" + strings.Repeat(")", n), 513},
		{"hashtable", strings.Repeat("@{a=", n) + "1" + strings.Repeat("}", n), 1025},
		{"call", strings.Repeat("& {", n) + "1" + strings.Repeat("}", n), 0},
		{"string", strings.Repeat(`"$(`, n) + "1" + strings.Repeat(`)"`, n), 0},
		{"minus", strings.Repeat("-", n) + "1", 513}, // lexed as -- tokens
		{"not", strings.Repeat("!", n) + "1", 257},
		{"cast", strings.Repeat("[int]", n) + "1", 5*256 + 1},
	} {
		_, err := Parse("x.ps1", tc.src)
		e, ok := err.(*Error)
		if !ok || e.Msg != "The script is nested too deeply: at most 256 levels of brackets, blocks, sub-expressions and prefix operators are allowed." || e.Incomplete {
			t.Errorf("%s: got %v, want the nesting error", tc.name, err)
			continue
		}
		if tc.col != 0 && (e.Pos.Line != 1 || e.Pos.Column != tc.col) {
			t.Errorf("%s: error at %d:%d, want 1:%d", tc.name, e.Pos.Line, e.Pos.Column, tc.col)
		}
	}
	for _, ok := range []string{
		strings.Repeat("(", 200) + "1" + strings.Repeat(")", 200),
		strings.Repeat("@(", 100) + "1" + strings.Repeat(")", 100),
		strings.Repeat("-", 200) + "1",
	} {
		if _, err := Parse("", ok); err != nil {
			t.Errorf("%.20s...: %v", ok, err)
		}
	}
}

// TestStringPartsBound: a string of more than MaxStringParts pieces is a
// clear limit error (participle would say "Unexpected token").
func TestStringPartsBound(t *testing.T) {
	_, err := Parse("", `"`+strings.Repeat("$x", MaxStringParts+10)+`"`)
	if e, ok := err.(*Error); !ok || !strings.HasPrefix(e.Msg, "The string has too many parts: at most 100000 pieces") {
		t.Errorf("got %v, want the string parts error", err)
	}
}

// TestChunkedParseMatchesWhole: a long script parsed in chunks gives the
// tree one parse would, and an error in a late chunk is reported as the
// whole parse reports it.
func TestChunkedParseMatchesWhole(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 1000; i++ {
		b.WriteString("$x = 1 + 2\nif ($x) { 'a' }\nelse { 'b' }\n")
	}
	src := b.String()
	sb, err := Parse("", src)
	if err != nil {
		t.Fatal(err)
	}
	if len(sb.Statements) != 2000 {
		t.Errorf("got %d statements, want 2000", len(sb.Statements))
	}
	if got, want := sb.String(), mustParseWhole(t, src).String(); got != want {
		t.Error("chunked parse differs from the whole parse")
	}
	_, err = Parse("", src+"1 +\n")
	if e, ok := err.(*Error); !ok || e.Pos.Line != 3001 {
		t.Errorf("error in the last chunk: %v, want it on line 3001", err)
	}
}

func mustParseWhole(t *testing.T, src string) *ScriptBlock {
	t.Helper()
	p, err := getParser()
	if err != nil {
		t.Fatal(err)
	}
	toks, _ := tokenize("", src)
	sb, err := parseAll(p, toks)
	if err != nil {
		t.Fatal(err)
	}
	return sb
}

// TestParseContextStops: a cancelled context stops parsing a long script
// between chunks with the context's error.
func TestParseContextStops(t *testing.T) {
	src := strings.Repeat("$x = 1 + 2\n", 5000)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ParseContext(ctx, "", src); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
}
