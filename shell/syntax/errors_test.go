package syntax

import (
	"errors"
	"testing"
)

func TestErrors(t *testing.T) {
	tests := []struct {
		src, want  string
		incomplete bool
	}{
		{"1 | 3", "t.ps1:1:5: Expressions are only allowed as the first element of a pipeline.", false},
		{"foo | | bar", "t.ps1:1:7: An empty pipe element is not allowed.", false},
		{"foo |", "t.ps1:1:6: An empty pipe element is not allowed.", true},
		{"1 +", "t.ps1:1:4: You must provide a value expression following the '+' operator.", true},
		{"$x =", "t.ps1:1:5: You must provide a value expression on the right-hand side of the '=' operator.", true},
		{"1,", "t.ps1:1:3: Missing expression after ','.", true},
		{"$x $y", "t.ps1:1:4: Unexpected token '$y' in expression or statement.", false},
		{"if (1) { 2 } }", "t.ps1:1:14: Unexpected token '}' in expression or statement.", false},
		{"Set-CASMailbox -Identity <MailboxIdentity>", "t.ps1:1:26: The '<' operator is reserved for future use.", false},
		{"1 < 2", "t.ps1:1:3: The '<' operator is reserved for future use.", false},
		{"try { 1 }", "t.ps1:1:10: The Try statement is missing its Catch or Finally block.", true},
		{"try { 1 }; 2", "t.ps1:1:10: The Try statement is missing its Catch or Finally block.", false},
		{"if ($x) {\n 1", "t.ps1:1:9: Missing closing '}' in statement block or type definition.", true},
		{"(1 + 2", "t.ps1:1:1: Missing closing ')' in expression.", true},
		{"$(1", "t.ps1:1:1: Missing closing ')' in subexpression.", true},
		{"@{ a = 1", "t.ps1:1:1: Missing closing '}' in hash literal.", true},
		{"'abc", "t.ps1:1:1: The string is missing the terminator: '.", true},
		{"\"abc $x", "t.ps1:1:1: The string is missing the terminator: \".", true},
		{"@\"\nabc\n", "t.ps1:1:1: The string is missing the terminator: \"@.", true},
		{"@'\nabc", "t.ps1:1:1: The string is missing the terminator: '@.", true},
		{"@\" x\n\"@", "t.ps1:1:1: No characters are allowed after a here-string header but before the end of the line.", false},
		{"Write-Output `", "t.ps1:1:14: Incomplete line continuation.", true},
		{"foo -Name:", "t.ps1:1:11: Parameter -Name: requires an argument.", true},
		{"<# open", "t.ps1:1:1: Missing closing '#>' in block comment.", true},
		{"$a[0", "t.ps1:1:3: Missing ']' after array index expression.", true},
		{"foo && && bar", "t.ps1:1:8: Missing expression after '&&' in pipeline chain.", false},
		{"foo ||", "t.ps1:1:7: Missing expression after '||' in pipeline chain.", true},
		{"try { 1 } catch", "t.ps1:1:16: Incomplete 'catch' statement.", true},
		{"function f", "t.ps1:1:11: Incomplete input: unexpected token \"<EOF>\" (expected <lbrace> ScriptBlock <rbrace>)", true},
	}
	for _, tt := range tests {
		_, err := Parse("t.ps1", tt.src)
		if err == nil {
			t.Errorf("%q: no error", tt.src)
			continue
		}
		if err.Error() != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.src, err, tt.want)
		}
		if IsIncomplete(err) != tt.incomplete {
			t.Errorf("%q: IsIncomplete = %v, want %v", tt.src, IsIncomplete(err), tt.incomplete)
		}
	}
}

func TestShow(t *testing.T) {
	src := "$a = 1\n$b = 1 +\n"
	_, err := Parse("/tmp/x.ps1", src)
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("got %v", err)
	}
	want := "ParserError: /tmp/x.ps1:2\nLine |\n   2 |  $b = 1 +\n     |          ~\n     | You must provide a value expression following the '+' operator."
	if got := e.Show(src); got != want {
		t.Errorf("Show:\n%s\nwant:\n%s", got, want)
	}
	_, err = Parse("", "Get-X | 42")
	errors.As(err, &e)
	want = "ParserError: \nLine |\n   1 |  Get-X | 42\n     |          ~~\n     | Expressions are only allowed as the first element of a pipeline."
	if got := e.Show("Get-X | 42"); got != want {
		t.Errorf("Show:\n%q\nwant:\n%q", got, want)
	}
}

func TestParseErrors(t *testing.T) {
	src := "$a = 1\n1 | 2\n$ok = 3\n$x $y\n"
	errs := ParseErrors("f.ps1", src)
	var got []string
	for _, e := range errs {
		got = append(got, e.Error())
	}
	want := []string{
		"f.ps1:2:5: Expressions are only allowed as the first element of a pipeline.",
		"f.ps1:4:4: Unexpected token '$y' in expression or statement.",
	}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("error %d: got %q, want %q", i, got[i], want[i])
		}
	}
	if errs := ParseErrors("f.ps1", "$a = 1"); errs != nil {
		t.Errorf("valid script: got %v", errs)
	}
}

func TestIsIncompleteOther(t *testing.T) {
	if IsIncomplete(errors.New("x")) || IsIncomplete(nil) {
		t.Error("plain errors are not incomplete")
	}
}

func TestParseErrorsSkipsBlocks(t *testing.T) {
	src := "function f {\n  1 | 2\n  'ok'\n}\n$x $y\n"
	var got []string
	for _, e := range ParseErrors("g.ps1", src) {
		got = append(got, e.Error())
	}
	want := []string{
		"g.ps1:2:7: Expressions are only allowed as the first element of a pipeline.",
		"g.ps1:5:4: Unexpected token '$y' in expression or statement.",
	}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
