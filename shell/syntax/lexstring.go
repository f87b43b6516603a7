package syntax

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// escapeAt decodes the backtick escape whose character starts at src[i]
// and returns the text and the number of bytes consumed.
func escapeAt(src string, i int) (string, int) {
	if i >= len(src) {
		return "`", 0
	}
	switch src[i] {
	case '0':
		return "\x00", 1
	case 'a':
		return "\a", 1
	case 'b':
		return "\b", 1
	case 'e':
		return "\x1b", 1
	case 'f':
		return "\f", 1
	case 'n':
		return "\n", 1
	case 'r':
		return "\r", 1
	case 't':
		return "\t", 1
	case 'v':
		return "\v", 1
	case 'u':
		if i+1 < len(src) && src[i+1] == '{' {
			if j := strings.IndexByte(src[i+2:], '}'); j > 0 && j <= 6 {
				if v, err := strconv.ParseUint(src[i+2:i+2+j], 16, 32); err == nil && v <= utf8.MaxRune {
					return string(rune(v)), j + 3
				}
			}
		}
	}
	_, n := utf8.DecodeRuneInString(src[i:])
	return src[i : i+n], n
}

// expansionAt reports whether `$` at src[i] starts a variable or `$(`.
func expansionAt(src string, i int) bool {
	if i+1 >= len(src) {
		return false
	}
	switch src[i+1] {
	case '(', '{', '$', '?', '^':
		return true
	}
	return isIdentChar(runeAt(src, i+1))
}

// scanWord reads a bare word from i up to a delimiter, resolving backtick
// escapes. With expand, it stops and returns true at the first `$`
// expansion (s.off is then unchanged).
func (s *scanner) scanWord(i int, delims string, expand bool) (string, bool) {
	var b strings.Builder
	for i < len(s.src) {
		c := s.src[i]
		if c == '`' {
			if i+1 >= len(s.src) || s.src[i+1] == '\n' || s.src[i+1] == '\r' {
				break
			}
			r, n := escapeAt(s.src, i+1)
			b.WriteString(r)
			i += 1 + n
			continue
		}
		if strings.IndexByte(delims, c) >= 0 || quoteAt(s.src, i) != 0 {
			break
		}
		if expand && c == '$' && expansionAt(s.src, i) {
			return "", true
		}
		_, n := utf8.DecodeRuneInString(s.src[i:])
		b.WriteString(s.src[i : i+n])
		i += n
	}
	s.off = i
	return b.String(), false
}

// scanVar scans a variable reference at src[i] == '$'.
func (s *scanner) scanVar(i int) (name string, end int, ok bool) {
	j := i + 1
	if j >= len(s.src) {
		return "", j, false
	}
	switch s.src[j] {
	case '{':
		k := strings.IndexByte(s.src[j+1:], '}')
		if k < 0 {
			s.fail(s.pos(i), "Missing '}' in variable reference.", true)
			return s.src[j+1:], len(s.src), true
		}
		return s.src[j+1 : j+1+k], j + 2 + k, true
	case '$', '?', '^':
		return s.src[j : j+1], j + 1, true
	}
	k := j
	for k < len(s.src) {
		r, n := utf8.DecodeRuneInString(s.src[k:])
		if isIdentChar(r) {
			k += n
			continue
		}
		if r == ':' && k > j && k+1 < len(s.src) && isIdentChar(runeAt(s.src, k+1)) && !strings.Contains(s.src[j:k], ":") {
			k++
			continue
		}
		break
	}
	if k == j {
		return "", j, false
	}
	return s.src[j:k], k, true
}

// lexSQ lexes a single-quoted string.
func (s *scanner) lexSQ() {
	start := s.off
	_, n := utf8.DecodeRuneInString(s.src[s.off:])
	s.off += n
	var b strings.Builder
	for s.off < len(s.src) {
		if quoteAt(s.src, s.off) == '\'' {
			_, n := utf8.DecodeRuneInString(s.src[s.off:])
			if quoteAt(s.src, s.off+n) == '\'' {
				_, n2 := utf8.DecodeRuneInString(s.src[s.off+n:])
				b.WriteByte('\'')
				s.off += n + n2
				continue
			}
			s.off += n
			s.emit(tSQString, b.String(), start)
			return
		}
		_, n := utf8.DecodeRuneInString(s.src[s.off:])
		b.WriteString(s.src[s.off : s.off+n])
		s.off += n
	}
	s.emit(tSQString, b.String(), start)
	s.fail(s.pos(start), "The string is missing the terminator: '.", true)
}

