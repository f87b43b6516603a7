package core

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// jsonParser reads JSON as PowerShell 7's reader (Newtonsoft.Json) does: it
// accepts // and /* */ comments, trailing commas, empty array slots (null),
// single-quoted strings, unquoted property names, NaN and Infinity. Errors
// carry Newtonsoft's message, the JSON path and the line and position.
type jsonParser struct {
	src    string
	pos    int
	asHash bool
	max    int
	path   []jsonStep
}

// jsonStep is one level of the JSON path: a property name or an array index
// (index -1 before the first element).
type jsonStep struct {
	name  string
	index int
	array bool
}

// jsonSyntaxError is a malformed JSON text: Newtonsoft's message, path and
// 1-based line and position (in characters).
type jsonSyntaxError struct {
	Msg  string
	Path string
	Line int
	Col  int
}

func (e *jsonSyntaxError) Error() string {
	return fmt.Sprintf("Conversion from JSON failed with error: %s Path '%s', line %d, position %d.", e.Msg, e.Path, e.Line, e.Col)
}

// parseJSON parses one JSON text. A text holding only white space and
// comments is nil.
func parseJSON(text string, asHash bool, maxDepth int) (any, error) {
	p := &jsonParser{src: text, asHash: asHash, max: maxDepth}
	if err := p.skip(); err != nil {
		return nil, err
	}
	if p.pos >= len(p.src) {
		return nil, nil
	}
	v, err := p.value()
	if err != nil {
		return nil, err
	}
	if err := p.skip(); err != nil {
		return nil, err
	}
	if p.pos < len(p.src) {
		return nil, p.errHere("Additional text encountered after finished reading JSON content: %s.", p.char())
	}
	return v, nil
}

// char is the character at the read position.
func (p *jsonParser) char() string {
	r, _ := utf8.DecodeRuneInString(p.src[p.pos:])
	return string(r)
}

// errAt builds an error for the character at byte offset off (0-based).
func (p *jsonParser) errAt(off int, format string, args ...any) error {
	off = min(max(off, 0), len(p.src))
	before := p.src[:off]
	start := strings.LastIndexByte(before, '\n') + 1
	line := strings.Count(before, "\n") + 1
	col := utf8.RuneCountInString(before[start:]) + 1
	if off == len(p.src) && off > start {
		col-- // at the end: the last character read
	}
	return &jsonSyntaxError{Msg: fmt.Sprintf(format, args...), Path: p.pathString(), Line: line, Col: col}
}

func (p *jsonParser) errHere(format string, args ...any) error {
	return p.errAt(p.pos, format, args...)
}

// errEnd is an error at the end of the text; msg defaults to Newtonsoft's
// "Unexpected end when reading JSON.".
func (p *jsonParser) errEnd(msg string) error {
	if msg == "" {
		msg = "Unexpected end when reading JSON."
	}
	return p.errAt(len(p.src), "%s", msg)
}

// pathString renders the path as Newtonsoft does: a.b[1]['odd name'].
func (p *jsonParser) pathString() string {
	var b strings.Builder
	for _, s := range p.path {
		switch {
		case s.array && s.index >= 0:
			fmt.Fprintf(&b, "[%d]", s.index)
		case s.array || s.name == "" && b.Len() == 0:
		case jsonPlainName(s.name):
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(s.name)
		default:
			b.WriteString("['" + strings.ReplaceAll(s.name, "'", `\'`) + "']")
		}
	}
	return b.String()
}

func jsonPlainName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// skip passes white space and comments.
func (p *jsonParser) skip() error {
	for p.pos < len(p.src) {
		switch c := p.src[p.pos]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0:
			p.pos++
		case c == '/':
			if err := p.comment(); err != nil {
				return err
			}
		case c >= utf8.RuneSelf && strings.HasPrefix(p.src[p.pos:], "\uFEFF"):
			p.pos += len("\uFEFF")
		default:
			return nil
		}
	}
	return nil
}

func (p *jsonParser) comment() error {
	start := p.pos
	p.pos++
	if p.pos >= len(p.src) {
		return p.errAt(start, "Unexpected end while parsing comment.")
	}
	switch p.src[p.pos] {
	case '/':
		end := strings.IndexAny(p.src[p.pos:], "\r\n")
		if end < 0 {
			p.pos = len(p.src)
		} else {
			p.pos += end
		}
		return nil
	case '*':
		end := strings.Index(p.src[p.pos+1:], "*/")
		if end < 0 {
			p.pos = len(p.src)
			return p.errEnd("Unexpected end while parsing comment.")
		}
		p.pos += 1 + end + 2
		return nil
	}
	return p.errHere("Error parsing comment. Expected: *, got %s.", p.char())
}

// value reads one value; the read position is at its first character.
func (p *jsonParser) value() (any, error) {
	c := p.src[p.pos]
	switch {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"' || c == '\'':
		s, err := p.str()
		if err != nil {
			return nil, err
		}
		return jsonStringValue(s), nil
	case c == '-' || c == '.' || c >= '0' && c <= '9':
		return p.number()
	case c == 't':
		return true, p.word("true", "Error parsing boolean value.")
	case c == 'f':
		return false, p.word("false", "Error parsing boolean value.")
	case c == 'n':
		if strings.HasPrefix(p.src[p.pos:], "ne") {
			return nil, p.errHere("Unexpected character encountered while parsing value: n.")
		}
		return nil, p.word("null", "Error parsing null value.")
	case c == 'u':
		return nil, p.word("undefined", "Error parsing undefined value.")
	case c == 'N':
		return math.NaN(), p.word("NaN", "Error parsing NaN value.")
	case c == 'I':
		return math.Inf(1), p.word("Infinity", "Error parsing Infinity value.")
	}
	return nil, p.errHere("Unexpected character encountered while parsing value: %s.", p.char())
}

// word reads a literal such as true; it must end at a delimiter.
func (p *jsonParser) word(w, msg string) error {
	if !strings.HasPrefix(p.src[p.pos:], w) {
		for i := 1; i < len(w); i++ {
			if p.pos+i >= len(p.src) {
				return p.errEnd("")
			}
			if p.src[p.pos+i] != w[i] {
				return p.errAt(p.pos+i, "%s", msg)
			}
		}
	}
	p.pos += len(w)
	if p.pos < len(p.src) && !jsonDelimiter(p.src[p.pos]) {
		return p.errHere("%s", msg)
	}
	return nil
}

func jsonDelimiter(c byte) bool {
	return strings.IndexByte(" \t\r\n\f\v,]}):/", c) >= 0
}

// number reads a number: Int64 when it is an integer that fits, else Double.
func (p *jsonParser) number() (any, error) {
	start := p.pos
	if strings.HasPrefix(p.src[p.pos:], "-Infinity") {
		return math.Inf(-1), p.word("-Infinity", "Error parsing negative Infinity value.")
	}
	for p.pos < len(p.src) && strings.IndexByte("0123456789+-.eE", p.src[p.pos]) >= 0 {
		p.pos++
	}
	if p.pos < len(p.src) && !jsonDelimiter(p.src[p.pos]) {
		return nil, p.errHere("Unexpected character encountered while parsing number: %s.", p.char())
	}
	s := p.src[start:p.pos]
	if !strings.ContainsAny(s, ".eE") {
		if i, err := strconv.ParseInt(s, 10, 64); err == nil {
			return i, nil
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && !isRangeErr(err) || s[len(s)-1] == '.' || strings.HasPrefix(s, "+") {
		return nil, p.errAt(start, "Input string '%s' is not a valid number.", s)
	}
	return f, nil
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}
