package core

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// str reads a quoted string (either quote).
func (p *jsonParser) str() (string, error) {
	q := p.src[p.pos]
	p.pos++
	var b strings.Builder
	for {
		end := strings.IndexAny(p.src[p.pos:], string(q)+`\`)
		if end < 0 {
			p.pos = len(p.src)
			return "", p.errEnd(fmt.Sprintf("Unterminated string. Expected delimiter: %c.", q))
		}
		b.WriteString(p.src[p.pos : p.pos+end])
		p.pos += end
		if p.src[p.pos] == q {
			p.pos++
			return b.String(), nil
		}
		if err := p.escape(&b); err != nil {
			return "", err
		}
	}
}

// escape reads one backslash escape into b.
func (p *jsonParser) escape(b *strings.Builder) error {
	start := p.pos
	p.pos++
	if p.pos >= len(p.src) {
		return p.errEnd("Unterminated string. Expected delimiter: \".")
	}
	c := p.src[p.pos]
	p.pos++
	switch c {
	case '"', '\'', '\\', '/':
		b.WriteByte(c)
	case 'b':
		b.WriteByte('\b')
	case 'f':
		b.WriteByte('\f')
	case 'n':
		b.WriteByte('\n')
	case 'r':
		b.WriteByte('\r')
	case 't':
		b.WriteByte('\t')
	case 'u':
		r, err := p.hex4(start)
		if err != nil {
			return err
		}
		if utf16.IsSurrogate(r) && strings.HasPrefix(p.src[p.pos:], `\u`) {
			save := p.pos
			p.pos += 2
			if r2, err := p.hex4(save); err == nil && utf16.DecodeRune(r, r2) != utf8.RuneError {
				r = utf16.DecodeRune(r, r2)
			} else {
				p.pos = save
			}
		}
		b.WriteRune(r)
	default:
		return p.errAt(p.pos-1, "Bad JSON escape sequence: \\%c.", c)
	}
	return nil
}

func (p *jsonParser) hex4(start int) (rune, error) {
	if p.pos+4 > len(p.src) {
		return 0, p.errEnd("Unexpected end while parsing Unicode escape sequence.")
	}
	n, err := strconv.ParseUint(p.src[p.pos:p.pos+4], 16, 16)
	if err != nil {
		return 0, p.errAt(start, "Invalid Unicode escape sequence: %s.", p.src[start:p.pos+4])
	}
	p.pos += 4
	return rune(n), nil
}
