package syntax

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// convertError turns a participle error into an *Error with PowerShell's
// wording where we know it.
func convertError(filename, src string, toks []lexer.Token, lexErr *Error, err error) *Error {
	var perr participle.Error
	if !errors.As(err, &perr) {
		return &Error{Pos: Pos{Filename: filename, Line: 1, Column: 1}, Msg: err.Error(), Len: 1}
	}
	pos := perr.Position()
	idx := tokenAt(toks, pos.Offset)
	if lexErr != nil && (lexErr.Incomplete || lexErr.Pos.Offset <= pos.Offset) {
		return lexErr
	}
	if idx+1 < len(toks) && toks[idx+1].EOF() && wantsMore(toks[idx]) {
		// the last token needs a continuation: report as if at the end
		idx++
	}
	if toks[idx].Type == tPipe && idx+1 < len(toks) && (idx == 0 || toks[idx-1].Type != tPipe) {
		idx++ // the problem is what follows the pipe
	}
	tok := toks[idx]
	var prev lexer.Token
	if idx > 0 {
		prev = toks[idx-1]
	}
	e := &Error{Pos: tok.Pos, Len: tokenLen(src, tok)}
	if tok.EOF() {
		e.Incomplete = true
		e.Len = 1
		if idx > 0 { // point just after the last token, as PowerShell does
			e.Pos = posAt(filename, src, prev.Pos.Offset+tokenLenBytes(src, prev))
		}
	}
	switch {
	case prev.Type == tPipe && (tok.EOF() || tok.Type == tSep || tok.Type == tPipe || tok.Type == tRParen || tok.Type == tRBrace):
		e.Msg = "An empty pipe element is not allowed."
	case prev.Type == tPipe:
		e.Msg = "Expressions are only allowed as the first element of a pipeline."
	case prev.Type == tChainOp && (tok.EOF() || tok.Type == tSep || tok.Type == tChainOp):
		e.Msg = fmt.Sprintf("Missing expression after '%s' in pipeline chain.", prev.Value)
	case prev.Type == tOp || prev.Type == tPrefixOp || prev.Type == tUnaryOp:
		e.Msg = fmt.Sprintf("You must provide a value expression following the '%s' operator.", prev.Value)
	case prev.Type == tAssignOp:
		e.Msg = fmt.Sprintf("You must provide a value expression on the right-hand side of the '%s' operator.", prev.Value)
	case prev.Type == tComma:
		e.Msg = "Missing expression after ','."
	case prev.Type == tParamColon:
		e.Msg = fmt.Sprintf("Parameter %s requires an argument.", prev.Value)
	case prev.Type == tKeyword && tok.EOF():
		e.Msg = fmt.Sprintf("Incomplete '%s' statement.", prev.Value)
	case !tok.EOF() && tokenText(src, tok) == "<":
		// Input redirection; reference pages also write <Placeholder>.
		e.Msg = "The '<' operator is reserved for future use."
	case tok.EOF():
		e.Msg = "Incomplete input: " + perr.Message()
	case tok.Type == tSep && tok.Value == "\n":
		e.Msg = "Unexpected end of line: " + perr.Message()
	default:
		e.Msg = fmt.Sprintf("Unexpected token '%s' in expression or statement.", tokenText(src, tok))
	}
	return e
}

func tokenAt(toks []lexer.Token, off int) int {
	for i, t := range toks {
		if t.Pos.Offset >= off && t.Type != tAssignMark {
			return i
		}
	}
	return len(toks) - 1
}

// tokenText returns the source text of a token as written.
func tokenText(src string, t lexer.Token) string {
	n := tokenLenBytes(src, t)
	return src[t.Pos.Offset : t.Pos.Offset+n]
}

func tokenLen(src string, t lexer.Token) int {
	if t.EOF() {
		return 1
	}
	return utf8.RuneCountInString(tokenText(src, t))
}

func tokenLenBytes(src string, t lexer.Token) int {
	off := t.Pos.Offset
	switch t.Type {
	case tSQString, tStrOpen, tStrText, tStrClose, tGeneric, tCmdName, tLBrace, tAssignMark, tSep, lexer.EOF:
		// value differs from the source text: measure to the next blank
		i := off
		for i < len(src) && src[i] != ' ' && src[i] != '\n' && src[i] != '\t' && src[i] != '\r' {
			i++
		}
		if i == off && i < len(src) {
			i++
		}
		return i - off
	case tVariable:
		if off < len(src) && off+1 < len(src) && src[off+1] == '{' {
			return len(t.Value) + 3
		}
		return len(t.Value) + 1
	case tSplat:
		return len(t.Value) + 1
	}
	if off+len(t.Value) <= len(src) {
		return len(t.Value)
	}
	return len(src) - off
}

// wantsMore reports whether a token at the very end of the input means the
// input is unfinished rather than wrong.
func wantsMore(t lexer.Token) bool {
	switch t.Type {
	case tComma, tOp, tPrefixOp, tUnaryOp, tAssignOp, tPipe, tParamColon, tCallOp, tDot, tDColon, tLabel,
		tKeyword, tAttrOpen, tRBracket:
		return true
	case tUnknown:
		return t.Value == "$" || t.Value == "@" || t.Value == ":"
	}
	return false
}

// posAt computes the position of byte offset off in src.
func posAt(filename, src string, off int) Pos {
	if off > len(src) {
		off = len(src)
	}
	line, ls := 1, 0
	for i := 0; i < off; i++ {
		if src[i] == '\n' {
			line, ls = line+1, i+1
		}
	}
	return Pos{Filename: filename, Offset: off, Line: line, Column: utf8.RuneCountInString(src[ls:off]) + 1}
}
