package filter

import (
	"fmt"
	"unicode/utf8"
)

// The limits a filter must keep, checked while parsing and checking so that
// a hostile or generated filter fails with a positioned error that names
// the limit instead of exhausting the stack or reaching SQLite's own limits
// (expression depth 1000, LIKE pattern length 50000 bytes).
const (
	// MaxNesting bounds the nesting of parentheses and -not.
	MaxNesting = 100
	// MaxComparisons bounds the comparisons in one filter. The SQL
	// translation groups long -and/-or chains into a balanced tree, so
	// SQLite's expression depth stays far below its limit.
	MaxComparisons = 1000
	// MaxPatternLength bounds a -like or -notlike pattern, in characters:
	// 10000 characters of at most 4 bytes each, escaped, stay below
	// SQLite's 50000-byte LIKE pattern limit.
	MaxPatternLength = 10000
)

func nestingErr(text string, pos int) *Error {
	return limitErr(text, pos, "", fmt.Sprintf(
		"The filter is nested too deeply: at most %d levels of parentheses and -not are allowed.", MaxNesting))
}

func comparisonsErr(text string, pos int) *Error {
	return limitErr(text, pos, "", fmt.Sprintf(
		"The filter has too many comparisons: at most %d are allowed. Split the query, or filter on a property the objects share.", MaxComparisons))
}

// checkPatternLength fails a -like pattern longer than MaxPatternLength.
func checkPatternLength(text string, e *Expr, pattern string) *Error {
	if n := utf8.RuneCountInString(pattern); n > MaxPatternLength {
		return limitErr(text, e.Value.Pos, e.Property, fmt.Sprintf(
			"The %s pattern is too long: %d characters, at most %d are allowed.", e.Op, n, MaxPatternLength))
	}
	return nil
}

func limitErr(text string, pos int, prop, msg string) *Error {
	return &Error{Kind: LimitError, Pos: pos, Text: text, Msg: msg, Detail: msg, Property: prop}
}