// lexHere lexes a here-string at `@"` or `@'`.
func (s *scanner) lexHere() {
	start := s.off
	q := quoteAt(s.src, s.off+1)
	_, n := utf8.DecodeRuneInString(s.src[s.off+1:])
	i := s.off + 1 + n
	for i < len(s.src) && (s.src[i] == ' ' || s.src[i] == '\t') {
		i++
	}
	if i < len(s.src) && s.src[i] == '\r' {
		i++
	}
	if i >= len(s.src) {
		s.off = len(s.src)
		s.fail(s.pos(start), "The string is missing the terminator: "+string(q)+"@.", true)
		return
	}
	if s.src[i] != '\n' {
		s.off = i
		s.emit(tUnknown, "@"+string(q), start)
		s.fail(s.pos(start), "No characters are allowed after a here-string header but before the end of the line.", false)
		return
	}
	s.off = i + 1
	if q == '"' {
		s.lexExpandableFrom(`@"`, start)
		return
	}
	body := s.off
	end := hereEnd(s.src, body, '\'')
	if end < 0 {
		s.off = len(s.src)
		s.emit(tSQString, s.src[body:], start)
		s.fail(s.pos(start), "The string is missing the terminator: '@.", true)
		return
	}
	text, after := hereText(s.src, body, end)
	s.off = after
	s.emit(tSQString, text, start)
}

// hereEnd finds the newline that precedes the closing `'@`/`"@` at the
// start of a line, searching from body (body itself when the here-string is
// empty); -1 if none.
func hereEnd(src string, body int, q byte) int {
	if strings.HasPrefix(src[body:], string(q)+"@") {
		return body
	}
	if i := strings.Index(src[body:], "\n"+string(q)+"@"); i >= 0 {
		return body + i
	}
	return -1
}

// hereText returns the body text and the offset after the terminator for a
// here-string whose closing newline is at end.
func hereText(src string, body, end int) (string, int) {
	if end == body {
		return "", end + 2
	}
	text := src[body:end]
	text = strings.TrimSuffix(text, "\r")
	return text, end + 3
}

// lexExpandable lexes a double-quoted string or an expandable bare word.
func (s *scanner) lexExpandable(kind string) {
	start := s.off
	if kind == `"` {
		_, n := utf8.DecodeRuneInString(s.src[s.off:])
		s.off += n
	}
	s.lexExpandableFrom(kind, start)
}

