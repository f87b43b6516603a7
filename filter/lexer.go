package filter

import (
	"strings"
	"unicode/utf8"
)

// tokKind is the kind of a lexical token.
type tokKind int

const (
	tokEOF      tokKind = iota
	tokLParen           // (
	tokRParen           // )
	tokOperator         // -eq, -and, ... (text holds the lower-case name without '-')
	tokWord             // bare word: property name, enum value, number
	tokNumber           // bare integer, possibly negative
	tokSingle           // 'single-quoted' (text holds the unescaped value)
	tokDouble           // "double-quoted" (text holds the unescaped value)
	tokVariable         // $true, $false, $null (text holds the lower-case name)
)

// token is one lexical token with its byte offset in the filter text.
type token struct {
	kind tokKind
	pos  int
	text string
}

// lexer splits a filter into tokens. It works on a window [pos, end) of src.
type lexer struct {
	src string
	pos int
	end int
}

// operators maps the lower-case operator names to their kind.
var operatorNames = map[string]bool{
	"and": true, "or": true, "not": true,
	"eq": true, "ne": true, "lt": true, "gt": true, "le": true, "ge": true,
	"like": true, "notlike": true,
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// wordEnd reports whether c ends a bare word.
func wordEnd(c byte) bool {
	return isSpace(c) || c == '(' || c == ')' || c == '\'' || c == '"'
}

// next returns the next token or a syntax error.
func (l *lexer) next() (token, *Error) {
	for l.pos < l.end && isSpace(l.src[l.pos]) {
		l.pos++
	}
	if l.pos >= l.end {
		return token{kind: tokEOF, pos: l.end}, nil
	}
	start := l.pos
	c := l.src[start]
	switch {
	case c == '(':
		l.pos++
		return token{kind: tokLParen, pos: start, text: "("}, nil
	case c == ')':
		l.pos++
		return token{kind: tokRParen, pos: start, text: ")"}, nil
	case quoteAt(l.src, start) == '\'':
		return l.quoted('\'', tokSingle)
	case quoteAt(l.src, start) == '"':
		return l.quoted('"', tokDouble)
	case c == '$' || (c == '`' && l.pos+1 < l.end && l.src[l.pos+1] == '$'):
		return l.variable()
	case c == '-' && l.pos+1 < l.end && isDigit(l.src[l.pos+1]):
		return l.word()
	case c == '-':
		return l.operator()
	case c == '`' || c == 0 || c == '{' || c == '}':
		return token{}, syntaxErr(l.src, start, "unexpected character "+quoteRune(l.src[start:]))
	}
	return l.word()
}

func quoteRune(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	return "'" + string(r) + "'"
}

// quoted lexes a quoted string; a doubled quote stands for one quote, and in a
// double-quoted string a backtick escapes the next character. As in
// PowerShell, typographic quotes count as their straight forms (see
// quoteAt): ‘x’ is 'x' and “x” is "x".
func (l *lexer) quoted(q byte, kind tokKind) (token, *Error) {
	start := l.pos
	var b strings.Builder
	i := start + quoteWidth(l.src, start)
	for i < l.end {
		c := l.src[i]
		if quoteAt(l.src, i) == q {
			w := quoteWidth(l.src, i)
			if i+w < l.end && quoteAt(l.src, i+w) == q {
				b.WriteString(l.src[i : i+w])
				i += w + quoteWidth(l.src, i+w)
				continue
			}
			l.pos = i + w
			return token{kind: kind, pos: start, text: b.String()}, nil
		}
		if c == '`' && q == '"' && i+1 < l.end {
			b.WriteByte(l.src[i+1])
			i += 2
			continue
		}
		b.WriteByte(c)
		i++
	}
	return token{}, syntaxErr(l.src, start, "the string is missing its terminator "+string(q))
}

// quoteAt returns '\” when s[i:] starts with a single quote, '"' when it
// starts with a double quote, else 0. PowerShell's quotes are the ASCII
// ones and their typographic forms: ‘ ’ ‚ ‛ for ' and “ ” „ for ".
func quoteAt(s string, i int) byte {
	switch c := s[i]; {
	case c == '\'' || c == '"':
		return c
	case c != 0xE2 || i+2 >= len(s) || s[i+1] != 0x80:
		return 0
	}
	switch s[i+2] {
	case 0x98, 0x99, 0x9A, 0x9B: // U+2018..U+201B
		return '\''
	case 0x9C, 0x9D, 0x9E: // U+201C..U+201E
		return '"'
	}
	return 0
}

// quoteWidth is the byte length of the quote at s[i:].
func quoteWidth(s string, i int) int {
	if s[i] < utf8.RuneSelf {
		return 1
	}
	return 3
}

// variable lexes $true, $false and $null (optionally written `$true).
func (l *lexer) variable() (token, *Error) {
	start := l.pos
	i := start
	if l.src[i] == '`' {
		i++
	}
	i++ // the '$'
	j := i
	for j < l.end && (isLetter(l.src[j]) || isDigit(l.src[j]) || l.src[j] == '_') {
		j++
	}
	name := strings.ToLower(l.src[i:j])
	switch name {
	case "true", "false", "null":
		l.pos = j
		return token{kind: tokVariable, pos: start, text: name}, nil
	}
	return token{}, syntaxErr(l.src, start, "variables are not expanded in a filter; only $true, $false and $null are allowed")
}

// operator lexes -name.
func (l *lexer) operator() (token, *Error) {
	start := l.pos
	j := start + 1
	for j < l.end && isLetter(l.src[j]) {
		j++
	}
	name := strings.ToLower(l.src[start+1 : j])
	if !operatorNames[name] {
		return token{}, syntaxErr(l.src, start, "unknown operator "+quoteWord(l.src[start:j]))
	}
	l.pos = j
	return token{kind: tokOperator, pos: start, text: name}, nil
}

func quoteWord(s string) string {
	if s == "" {
		return "''"
	}
	return "'" + s + "'"
}

// word lexes a bare word; a word that is an integer becomes a number.
func (l *lexer) word() (token, *Error) {
	start := l.pos
	j := start + 1
	for j < l.end && !wordEnd(l.src[j]) && quoteAt(l.src, j) == 0 {
		j++
	}
	l.pos = j
	text := l.src[start:j]
	if isInteger(text) {
		return token{kind: tokNumber, pos: start, text: text}, nil
	}
	return token{kind: tokWord, pos: start, text: text}, nil
}

func isInteger(s string) bool {
	s = strings.TrimPrefix(s, "-")
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}
