package pipeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Wildcard is a compiled PowerShell wildcard pattern: * any run, ? one
// character, [abc] and [a-z] sets, backtick escapes the next character.
// It matches the whole string.
type Wildcard struct {
	parts []wcPart
	cs    bool
	// literal is set when the pattern has no wildcard characters.
	literal    string
	isLiteral  bool
	prefixOnly bool // pattern is literal + "*"
}

type wcKind uint8

const (
	wcLit wcKind = iota
	wcStar
	wcOne
	wcSet
)

type wcPart struct {
	kind   wcKind
	lit    rune
	ranges []rune // pairs lo,hi for sets
	negate bool
}

// HasWildcard reports whether s contains an unescaped *, ? or [.
func HasWildcard(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '`':
			i++
		case '*', '?', '[':
			return true
		}
	}
	return false
}

// wildcardCache holds recently compiled patterns for the -like operator.
var wildcardCache patternCache[*Wildcard]

// cachedWildcard is CompileWildcard through the bounded cache.
func cachedWildcard(pattern string, cs bool) *Wildcard {
	w, _ := wildcardCache.get(pattern, cs, func(p string, cs bool) (*Wildcard, error) { return CompileWildcard(p, cs), nil })
	return w
}

// CompileWildcard compiles pattern; matching is case-insensitive unless
// caseSensitive. An unclosed [ is taken literally.
func CompileWildcard(pattern string, caseSensitive bool) *Wildcard {
	w := &Wildcard{cs: caseSensitive}
	rs := []rune(pattern)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch r {
		case '`':
			if i+1 < len(rs) {
				i++
				r = rs[i]
			}
			w.parts = append(w.parts, wcPart{kind: wcLit, lit: r})
		case '*':
			if n := len(w.parts); n == 0 || w.parts[n-1].kind != wcStar {
				w.parts = append(w.parts, wcPart{kind: wcStar})
			}
		case '?':
			w.parts = append(w.parts, wcPart{kind: wcOne})
		case '[':
			p, next, ok := parseWildcardSet(rs, i)
			if !ok {
				w.parts = append(w.parts, wcPart{kind: wcLit, lit: r})
				continue
			}
			w.parts = append(w.parts, p)
			i = next
		default:
			w.parts = append(w.parts, wcPart{kind: wcLit, lit: r})
		}
	}
	lits := 0
	for _, p := range w.parts {
		if p.kind == wcLit {
			lits++
		}
	}
	if lits == len(w.parts) || lits == len(w.parts)-1 && w.parts[len(w.parts)-1].kind == wcStar {
		var b strings.Builder
		for _, p := range w.parts[:lits] {
			b.WriteRune(p.lit)
		}
		w.literal = b.String()
		w.isLiteral = lits == len(w.parts)
		w.prefixOnly = !w.isLiteral
	}
	return w
}

func parseWildcardSet(rs []rune, i int) (wcPart, int, bool) {
	p := wcPart{kind: wcSet}
	j := i + 1
	if j < len(rs) && rs[j] == '!' {
		p.negate = true
		j++
	}
	for ; j < len(rs); j++ {
		r := rs[j]
		if r == ']' && j > i+1 {
			return p, j, true
		}
		if r == '`' && j+1 < len(rs) {
			j++
			r = rs[j]
		}
		if j+2 < len(rs) && rs[j+1] == '-' && rs[j+2] != ']' {
			p.ranges = append(p.ranges, r, rs[j+2])
			j += 2
			continue
		}
		p.ranges = append(p.ranges, r, r)
	}
	return p, 0, false
}

// Match reports whether s matches the whole pattern.
func (w *Wildcard) Match(s string) bool {
	if w.isLiteral {
		return stringEq(s, w.literal, w.cs)
	}
	if w.prefixOnly {
		return len(s) >= len(w.literal) && stringEq(s[:len(w.literal)], w.literal, w.cs) ||
			!isASCII(w.literal) && hasPrefixFold(s, w.literal, w.cs)
	}
	return w.match(w.parts, s)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func hasPrefixFold(s, prefix string, cs bool) bool {
	for prefix != "" {
		if s == "" {
			return false
		}
		a, n := utf8.DecodeRuneInString(s)
		b, m := utf8.DecodeRuneInString(prefix)
		if !runeEq(a, b, cs) {
			return false
		}
		s, prefix = s[n:], prefix[m:]
	}
	return true
}

func runeEq(a, b rune, cs bool) bool {
	if a == b {
		return true
	}
	if cs {
		return false
	}
	return unicode.ToLower(a) == unicode.ToLower(b) || unicode.ToUpper(a) == unicode.ToUpper(b)
}

// match is a backtracking matcher; a star remembers one resume point, which
// keeps it linear for patterns like *a*b*.
func (w *Wildcard) match(parts []wcPart, s string) bool {
	pi, si := 0, 0
	starPi, starSi := -1, 0
	for si < len(s) {
		if pi < len(parts) && parts[pi].kind == wcStar {
			starPi, starSi = pi, si
			pi++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[si:])
		if pi < len(parts) && w.one(parts[pi], r) {
			pi++
			si += n
			continue
		}
		if starPi < 0 {
			return false
		}
		_, n = utf8.DecodeRuneInString(s[starSi:])
		starSi += n
		si, pi = starSi, starPi+1
	}
	for pi < len(parts) && parts[pi].kind == wcStar {
		pi++
	}
	return pi == len(parts)
}

func (w *Wildcard) one(p wcPart, r rune) bool {
	switch p.kind {
	case wcLit:
		return runeEq(r, p.lit, w.cs)
	case wcOne:
		return true
	case wcSet:
		in := false
		for i := 0; i < len(p.ranges); i += 2 {
			lo, hi := p.ranges[i], p.ranges[i+1]
			if r >= lo && r <= hi || !w.cs && (unicode.ToLower(r) >= unicode.ToLower(lo) && unicode.ToLower(r) <= unicode.ToLower(hi) ||
				unicode.ToUpper(r) >= unicode.ToUpper(lo) && unicode.ToUpper(r) <= unicode.ToUpper(hi)) {
				in = true
				break
			}
		}
		return in != p.negate
	}
	return false
}

// String returns a description for debugging.
func (w *Wildcard) String() string {
	var b strings.Builder
	for _, p := range w.parts {
		switch p.kind {
		case wcStar:
			b.WriteByte('*')
		case wcOne:
			b.WriteByte('?')
		case wcSet:
			b.WriteString("[set]")
		default:
			b.WriteRune(p.lit)
		}
	}
	return b.String()
}