// lexExpandableFrom emits StrOpen, the parts and StrClose; s.off is at the
// first content byte.
func (s *scanner) lexExpandableFrom(kind string, start int) {
	saveMode := s.mode
	defer func() { s.mode = saveMode }()
	s.emit(tStrOpen, kind, start)
	openIdx := len(s.toks) - 1
	openPos := s.toks[openIdx].Pos
	var b strings.Builder
	textStart, bodyStart := s.off, s.off
	flush := func() {
		if b.Len() > 0 {
			s.emit(tStrText, b.String(), textStart)
			b.Reset()
		}
	}
	inDQ := false // inside "..." within a bare word (a"$b"c)
	for s.off < len(s.src) {
		c := s.src[s.off]
		if b.Len() == 0 {
			textStart = s.off
		}
		switch {
		case kind == "bare" && quoteAt(s.src, s.off) == '"':
			_, n := utf8.DecodeRuneInString(s.src[s.off:])
			s.off += n
			inDQ = !inDQ
		case kind == "bare" && !inDQ && quoteAt(s.src, s.off) == '\'':
			if !s.bareQuoted(&b) {
				s.fail(s.pos(s.off), "The string is missing the terminator: '.", true)
				flush()
				s.emit(tStrClose, "", s.off)
				return
			}
		case kind == "bare" && !inDQ && isArgDelim(s.src, s.off):
			flush()
			s.closeBare(openIdx, start)
			return
		case kind == `"` && quoteAt(s.src, s.off) == '"':
			_, n := utf8.DecodeRuneInString(s.src[s.off:])
			if quoteAt(s.src, s.off+n) == '"' {
				_, n2 := utf8.DecodeRuneInString(s.src[s.off+n:])
				b.WriteByte('"')
				s.off += n + n2
				continue
			}
			flush()
			s.off += n
			s.emit(tStrClose, `"`, s.off-n)
			return
		case kind == `@"` && c == '\n' && strings.HasPrefix(s.src[s.off+1:], `"@`):
			text := strings.TrimSuffix(b.String(), "\r")
			b.Reset()
			b.WriteString(text)
			flush()
			s.off += 3
			s.emit(tStrClose, `"@`, s.off-2)
			return
		case kind == `@"` && s.off == bodyStart && strings.HasPrefix(s.src[s.off:], `"@`):
			s.off += 2
			s.emit(tStrClose, `"@`, s.off-2)
			return
		case c == '`':
			if kind == "bare" && (s.peek(1) == '\n' || s.peek(1) == '\r' || s.off+1 >= len(s.src)) {
				flush()
				s.emit(tStrClose, "", s.off)
				return
			}
			r, n := escapeAt(s.src, s.off+1)
			b.WriteString(r)
			s.off += 1 + n
		case c == '$' && expansionAt(s.src, s.off):
			flush()
			s.lexStringDollar()
		default:
			_, n := utf8.DecodeRuneInString(s.src[s.off:])
			b.WriteString(s.src[s.off : s.off+n])
			s.off += n
		}
	}
	flush()
	if kind == "bare" {
		if inDQ {
			s.fail(openPos, "The string is missing the terminator: \".", true)
		}
		s.closeBare(openIdx, start)
		return
	}
	term := `"`
	if kind == `@"` {
		term = `"@`
	}
	s.fail(openPos, "The string is missing the terminator: "+term+".", true)
}

// lexStringDollar lexes `$var`, `${var}` or `$( ... )` inside a string.
func (s *scanner) lexStringDollar() {
	start := s.off
	if s.peek(1) == '(' {
		if len(s.frames) > MaxNesting {
			// Each string sub-expression lexes recursively: stop here.
			s.fail(s.pos(start), nestingMsg, false)
			s.off = len(s.src)
			return
		}
		s.off += 2
		s.emit(tDollarParen, "$(", start)
		s.push(fSub, ')', mStmt)
		s.run(len(s.frames) - 1)
		return
	}
	name, end, _ := s.scanVar(s.off)
	s.off = end
	s.emit(tVariable, name, start)
}

// bareQuoted appends a single-quoted segment of a bare word (a'$b'c)
// verbatim to b, with ” as a quote; false if it is not terminated.
func (s *scanner) bareQuoted(b *strings.Builder) bool {
	_, n := utf8.DecodeRuneInString(s.src[s.off:])
	i := s.off + n
	for i < len(s.src) {
		if q := quoteAt(s.src, i); q == '\'' {
			_, m := utf8.DecodeRuneInString(s.src[i:])
			if quoteAt(s.src, i+m) == '\'' {
				b.WriteByte('\'')
				_, m2 := utf8.DecodeRuneInString(s.src[i+m:])
				i += m + m2
				continue
			}
			s.off = i + m
			return true
		}
		_, m := utf8.DecodeRuneInString(s.src[i:])
		b.WriteString(s.src[i : i+m])
		i += m
	}
	s.off = len(s.src)
	return false
}

// closeBare ends a bare expandable word. One made only of text (a'$b'c)
// becomes a plain bare word, so printing and parsing it again gives the
// same tree.
func (s *scanner) closeBare(openIdx, start int) {
	var text strings.Builder
	for _, t := range s.toks[openIdx+1:] {
		if t.Type != tStrText {
			s.emit(tStrClose, "", s.off)
			return
		}
		text.WriteString(t.Value)
	}
	s.toks = s.toks[:openIdx]
	s.emit(tGeneric, text.String(), start)
}
