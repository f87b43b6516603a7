package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

const argDelims = " \t\r\n;|,(){}&<>"

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func runeAt(src string, i int) rune {
	if i >= len(src) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(src[i:])
	return r
}

func isIdentStart(r rune) bool { return r == '_' || unicode.IsLetter(r) }
func isIdentChar(r rune) bool  { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// isWordStart reports whether a bare word (command name, argument) starts
// at src[i].
func isWordStart(src string, i int) bool {
	r := runeAt(src, i)
	switch {
	case isIdentStart(r), unicode.IsDigit(r):
		return true
	case r == '.':
		n := runeAt(src, i+1)
		return n == '\\' || n == '/' || n == '.'
	}
	return strings.ContainsRune(`\/~%?*:`+"`", r)
}

func isArgDelim(src string, i int) bool {
	return i >= len(src) || strings.IndexByte(argDelims, src[i]) >= 0 || quoteAt(src, i) != 0
}

// quoteAt returns '\” or '"' when a (possibly typographic) quote starts at i.
func quoteAt(src string, i int) byte {
	switch runeAt(src, i) {
	case '\'', '‘', '’', '‚', '‛':
		return '\''
	case '"', '“', '”', '„':
		return '"'
	}
	return 0
}

// dashAt returns the byte length of the dash at src[i], or 0: PowerShell
// takes the en dash, em dash and horizontal bar that word processors and
// web pages put in place of "-" as "-" where a parameter or an operator
// starts (Set-CASMailbox x –PopEnabled $false, 5 –gt 3).
func dashAt(src string, i int) int {
	if i >= len(src) {
		return 0
	}
	if src[i] == '-' {
		return 1
	}
	switch r := runeAt(src, i); r {
	case '\u2013', '\u2014', '\u2015':
		return utf8.RuneLen(r)
	}
	return 0
}

// lexStart lexes the first token of a statement or pipeline element.
func (s *scanner) lexStart() {
	c, start := s.src[s.off], s.off
	switch {
	case s.mode == mStmt && c == ':' && isIdentStart(runeAt(s.src, s.off+1)):
		s.off++
		s.emit(tLabel, s.scanIdent(), start)
		return
	case c == '&' && s.peek(1) != '&':
		s.off++
		s.emit(tCallOp, "&", start)
		s.mode, s.cmdName = mCmd, true
		s.top().stmtIdx = -1
		return
	case c == '.' && (s.peek(1) == ' ' || s.peek(1) == '\t'):
		s.off++
		s.emit(tCallOp, ".", start)
		s.mode, s.cmdName = mCmd, true
		s.top().stmtIdx = -1
		return
	case isWordStart(s.src, s.off) && !isDigit(c):
		save := s.off
		w, _ := s.scanWord(s.off, argDelims, false)
		lw := strings.ToLower(w)
		if s.mode == mStmt && keywords[lw] && s.keywordHere(lw) {
			s.emit(tKeyword, lw, start)
			s.keyword(lw)
			return
		}
		if w == "" {
			s.off = save
			break
		}
		s.emit(tCmdName, w, start)
		s.mode = mCmd
		s.top().stmtIdx = -1
		return
	}
	s.mode = mExpr
	s.lexExpr()
}

// keywordHere applies the extra conditions of context keywords.
func (s *scanner) keywordHere(kw string) bool {
	switch kw {
	case "begin", "process", "end":
		c, _ := s.nextSignificant()
		return c == '{'
	}
	return true
}

// nextSignificant returns the first two characters after the spaces,
// comments and line breaks ahead, without consuming anything.
func (s *scanner) nextSignificant() (c0, c1 byte) {
	save, saveErr, saveSpace := s.off, s.err, s.space
	defer func() { s.off, s.err, s.space = save, saveErr, saveSpace }()
	for {
		s.skipSpace()
		if s.off < len(s.src) && (s.src[s.off] == '\n' || s.src[s.off] == '\r') {
			s.off++
			continue
		}
		return s.peek(0), s.peek(1)
	}
}

// keyword sets the mode after keyword kw.
func (s *scanner) keyword(kw string) {
	s.mode = mExpr
	s.nextParen = fParen
	s.top().stmtIdx = -1
	switch kw {
	case "function", "filter":
		s.mode = mFuncName
	case "return", "throw", "exit":
		s.mode = mStmt
		s.top().stmtIdx = len(s.toks)
	case "for":
		s.nextParen = fFor
	case "foreach":
		s.nextParen = fForeach
	case "param":
		s.nextParen = fParams
	case "switch":
		s.switchAt = len(s.frames) + 1
	}
}

func (s *scanner) scanIdent() string {
	start := s.off
	for s.off < len(s.src) {
		r, n := utf8.DecodeRuneInString(s.src[s.off:])
		if !isIdentChar(r) {
			break
		}
		s.off += n
	}
	return s.src[start:s.off]
}

// memberable reports whether `.name` after the last token is member access
// in command mode.
func (s *scanner) memberable() bool {
	switch s.last() {
	case tVariable, tRParen, tRBracket, tIdent, tSQString, tStrClose:
		return true
	}
	return false
}

// callable reports whether `(` right after the last token is a method call.
func (s *scanner) callable() bool {
	n := len(s.toks)
	if s.space || n < 2 {
		return false
	}
	switch s.toks[n-1].Type {
	case tIdent, tVariable, tSQString, tStrClose:
	default:
		return false
	}
	if s.toks[n-1].Type == tStrClose {
		for i := n - 1; i >= 0; i-- {
			if s.toks[i].Type == tStrOpen {
				n = i + 1
				break
			}
		}
	}
	return n >= 2 && (s.toks[n-2].Type == tDot || s.toks[n-2].Type == tDColon)
}

// lexArg lexes one token in command-argument mode.
func (s *scanner) lexArg() {
	c, start := s.src[s.off], s.off
	name := s.cmdName
	s.cmdName = false
	if (s.last() == tDot || s.last() == tDColon) && isIdentStart(runeAt(s.src, s.off)) {
		s.emit(tIdent, s.scanIdent(), start)
		return
	}
	switch {
	case name && isWordStart(s.src, s.off) && c != '$':
		s.lexBare()
		return
	case c == '-' && s.peek(1) == '-' && isArgDelim(s.src, s.off+2) && !s.noParams:
		s.off += 2
		s.emit(tGeneric, "--", start)
		s.noParams = true
		return
	case dashAt(s.src, s.off) > 0 && !s.noParams && (isIdentStart(runeAt(s.src, s.off+dashAt(s.src, s.off))) || s.peek(dashAt(s.src, s.off)) == '?'):
		n := dashAt(s.src, s.off)
		i := s.off + n
		for i < len(s.src) && !isArgDelim(s.src, i) && strings.IndexByte(":.[", s.src[i]) < 0 {
			i++
		}
		if i < len(s.src) && s.src[i] == ':' {
			s.off = i + 1
			s.emit(tParamColon, "-"+s.src[start+n:s.off], start)
			return
		}
		s.off = i
		s.emit(tParam, "-"+s.src[start+n:i], start)
		return
	case c == '$':
		s.lexDollar(true)
		return
	case c == '@':
		s.lexAt(true)
		return
	case quoteAt(s.src, s.off) == '\'':
		s.lexSQ()
		return
	case quoteAt(s.src, s.off) == '"':
		s.lexExpandable(`"`)
		return
	case c == '(':
		s.off++
		if s.callable() {
			s.emit(tLCall, "(", start)
			s.push(fCall, ')', mExpr)
			return
		}
		s.emit(tLParen, "(", start)
		s.push(fParen, ')', mStmt)
		return
	case c == '{':
		s.off++
		s.emit(tLBrace, "{", start)
		s.push(fBlock, '}', mStmt)
		return
	case c == '[' && !s.space && s.memberable():
		s.off++
		s.emit(tLIndex, "[", start)
		s.push(fIndex, ']', mExpr)
		return
	case c == '.' && !s.space && s.memberable() && (isIdentStart(runeAt(s.src, s.off+1)) || s.peek(1) == '$'):
		s.off++
		s.emit(tDot, ".", start)
		return
	case c == ',':
		s.off++
		s.emit(tComma, ",", start)
		return
	case c == '>' || c == '*' || isDigit(c):
		if s.lexRedirect() {
			return
		}
	case c == '&' || c == '<':
		s.off++
		if c == '&' && s.peek(0) == '&' {
			s.off++
		}
		s.emit(tUnknown, s.src[start:s.off], start)
		return
	}
	s.lexBare()
}

// lexBare lexes a bare argument: a number, a plain word or an expandable
// word.
func (s *scanner) lexBare() {
	start := s.off
	if c := s.src[s.off]; isDigit(c) || c == '-' || c == '.' {
		if end, ok := scanNumber(s.src, s.off); ok && isArgDelim(s.src, end) {
			s.off = end
			s.emit(tNumber, s.src[start:end], start)
			return
		}
	}
	w, expand := s.scanWord(s.off, argDelims, true)
	if !expand && w != "" && s.off < len(s.src) && quoteAt(s.src, s.off) != 0 {
		// A quote right after a bare word continues it: a'$b' is one
		// argument.
		s.off = start
		expand = true
	}
	if expand {
		s.lexExpandable("bare")
		return
	}
	if w == "" { // a lone delimiter-like character
		_, n := utf8.DecodeRuneInString(s.src[s.off:])
		s.off += n
		s.emit(tUnknown, s.src[start:s.off], start)
		return
	}
	s.emit(tGeneric, w, start)
}

// lexRedirect lexes `>`, `>>`, `2>`, `2>>`, `*>`, `2>&1`; false if none.
func (s *scanner) lexRedirect() bool {
	i, start := s.off, s.off
	if i < len(s.src) && (s.src[i] == '*' || (s.src[i] >= '1' && s.src[i] <= '6')) {
		i++
	}
	if i >= len(s.src) || s.src[i] != '>' {
		return false
	}
	i++
	switch {
	case i < len(s.src) && s.src[i] == '>':
		i++
	case i+1 < len(s.src) && s.src[i] == '&' && isDigit(s.src[i+1]):
		s.off = i + 2
		s.emit(tRedirMerge, s.src[start:s.off], start)
		return true
	}
	s.off = i
	s.emit(tRedir, s.src[start:i], start)
	s.mode = mCmd
	return true
}

// assign emits an assignment operator, marking the statement start.
func (s *scanner) assign(op string, start int) {
	f := s.top()
	switch f.kind {
	case fTop, fParen, fSub, fBlock, fFor:
		if f.stmtIdx >= 0 && f.stmtIdx < len(s.toks) {
			m := lexer.Token{Type: tAssignMark, Pos: s.toks[f.stmtIdx].Pos}
			s.toks = append(s.toks, lexer.Token{})
			copy(s.toks[f.stmtIdx+1:], s.toks[f.stmtIdx:])
			s.toks[f.stmtIdx] = m
		}
	}
	s.off = start + len(op)
	s.emit(tAssignOp, op, start)
	s.mode = mStmt
	f.stmtIdx = -1
	switch f.kind {
	case fTop, fParen, fSub, fBlock, fFor:
		f.stmtIdx = len(s.toks)
	}
}
