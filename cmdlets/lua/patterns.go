package lua

import (
	"fmt"

	glua "github.com/yuin/gopher-lua"
)

// patternBudget bounds the backtracking a pattern may risk. gopher-lua's
// matcher backtracks by recursion and has no hook for a context or a step
// budget, so a match cannot be stopped once it runs (".-b" on 20,000 "a"s
// takes seconds); the guard estimates, before matching, how many steps
// the pattern could take on the subject (patternCost) and refuses one past
// this budget, about a second of matching.
const patternBudget = 1e7

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
				if msg := checkPattern(pattern, subject); msg != "" {
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

// checkPattern says why pattern may not be matched against subject, or ""
// when it may.
func checkPattern(pattern, subject string) string {
	if cost := patternCost(pattern, subject); cost > patternBudget {
		return fmt.Sprintf("pattern %q could take about %.0e backtracking steps on a subject of %d bytes; "+
			"psh allows at most %d, since a running match cannot be stopped. "+
			"Anchor the pattern with ^, use fewer *, + and - items, or match in several steps",
			pattern, cost, len(subject), int(patternBudget))
	}
	return ""
}

// patternCost bounds the steps matching pattern against subject could
// take: the number of start positions (one when anchored with ^) times,
// for each item quantified with *, + or -, one more than the longest run
// of subject bytes its class could match.
func patternCost(p, subject string) float64 {
	cost := float64(len(subject) + 1)
	i := 0
	if i < len(p) && p[i] == '^' {
		cost, i = 1, 1
	}
	for i < len(p) {
		var class func(byte) bool // nil: could match any byte
		single := true            // the item could take a quantifier
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
			case i+1 < len(p):
				class = escapeClass(p[i+1])
				i += 2
			default:
				i++
			}
		case '[':
			i = skipSet(p, i)
		case '.':
			i++
		default:
			class = func(b byte) bool { return b == c }
			i++
		}
		if single && i < len(p) && (p[i] == '*' || p[i] == '+' || p[i] == '-') {
			cost *= float64(longestRun(subject, class) + 1)
			i++
		}
	}
	return cost
}

// escapeClass is the class of %c in a pattern, nil when it is not one
// patternCost knows (it then counts as matching anything).
func escapeClass(c byte) func(byte) bool {
	var f func(byte) bool
	switch c | 0x20 {
	case 'a':
		f = func(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }
	case 'd':
		f = func(b byte) bool { return b >= '0' && b <= '9' }
	case 'l':
		f = func(b byte) bool { return b >= 'a' && b <= 'z' }
	case 'u':
		f = func(b byte) bool { return b >= 'A' && b <= 'Z' }
	case 's':
		f = func(b byte) bool { return b == ' ' || b >= '\t' && b <= '\r' }
	case 'w':
		f = func(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' || b >= '0' && b <= '9' }
	default:
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			return nil
		}
		return func(b byte) bool { return b == c } // an escaped literal
	}
	if c >= 'A' && c <= 'Z' {
		return func(b byte) bool { return !f(b) }
	}
	return f
}

// longestRun is the length of the longest run of subject bytes class
// matches (all of subject when class is nil).
func longestRun(subject string, class func(byte) bool) int {
	if class == nil {
		return len(subject)
	}
	best, run := 0, 0
	for i := 0; i < len(subject); i++ {
		if class(subject[i]) {
			run++
			best = max(best, run)
		} else {
			run = 0
		}
	}
	return best
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
