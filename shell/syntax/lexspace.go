package syntax

import "strings"

// skipSpace skips blanks, comments and backtick line continuations.
func (s *scanner) skipSpace() {
	for s.off < len(s.src) {
		c := s.src[s.off]
		switch {
		case c == ' ' || c == '\t' || c == '\f' || c == '\v':
			s.off++
		case c == 0xC2 && s.peek(1) == 0xA0: // no-break space
			s.off += 2
		case c == '`' && (s.peek(1) == '\n' || s.peek(1) == '\r'):
			s.off++
			if s.peek(0) == '\r' {
				s.off++
			}
			if s.peek(0) == '\n' {
				s.off++
			}
		case c == '`' && (s.peek(1) == ' ' || s.peek(1) == '\t') && s.mode != mCmd:
			s.off += 2
		case c == '`' && s.off+1 == len(s.src):
			s.fail(s.pos(s.off), "Incomplete line continuation.", true)
			s.off++
		case c == '#':
			for s.off < len(s.src) && s.src[s.off] != '\n' && s.src[s.off] != '\r' {
				s.off++
			}
		case c == '<' && s.peek(1) == '#':
			start := s.off
			s.off += 2
			for s.off < len(s.src) && !(s.src[s.off] == '#' && s.peek(1) == '>') {
				s.off++
			}
			if s.off >= len(s.src) {
				s.fail(s.pos(start), "Missing closing '#>' in block comment.", true)
				return
			}
			s.off += 2
		default:
			return
		}
		s.space = true
	}
}

// continues reports whether a newline after the last token is ignored.
func (s *scanner) continues() bool {
	if len(s.toks) == 0 {
		return true
	}
	t := s.toks[len(s.toks)-1]
	switch t.Type {
	case tSep, tLParen, tLBrace, tAtParen, tDollarParen, tAtBrace, tLIndex, tLCall,
		tComma, tOp, tPrefixOp, tUnaryOp, tAssignOp, tPipe, tAssignMark, tAttrOpen, tCallOp, tDot, tDColon:
		return true
	}
	switch s.top().kind {
	case fFor, fParams, fAttr, fCall, fIndex, fForeach:
		return true
	}
	return false
}

func (s *scanner) newline() {
	start := s.off
	if s.src[s.off] == '\r' {
		s.off++
	}
	if s.off < len(s.src) && s.src[s.off] == '\n' {
		s.off++
	}
	s.space = true
	if s.continues() || s.pipeNext() {
		return
	}
	s.separator("\n", start)
}

// pipeNext reports whether the next significant character is a lone `|`
// (PowerShell 7 leading-pipe continuation).
func (s *scanner) pipeNext() bool {
	c0, c1 := s.nextSignificant()
	return c0 == '|' && c1 != '|'
}

// separator emits (or merges) a statement separator and resets the mode.
func (s *scanner) separator(v string, start int) {
	f := s.top()
	if f.kind == fFor {
		if v == ";" {
			s.emit(tSep, v, start)
			s.mode = mStmt
			f.stmtIdx = len(s.toks)
		}
		return
	}
	if s.last() == tSep {
		if v == ";" {
			s.toks[len(s.toks)-1].Value = ";"
		}
	} else if len(s.toks) > 0 {
		s.emit(tSep, v, start)
	}
	s.space = true
	if f.kind == fHash {
		s.mode = mHashKey
		return
	}
	s.mode = mStmt
	f.stmtIdx = len(s.toks)
}

// startsStatement reports whether the text after a closed statement block
// begins a new statement on the same line (`if (1) {} "x"`, switch
// clauses on one line), so a separator is implied.
func (s *scanner) startsStatement() bool {
	c := s.src[s.off]
	switch {
	case isIdentStart(runeAt(s.src, s.off)):
		i := s.off
		for i < len(s.src) && isIdentChar(runeAt(s.src, i)) {
			i++
		}
		return !afterBrace[strings.ToLower(s.src[s.off:i])]
	case c == '$', c == '@', c == '&', isDigit(c), quoteAt(s.src, s.off) != 0:
		return true
	case c == '[' || c == ':':
		return s.space
	case c == '{':
		return !s.blockFirst
	}
	return false
}
