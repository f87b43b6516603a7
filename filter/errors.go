package filter

import (
	"strconv"
	"strings"
)

// ErrorKind classifies a filter error.
type ErrorKind int

// The kinds of filter errors.
const (
	SyntaxError     ErrorKind = iota // the text is not a well-formed filter
	UnknownProperty                  // the property is not filterable for the cmdlet
	TypeError                        // operator or value does not fit the property's type
	TranslateError                   // the program cannot be translated for a target
	LimitError                       // the filter exceeds a size limit (limits.go)
)

// syntaxMessage is Exchange's wording for a malformed filter (opath.md §8).
const syntaxMessage = "Invalid filter syntax. For a description of the filter parameter syntax see the command help."

// Error is a filter error with its position in the filter text.
//
// Error() renders the message the way Exchange does while binding -Filter:
//
//	Cannot bind parameter 'Filter' to the target. Exception setting "Filter": "<Msg> "<Text>" at position <Pos>."
//
// Pos is a 0-based byte offset into Text, and the same number is printed.
type Error struct {
	Kind        ErrorKind
	Pos         int      // 0-based byte offset into Text
	Text        string   // the whole filter text
	Msg         string   // the message without the binding wrapper and position
	Detail      string   // for syntax errors: what was expected and found
	Property    string   // the property concerned, as written, if any
	Suggestions []string // for UnknownProperty: nearest valid names
}

// Error returns the Exchange-style message.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(`Cannot bind parameter 'Filter' to the target. Exception setting "Filter": "`)
	b.WriteString(e.Msg)
	b.WriteString(` "`)
	b.WriteString(e.Text)
	b.WriteString(`" at position `)
	b.WriteString(strconv.Itoa(e.Pos))
	b.WriteString(`."`)
	return b.String()
}

// Show returns a two-line rendering for people: the filter text and a caret
// under the error position, followed by the detail when there is one.
func (e *Error) Show() string {
	line := strings.ReplaceAll(strings.ReplaceAll(e.Text, "\n", " "), "\t", " ")
	pos := e.Pos
	if pos > len(line) {
		pos = len(line)
	}
	caret := strings.Repeat(" ", len([]rune(line[:pos]))) + "^"
	msg := e.Msg
	if e.Detail != "" {
		msg = e.Detail
	}
	return line + "\n" + caret + " " + msg
}

func syntaxErr(text string, pos int, detail string) *Error {
	return &Error{Kind: SyntaxError, Pos: pos, Text: text, Msg: syntaxMessage, Detail: detail}
}

func typeErr(text string, pos int, prop, msg string) *Error {
	return &Error{Kind: TypeError, Pos: pos, Text: text, Msg: msg, Property: prop}
}
