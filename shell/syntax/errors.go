package syntax

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Error is a syntax error at a position. Incomplete errors are those that
// more input could fix (an open quote, brace, paren or here-string, a
// trailing `|` or backtick); the REPL asks for another line.
type Error struct {
	Pos        Pos
	Msg        string
	Incomplete bool
	Len        int // characters to underline; at least 1
	// Internal marks a bug in the parser itself (a recovered panic,
	// reported as "internal parser error"), not in the script.
	Internal bool
}

// Error returns "file:line:col: msg" (the file part is omitted when empty).
func (e *Error) Error() string {
	if e.Pos.Filename == "" {
		return fmt.Sprintf("%d:%d: %s", e.Pos.Line, e.Pos.Column, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.Pos.Filename, e.Pos.Line, e.Pos.Column, e.Msg)
}

// IsIncomplete reports whether err is an incomplete-input syntax error.
func IsIncomplete(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.Incomplete
}

// IsInternal reports whether err is an internal parser error: a bug in
// psh, never the script's fault. Fuzz targets fail on it.
func IsInternal(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.Internal
}

// Show renders the error the way PowerShell 7's ConciseView does:
//
//	ParserError: /path/x.ps1:3
//	Line |
//	   3 |  1 +
//	     |     ~
//	     | You must provide a value expression following the '+' operator.
func (e *Error) Show(src string) string {
	var b strings.Builder
	b.WriteString("ParserError: ")
	if e.Pos.Filename != "" {
		fmt.Fprintf(&b, "%s:%d", e.Pos.Filename, e.Pos.Line)
	}
	b.WriteString("\nLine |\n")
	line := sourceLine(src, e.Pos.Line)
	col := e.Pos.Column - 1
	if col < 0 {
		col = 0
	}
	if n := utf8.RuneCountInString(line); col > n {
		col = n
	}
	width := e.Len
	if width < 1 {
		width = 1
	}
	line, col, width = Excerpt(line, col, width)
	fmt.Fprintf(&b, "%4d |  %s\n", e.Pos.Line, line)
	fmt.Fprintf(&b, "     |  %s%s\n", strings.Repeat(" ", col), strings.Repeat("~", width))
	fmt.Fprintf(&b, "     | %s", e.Msg)
	return b.String()
}

func sourceLine(src string, n int) string {
	for i := 1; i < n; i++ {
		j := strings.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := strings.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return strings.TrimRight(src, "\r")
}

func firstRune(s string) (rune, int) {
	if s == "" {
		return 0, 0
	}
	return utf8.DecodeRuneInString(s)
}
