package lua

import (
	"fmt"

	glua "github.com/yuin/gopher-lua"
)

// Pattern limits. gopher-lua's matcher backtracks by recursion and has no
// hook for a context or a step budget, so a pattern whose backtracking is
// super-linear cannot be stopped once it runs. Its cost grows as the
// subject length to the power of its unbounded repetitions (*, +, -), an
// unanchored start counting as one more; the guard refuses, before
// matching, a pattern past maxPatternRepeats on a subject longer than
// longSubjectBytes.
const (
	maxPatternRepeats = 3
	longSubjectBytes  = 1000
)

// guardPatterns wraps string.find, string.match, string.gmatch and
// string.gsub so that they refuse a pattern checkPattern rejects.
func guardPatterns(L *glua.LState, str *glua.LTable) {
	for _, name := range []string{"find", "match", "gmatch", "gsub"} {
		orig, ok := str.RawGetString(name).(*glua.LFunction)
		if !ok {
			continue
		}
		name := name
		str.RawSetString(name, L.NewFunction(func(L *glua.LState) int {
			subject, pattern := L.CheckString(1), L.CheckString(2)
			plain := name == "find" && glua.LVAsBool(L.Get(4))
			if !plain {
				if msg := checkPattern(pattern, len(subject)); msg != "" {
					L.RaiseError("string.%s: %s", name, msg)
				}
			}
			top := L.GetTop()
			L.Push(orig)
			for i := 1; i <= top; i++ {
				L.Push(L.Get(i))
			}
			L.Call(top, glua.MultRet)
			return L.GetTop() - top
		}))
	}
}

// checkPattern says why pattern may not be matched against a subject of n
// bytes, or "" when it may.
func checkPattern(pattern string, n int) string {
	if n <= longSubjectBytes {
		return ""
	}
	if r := patternRepeats(pattern); r > maxPatternRepeats {
		return fmt.Sprintf("pattern %q has %d unbounded repetitions (*, +, -, counting an unanchored start as one); "+
			"psh allows at most %d on a subject longer than %d bytes, since matching time grows as the subject length "+
			"to that power. Anchor the pattern with ^ or match in several steps", pattern, r, maxPatternRepeats, longSubjectBytes)
	}
	return ""
}

// patternRepeats counts the items of a Lua pattern quantified with *, + or
// -, plus one when the pattern is not anchored with ^.
func patternRepeats(p string) int {
	count := 1
	i := 0
	if i < len(p) && p[i] == '^' {
		count, i = 0, 1
	}
	for i < len(p) {
		single := true // the item could take a quantifier
		switch c := p[i]; c {
		case '(', ')':
			i++
			single = false
		case '%':
			switch {
			case i+1 < len(p) && p[i+1] == 'b':
				i += 4
				single = false
			case i+1 < len(p) && p[i+1] == 'f':
				i = skipSet(p, i+2)
				single = false
			default:
				i += 2
			}
		case '[':
			i = skipSet(p, i)
		default:
			i++
		}
		if single && i < len(p) && (p[i] == '*' || p[i] == '+' || p[i] == '-') {
			count++
			i++
		}
	}
	return count
}

// skipSet returns the index just past the set [...] starting at p[i] (or
// len(p) when it is not closed).
func skipSet(p string, i int) int {
	if i >= len(p) || p[i] != '[' {
		return i + 1
	}
	i++
	if i < len(p) && p[i] == '^' {
		i++
	}
	if i < len(p) && p[i] == ']' {
		i++ // a leading ] is a member
	}
	for i < len(p) {
		switch p[i] {
		case '%':
			i += 2
		case ']':
			return i + 1
		default:
			i++
		}
	}
	return len(p)
}
