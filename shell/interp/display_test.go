package interp

import (
	"errors"
	"strings"
	"testing"

	"github.com/psh-project/psh/pipeline"
)

// TestFormatError pins the concise view: a bare line for the first line of
// a command, a framed excerpt for later lines, files and parse errors.
func TestFormatError(t *testing.T) {
	line1 := pipeline.Position{Line: 1, Column: 1, LineText: "Get-Item /nosuch", Length: 16}
	line3 := pipeline.Position{Line: 3, Column: 1, LineText: "Get-Item /nosuch", Length: 16}
	inFile := pipeline.Position{File: "/home/u/x.ps1", Line: 3, Column: 1, LineText: "Get-Item /nosuch", Length: 16}
	msg := errors.New("Cannot find path '/nosuch' because it does not exist.")
	tests := []struct {
		name string
		rec  *pipeline.ErrorRecord
		want string
	}{
		{"first line", &pipeline.ErrorRecord{Err: msg, Command: "Get-Item", Pos: line1},
			"Get-Item: Cannot find path '/nosuch' because it does not exist."},
		{"later line", &pipeline.ErrorRecord{Err: msg, Command: "Get-Item", Pos: line3},
			"Get-Item: \nLine |\n   3 |  Get-Item /nosuch\n     |  ~~~~~~~~~~~~~~~~\n     | Cannot find path '/nosuch' because it does not exist."},
		{"file", &pipeline.ErrorRecord{Err: msg, Command: "Get-Item", Pos: inFile},
			"Get-Item: /home/u/x.ps1:3\nLine |\n   3 |  Get-Item /nosuch\n     |  ~~~~~~~~~~~~~~~~\n     | Cannot find path '/nosuch' because it does not exist."},
		{"throw", &pipeline.ErrorRecord{Err: errors.New("boom"), FromThrow: true, Pos: line1}, "Exception: boom"},
		{"throw later line", &pipeline.ErrorRecord{Err: errors.New("boom"), FromThrow: true,
			Pos: pipeline.Position{Line: 2, Column: 1, LineText: "throw 'boom'", Length: 12}},
			"Exception: \nLine |\n   2 |  throw 'boom'\n     |  ~~~~~~~~~~~~\n     | boom"},
		{"runtime", &pipeline.ErrorRecord{Err: pipeline.ErrDivideByZero, ID: "RuntimeException", Pos: line1},
			"RuntimeException: Attempted to divide by zero."},
		{"null array", errNullArray().(*pipeline.ErrorRecord), "InvalidOperation: Cannot index into a null array."},
		{"no position", &pipeline.ErrorRecord{Err: errors.New("x")}, "Exception: x"},
		{"two-line message", &pipeline.ErrorRecord{Err: errors.New("a\nb"), Command: "f",
			Pos: pipeline.Position{Line: 2, Column: 3, LineText: "  f", Length: 1}},
			"f: \nLine |\n   2 |    f\n     |    ~\n     | a\n     | b"},
	}
	for _, tt := range tests {
		if got := FormatError(tt.rec); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// TestFormatSyntaxError pins parse errors: the caret one column after the
// operator, the file name on the first line, the last non-empty line for
// an error at the end of the input.
func TestFormatSyntaxError(t *testing.T) {
	tests := []struct {
		file, text, want string
	}{
		{"", "1 +", "ParserError: \nLine |\n   1 |  1 +\n     |     ~\n     | You must provide a value expression following the '+' operator."},
		{"/s/x.ps1", "'ok'\n'a' +\n", "ParserError: /s/x.ps1:2\nLine |\n   2 |  'a' +\n     |       ~\n     | You must provide a value expression following the '+' operator."},
		{"", "\"abc", "ParserError: \nLine |\n   1 |  \"abc\n     |  ~\n     | The string is missing the terminator: \"."},
		{"", "if (1) {", "ParserError: \nLine |\n   1 |  if (1) {\n     |         ~\n     | Missing closing '}' in statement block or type definition."},
	}
	for _, tt := range tests {
		in := New(Config{})
		err := in.CheckSyntax(tt.text)
		if err == nil {
			t.Errorf("%q: no syntax error", tt.text)
			continue
		}
		if got := FormatSyntaxError(err, tt.file, tt.text); got != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestFormatErrorLongLine pins the framed view of a line longer than
// syntax.ExcerptColumns: a window around the failing span, "…" where cut.
func TestFormatErrorLongLine(t *testing.T) {
	line := strings.Repeat("0123456789", 30)
	tests := []struct {
		name      string
		col, n    int
		text, mrk string
	}{
		{"start", 1, 4, line[:120] + "…", "~~~~"},
		{"middle", 151, 2, "…" + line[110:230] + "…", strings.Repeat(" ", 41) + "~~"},
		{"end", 300, 1, "…" + line[180:], strings.Repeat(" ", 120) + "~"},
	}
	for _, tt := range tests {
		rec := &pipeline.ErrorRecord{Err: errors.New("m"), Command: "f",
			Pos: pipeline.Position{Line: 2, Column: tt.col, LineText: line, Length: tt.n}}
		want := "f: \nLine |\n   2 |  " + tt.text + "\n     |  " + tt.mrk + "\n     | m"
		if got := FormatError(rec); got != want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, want)
		}
	}
}
