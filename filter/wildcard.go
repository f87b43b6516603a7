package filter

import (
	"strings"
	"unicode/utf8"
)

// patKind is the shape of a -like pattern, used to pick a fast matcher and
// an index-friendly SQL form.
type patKind int

const (
	patExact    patKind = iota // no wildcards
	patAny                     // only '*': matches every set value
	patPrefix                  // lit*
	patSuffix                  // *lit
	patContains                // *lit*
	patGeneral                 // anything else
)

// pattern is an analysed -like pattern. '*' matches any run of characters,
// '?' exactly one character; there is no escape.
type pattern struct {
	kind  patKind
	lit   string // folded literal part for exact, prefix, suffix, contains
	runes []rune // folded pattern for general
}

func analyzePattern(p string) pattern {
	f := foldASCII(p)
	if !strings.ContainsAny(f, "*?") {
		return pattern{kind: patExact, lit: f}
	}
	if strings.Trim(f, "*") == "" {
		return pattern{kind: patAny}
	}
	if !strings.Contains(f, "?") {
		core := strings.Trim(f, "*")
		if !strings.Contains(core, "*") {
			lead, trail := f[0] == '*', f[len(f)-1] == '*'
			switch {
			case lead && trail:
				return pattern{kind: patContains, lit: core}
			case lead:
				return pattern{kind: patSuffix, lit: core}
			case trail:
				return pattern{kind: patPrefix, lit: core}
			}
		}
	}
	return pattern{kind: patGeneral, runes: []rune(f)}
}

// match reports whether s matches the pattern, ignoring ASCII case.
func (p *pattern) match(s string) bool {
	switch p.kind {
	case patExact:
		return foldEqual(s, p.lit)
	case patAny:
		return true
	case patPrefix:
		return foldHasPrefix(s, p.lit)
	case patSuffix:
		return foldHasSuffix(s, p.lit)
	case patContains:
		return foldContains(s, p.lit)
	}
	return matchRunes(p.runes, s)
}

// matchRunes is the general wildcard matcher: linear backtracking to the
// last '*', so it runs in O(len(p)*len(s)) at worst.
func matchRunes(p []rune, s string) bool {
	pi, si := 0, 0
	starP, starS := -1, 0
	for si < len(s) {
		r, w := utf8.DecodeRuneInString(s[si:])
		if r < utf8.RuneSelf {
			r = rune(lowerASCII(byte(r)))
		}
		switch {
		case pi < len(p) && p[pi] == '*':
			starP, starS = pi, si
			pi++
		case pi < len(p) && (p[pi] == '?' || p[pi] == r):
			pi++
			si += w
		case starP >= 0:
			_, w0 := utf8.DecodeRuneInString(s[starS:])
			starS += w0
			pi, si = starP+1, starS
		default:
			return false
		}
	}
	for pi < len(p) && p[pi] == '*' {
		pi++
	}
	return pi == len(p)
}
