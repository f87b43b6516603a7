package filter

import (
	"strings"
	"time"
)

// evalFn evaluates a checked filter against one object.
type evalFn func(obj any, get Getter) bool

// compileNode turns a checked tree into nested closures.
func compileNode(n *node) evalFn {
	switch n.kind {
	case And:
		l, r := compileNode(n.left), compileNode(n.right)
		return func(obj any, get Getter) bool { return l(obj, get) && r(obj, get) }
	case Or:
		l, r := compileNode(n.left), compileNode(n.right)
		return func(obj any, get Getter) bool { return l(obj, get) || r(obj, get) }
	}
	name := n.cmp.Property.Name
	test := compileTest(n.cmp)
	if n.cmp.Negated {
		return func(obj any, get Getter) bool { return !test(get(obj, name)) }
	}
	return func(obj any, get Getter) bool { return test(get(obj, name)) }
}

// compileTest returns the non-negated test of one comparison on a value.
// Every test is false for an unset value, except Eq $null.
func compileTest(c Comparison) func(v any) bool {
	t := c.Property.Type
	if c.Value == nil { // Eq $null
		switch t {
		case Bool:
			return func(any) bool { return false }
		case Int:
			return func(v any) bool { _, ok := intOf(v); return !ok }
		case Date:
			return func(v any) bool { _, ok := dateOf(v); return !ok }
		case MultiString:
			return func(v any) bool { return !eachText(v, func(string) bool { return true }) }
		}
		return func(v any) bool { _, ok := textOf(v); return !ok }
	}
	switch t {
	case Bool:
		want := c.Value.(bool)
		return func(v any) bool { return boolOf(v) == want }
	case Int:
		k := c.Value.(int64)
		return func(v any) bool { n, ok := intOf(v); return ok && ordered(c.Op, cmpInt(n, k)) }
	case Date:
		k := c.Value.(time.Time).UnixNano()
		return func(v any) bool { n, ok := dateOf(v); return ok && ordered(c.Op, cmpInt(n, k)) }
	case MultiString:
		one := textTest(c)
		if c.Op == Like && c.Property.PrefixedLike {
			return func(v any) bool {
				return eachText(v, func(s string) bool { return strings.IndexByte(s, ':') > 0 && one(s) })
			}
		}
		return func(v any) bool { return eachText(v, one) }
	}
	one := textTest(c)
	return func(v any) bool { s, ok := textOf(v); return ok && one(s) }
}

// textTest returns the test of one set text value.
func textTest(c Comparison) func(s string) bool {
	k := c.Value.(string)
	switch c.Op {
	case Eq:
		fk := foldASCII(k)
		return func(s string) bool { return foldEqual(s, fk) }
	case Like:
		p := analyzePattern(k)
		return p.match
	}
	fk, op := foldASCII(k), c.Op
	return func(s string) bool { return ordered(op, foldCompare(s, fk)) }
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// ordered applies an ordering operator to the result of a comparison.
func ordered(op Op, c int) bool {
	switch op {
	case Eq:
		return c == 0
	case Lt:
		return c < 0
	case Gt:
		return c > 0
	case Le:
		return c <= 0
	case Ge:
		return c >= 0
	}
	return false
}
