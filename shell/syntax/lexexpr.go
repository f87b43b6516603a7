package syntax

import (
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// lexExpr lexes one token in expression mode.
func (s *scanner) lexExpr() {
	c, start := s.src[s.off], s.off
	one := func(t lexer.TokenType, v string) {
		s.off = start + len(v)
		s.emit(t, v, start)
	}
	switch {
	case c == '$':
		s.lexDollar(false)
	case c == '@':
		s.lexAt(false)
	case quoteAt(s.src, s.off) == '\'':
		s.lexSQ()
	case quoteAt(s.src, s.off) == '"':
		s.lexExpandable(`"`)
	case isDigit(c) || (c == '.' && isDigit(s.peek(1)) && !s.prevValue()):
		if s.prevValue() && s.space && s.lexRedirect() {
			return
		}
		s.lexNumber()
	case dashAt(s.src, s.off) > 0:
		s.lexDash(dashAt(s.src, s.off))
	case c == '+':
		switch s.peek(1) {
		case '+':
			one(tIncDec, "++")
		case '=':
			s.assign("+=", start)
		default:
			one(tPrefixOp, "+")
		}
	case c == '*' || c == '/' || c == '%':
		if s.peek(1) == '=' {
			s.assign(string(c)+"=", start)
		} else if c == '*' && s.peek(1) == '>' && s.lexRedirect() {
			return
		} else {
			one(tOp, string(c))
		}
	case c == '?' && s.peek(1) != '?' && s.prevValue():
		one(tQuestion, "?") // the ternary a ? b : c (PowerShell 7)
	case c == '?' && s.peek(1) == '?':
		if s.peek(2) == '=' {
			s.assign("??=", start)
		} else {
			one(tOp, "??")
		}
	case c == '!':
		one(tUnaryOp, "!")
	case c == '=':
		if s.peek(1) == '=' {
			one(tUnknown, "==")
		} else {
			s.assign("=", start)
		}
	case c == ',':
		one(tComma, ",")
	case c == '.':
		switch {
		case s.peek(1) == '.':
			one(tOp, "..")
		case s.prevValue():
			one(tDot, ".")
		default:
			one(tUnknown, ".")
		}
	case c == ':':
		if s.peek(1) == ':' {
			one(tDColon, "::")
		} else {
			one(tColon, ":")
		}
	case c == '(':
		s.off++
		if s.callable() {
			s.emit(tLCall, "(", start)
			s.push(fCall, ')', mExpr)
			return
		}
		kind := s.nextParen
		s.nextParen = fParen
		s.emit(tLParen, "(", start)
		inner := mStmt
		if kind == fParams {
			inner = mExpr
		}
		s.push(kind, ')', inner)
	case c == '{':
		s.off++
		s.nextParen = fParen
		s.emit(tLBrace, "{", start)
		s.push(fBlock, '}', mStmt)
	case c == '[':
		if !s.space && s.prevValue() && s.last() != tTypeLit && s.attrClose != len(s.toks)-1 {
			s.off++
			s.emit(tLIndex, "[", start)
			s.push(fIndex, ']', mExpr)
			return
		}
		s.lexType()
	case c == '>':
		s.lexRedirect()
	case isIdentStart(runeAt(s.src, s.off)):
		w := s.scanIdent()
		lw := strings.ToLower(w)
		switch {
		case s.last() == tRBrace && afterBrace[lw]:
			s.emit(tKeyword, lw, start)
			s.keyword(lw)
		case s.top().kind == fForeach && lw == "in" && s.last() == tVariable:
			s.emit(tIdent, w, start)
			s.mode = mStmt
		default:
			s.emit(tIdent, w, start)
		}
	default:
		_, n := utf8.DecodeRuneInString(s.src[s.off:])
		one(tUnknown, s.src[start:start+n])
	}
}

// lexDash lexes `-` in expression mode: an operator word, `--`, `-=`, a
// negative number, binary minus, or a parameter-like word (switch options).
// n is the dash's length in bytes: 1 for "-", 3 for a typographic dash
// (see dashAt), which starts operators, parameters and minus only.
func (s *scanner) lexDash(n int) {
	start := s.off
	n1 := s.peek(n)
	switch {
	case isIdentStart(runeAt(s.src, s.off+n)):
		s.off += n
		w := "-" + s.scanIdent()
		lw := strings.ToLower(w)
		if t, ok := dashOp(lw); ok {
			s.emit(t, lw, start)
			return
		}
		s.emit(tParam, w, start)
	case n == 1 && n1 == '-':
		s.off += 2
		s.emit(tIncDec, "--", start)
	case n == 1 && n1 == '=':
		s.assign("-=", start)
	case n == 1 && (!s.prevValue() || s.last() == tTypeLit) && (isDigit(n1) || (n1 == '.' && isDigit(s.peek(2)))):
		s.lexNumber()
	default:
		s.off += n
		s.emit(tPrefixOp, "-", start)
	}
}

func (s *scanner) lexNumber() {
	start := s.off
	end, ok := scanNumber(s.src, s.off)
	if !ok {
		end = s.off + 1
		for end < len(s.src) && isIdentChar(runeAt(s.src, end)) {
			end++
		}
		s.off = end
		s.emit(tUnknown, s.src[start:end], start)
		return
	}
	s.off = end
	s.emit(tNumber, s.src[start:end], start)
}

// lexType lexes `[type]` (TypeLit) or `[Name(` (AttrOpen) at a `[` that is
// not an index.
func (s *scanner) lexType() {
	start := s.off
	depth := 0
	for i := s.off + 1; i < len(s.src); i++ {
		c := s.src[i]
		switch {
		case c == '[':
			depth++
		case c == ']' && depth > 0:
			depth--
		case c == ']' || (c == '(' && depth == 0):
			name := strings.NewReplacer(" ", "", "\t", "").Replace(s.src[start+1 : i])
			if name == "" {
				s.off++
				s.emit(tUnknown, "[", start)
				return
			}
			s.off = i + 1
			if c == ']' {
				s.emit(tTypeLit, name, start)
				return
			}
			s.emit(tAttrOpen, name, start)
			s.push(fAttr, ')', mExpr)
			return
		case isIdentChar(runeAt(s.src, i)) || strings.IndexByte(".,`+ \t", c) >= 0 || c >= 0x80:
		default:
			s.off++
			s.emit(tUnknown, "[", start)
			return
		}
	}
	s.fail(s.pos(start), "Missing ] at end of type token.", true)
	s.off = len(s.src)
}

// lexDollar lexes `$(`, a variable, or (in command mode) an expandable
// bare word starting with a variable.
func (s *scanner) lexDollar(cmd bool) {
	start := s.off
	if s.peek(1) == '(' {
		s.off += 2
		s.emit(tDollarParen, "$(", start)
		s.push(fSub, ')', mStmt)
		return
	}
	name, end, ok := s.scanVar(s.off)
	if !ok {
		if cmd {
			s.lexBare()
			return
		}
		s.off++
		s.emit(tUnknown, "$", start)
		return
	}
	if cmd && !isArgDelim(s.src, end) && s.src[end] != '.' && s.src[end] != '[' {
		s.lexExpandable("bare")
		return
	}
	s.off = end
	s.emit(tVariable, name, start)
}

// lexAt lexes `@(`, `@{`, here-strings and splats.
func (s *scanner) lexAt(cmd bool) {
	start := s.off
	switch n1 := s.peek(1); {
	case n1 == '(':
		s.off += 2
		s.emit(tAtParen, "@(", start)
		s.push(fSub, ')', mStmt)
	case n1 == '{':
		s.off += 2
		s.emit(tAtBrace, "@{", start)
		s.push(fHash, '}', mHashKey)
	case quoteAt(s.src, s.off+1) != 0:
		s.lexHere()
	case isIdentChar(runeAt(s.src, s.off+1)):
		s.off++
		s.emit(tSplat, s.scanIdent(), start)
	case cmd:
		s.lexBare()
	default:
		s.off++
		s.emit(tUnknown, "@", start)
	}
}
