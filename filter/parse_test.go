package filter

import (
	"errors"
	"testing"
)

func TestParseValid(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Name -eq 'x'", "(Name -eq 'x')"},
		{"name -EQ 'x'", "(name -eq 'x')"},
		{"A -eq 1 -and B -eq 2 -or C -eq 3", "(((A -eq 1) -and (B -eq 2)) -or (C -eq 3))"},
		{"A -eq 1 -or B -eq 2 -and C -eq 3", "(((A -eq 1) -or (B -eq 2)) -and (C -eq 3))"},
		{"A -eq 1 -or (B -eq 2 -and C -eq 3)", "((A -eq 1) -or ((B -eq 2) -and (C -eq 3)))"},
		{"-not A -like 'x*'", "-not(A -like 'x*')"},
		{"-not(A -ne $null)", "-not(A -ne $null)"},
		{"-not -not A -eq $true", "-not-not(A -eq $true)"},
		{"A -eq 'it''s'", "(A -eq 'it''s')"},
		{`A -eq "say ""hi"""`, `(A -eq 'say "hi"')`},
		{"A -eq \"a`\"b\"", `(A -eq 'a"b')`},
		{"A -eq UserMailbox", "(A -eq UserMailbox)"},
		{"A -ge -2147483645", "(A -ge -2147483645)"},
		{"A -eq `$false", "(A -eq $false)"},
		{"A -eq $NULL", "(A -eq $null)"},
		{"{Department -eq 'Sales'}", "(Department -eq 'Sales')"},
		{"  { A -eq 1 }  ", "(A -eq 1)"},
		{"A -eq contoso.com", "(A -eq contoso.com)"},
		{"A -eq Engineering-QA", "(A -eq Engineering-QA)"},
		{"((A -eq 1))", "(A -eq 1)"},
		{"A -lt 1 -and B -gt 2 -and C -le 3 -and D -ge 4 -and E -notlike '*' -and F -like '?'",
			"((((((A -lt 1) -and (B -gt 2)) -and (C -le 3)) -and (D -ge 4)) -and (E -notlike '*')) -and (F -like '?'))"},
		{"A -eq ''", "(A -eq '')"},
		{"\tA\n-eq\r\n'x'", "(A -eq 'x')"},
	}
	for _, tt := range tests {
		e, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if got := e.String(); got != tt.want {
			t.Errorf("Parse(%q) = %s, want %s", tt.in, got, tt.want)
		}
		// The normalised form parses back to itself.
		e2, err := Parse(e.String())
		if err != nil || e2.String() != e.String() {
			t.Errorf("reparse of %q: %v %v", e.String(), e2, err)
		}
	}
}

func TestParsePositions(t *testing.T) {
	e, err := Parse("A -eq 1 -and -not (Bee -like 'x*')")
	if err != nil {
		t.Fatal(err)
	}
	if e.Kind != And || e.Right.Kind != Not || e.Right.Pos != 13 {
		t.Fatalf("shape: %+v", e)
	}
	c := e.Right.Left
	if c.Pos != 19 || c.OpPos != 23 || c.Value.Pos != 29 || c.Property != "Bee" || c.Op != Like {
		t.Errorf("positions: %+v", c)
	}
}

const syntaxPrefix = `Cannot bind parameter 'Filter' to the target. Exception setting "Filter": "Invalid filter syntax. For a description of the filter parameter syntax see the command help. `

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in     string
		pos    int
		detail string
	}{
		{"RecipientType -eq 'UserMailbox' -or 'MailUser'", 36, "expected a property name, '(' or -not, found 'MailUser'"},
		{"(Alias -ne )", 11, "expected a value after -ne, found ')'"},
		{"ArchiveDatabase -ne ", 20, "expected a value after -ne, found the end of the filter"},
		{"", 0, "the filter is empty"},
		{"   ", 3, "the filter is empty"},
		{"{}", 1, "the filter is empty"},
		{"Name", 4, "expected a comparison operator such as -eq or -like after 'Name', found the end of the filter"},
		{"Name 'x'", 5, "expected a comparison operator such as -eq or -like after 'Name', found 'x'"},
		{"Name -match 'x'", 5, "unknown operator '-match'"},
		{"Name -ilike 'x'", 5, "unknown operator '-ilike'"},
		{"Name -and 'x'", 5, "expected a comparison operator such as -eq or -like after 'Name', found -and"},
		{"Name -eq 'x", 9, "the string is missing its terminator '"},
		{`Name -eq "x`, 9, `the string is missing its terminator "`},
		{"Name -eq $User", 9, "variables are not expanded in a filter; only $true, $false and $null are allowed"},
		{"Name -eq 'x' Name -eq 'y'", 13, "expected -and, -or or the end of the filter, found 'Name'"},
		{"(Name -eq 'x'", 13, "expected ')', found the end of the filter"},
		{"Name -eq 'x')", 12, "expected -and, -or or the end of the filter, found ')'"},
		{"Name -eq 'x' -and", 17, "expected a property name, '(' or -not, found the end of the filter"},
		{"-not", 4, "expected a property name, '(' or -not, found the end of the filter"},
		{"'x' -eq Name", 0, "expected a property name, '(' or -not, found 'x'"},
		{"Name -eq -eq", 9, "expected a value after -eq, found -eq"},
		{"Name -eq 'a\x00'", 11, "unexpected NUL character"},
		{"Name -eq '\xff'", 10, "invalid UTF-8"},
		{"Name -eq `x", 9, "unexpected character '`'"},
		{"Name -eq 'x' -", 13, "unknown operator '-'"},
		{"{Name -eq 'x'} -and {B -eq 1}", 13, "unexpected character '}'"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		var fe *Error
		if !errors.As(err, &fe) {
			t.Errorf("Parse(%q) = %v, want *Error", tt.in, err)
			continue
		}
		if fe.Kind != SyntaxError || fe.Pos != tt.pos || fe.Detail != tt.detail {
			t.Errorf("Parse(%q): kind %d pos %d detail %q; want pos %d detail %q", tt.in, fe.Kind, fe.Pos, fe.Detail, tt.pos, tt.detail)
		}
	}
}

func TestSyntaxErrorText(t *testing.T) {
	in := "RecipientType -eq 'UserMailbox' -or 'MailUser'"
	_, err := Parse(in)
	want := syntaxPrefix + `"RecipientType -eq 'UserMailbox' -or 'MailUser'" at position 36."`
	if err == nil || err.Error() != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}
	show := err.(*Error).Show()
	wantShow := in + "\n" + "                                    ^ expected a property name, '(' or -not, found 'MailUser'"
	if show != wantShow {
		t.Errorf("Show:\n%s\nwant\n%s", show, wantShow)
	}
}

func TestParseDepthLimit(t *testing.T) {
	deep := ""
	for i := 0; i < 150; i++ {
		deep += "("
	}
	_, err := Parse(deep + "A -eq 1")
	if fe, ok := err.(*Error); !ok || fe.Msg != "The filter is nested too deeply: at most 100 levels of parentheses and -not are allowed." || fe.Pos != 100 {
		t.Errorf("got %v", err)
	}
}
