package filter

import (
	"fmt"
	"strings"
	"time"
)

// Comparison is one checked comparison in negation normal form: what a
// translation Target receives.
type Comparison struct {
	Property Property // canonical property
	// Op is Eq, Lt, Gt, Le, Ge or Like; -ne and -notlike arrive as a Negated
	// Eq or Like.
	Op Op
	// Negated inverts the comparison. An unset property makes every
	// non-negated comparison false (except Eq $null) and so every negated one true.
	Negated bool
	// Value is the operand: nil for $null, else string (String, Enum, DN,
	// Guid, MultiString; Guid in lower-case canonical form), bool, int64 or
	// time.Time (UTC). For Like it is the pattern with * and ? wildcards.
	Value any
	Pos   int // byte offset of the comparison in the filter text
}

// node is a checked filter tree in negation normal form: Not never appears,
// negation sits in the comparisons.
type node struct {
	kind        Kind // Compare, And or Or
	left, right *node
	cmp         Comparison
}

// check resolves every property against s, converts values to their typed
// form and pushes negation down to the comparisons.
func check(text string, e *Expr, s *Schema, negate bool) (*node, *Error) {
	switch e.Kind {
	case Not:
		return check(text, e.Left, s, !negate)
	case And, Or:
		l, err := check(text, e.Left, s, negate)
		if err != nil {
			return nil, err
		}
		r, err := check(text, e.Right, s, negate)
		if err != nil {
			return nil, err
		}
		kind := e.Kind
		if negate { // De Morgan
			kind = And + Or - kind
		}
		return &node{kind: kind, left: l, right: r}, nil
	}
	c, err := checkCompare(text, e, s)
	if err != nil {
		return nil, err
	}
	if negate {
		c.Negated = !c.Negated
	}
	return &node{kind: Compare, cmp: c}, nil
}

// checkCompare checks one comparison.
func checkCompare(text string, e *Expr, s *Schema) (Comparison, *Error) {
	p, ok := s.Lookup(e.Property)
	if !ok {
		return Comparison{}, unknownProperty(text, e, s)
	}
	c := Comparison{Property: p, Op: e.Op, Pos: e.Pos}
	switch e.Op {
	case Ne:
		c.Op, c.Negated = Eq, true
	case NotLike:
		c.Op, c.Negated = Like, true
	}
	if err := checkOperator(text, e, p); err != nil {
		return Comparison{}, err
	}
	if e.Value.Kind == Null {
		return c, nil
	}
	v, err := convertValue(text, e, p)
	if err != nil {
		return Comparison{}, err
	}
	c.Value = v
	if str, ok := v.(string); ok && c.Op == Like {
		if err := checkPatternLength(text, e, str); err != nil {
			return Comparison{}, err
		}
	}
	if str, ok := v.(string); ok && str == "" {
		if c.Op != Eq && c.Op != Like {
			return Comparison{}, typeErr(text, e.Value.Pos, p.Name,
				fmt.Sprintf("An empty value cannot be used with the %s operator.", e.Op))
		}
		c.Op, c.Value = Eq, nil // an empty string is "not set"
	}
	return c, nil
}

// checkOperator checks that the operator fits the property type and value.
func checkOperator(text string, e *Expr, p Property) *Error {
	switch e.Op {
	case Like, NotLike:
		if p.Type != String && p.Type != MultiString {
			return typeErr(text, e.OpPos, p.Name, fmt.Sprintf(
				"The %s operator and wildcards can only be used with string properties; %s is %s.",
				e.Op, p.Name, article(p.Type)))
		}
	case Lt, Gt, Le, Ge:
		if p.Type != String && p.Type != Int && p.Type != Date {
			return typeErr(text, e.OpPos, p.Name, fmt.Sprintf(
				"The %s operator cannot be used with %s, which is %s.", e.Op, p.Name, article(p.Type)))
		}
	}
	if e.Value.Kind == Null && e.Op != Eq && e.Op != Ne {
		return typeErr(text, e.OpPos, p.Name, fmt.Sprintf(
			"The %s operator cannot be used with $null; use -eq $null or -ne $null.", e.Op))
	}
	return nil
}

func article(t Type) string {
	switch t {
	case Int, Enum:
		return "an " + t.String()
	}
	return "a " + t.String()
}

// convertValue converts a non-null value to the property's type.
func convertValue(text string, e *Expr, p Property) (any, *Error) {
	v := e.Value
	bad := func(hint string) *Error {
		return typeErr(text, v.Pos, p.Name, fmt.Sprintf(
			"%s is not a valid value for %s (%s): %s.", v.String(), p.Name, p.Type, hint))
	}
	isText := v.Kind == Quoted || v.Kind == Word || v.Kind == Number
	switch p.Type {
	case Bool:
		b, ok := parseBool(v)
		if !ok {
			return nil, bad("use $true or $false")
		}
		return b, nil
	case Int:
		n, ok := parseInt(v)
		if !ok {
			return nil, bad("use a whole number")
		}
		return n, nil
	case Date:
		t, ok := time.Time{}, false
		if v.Kind == Quoted || v.Kind == Word {
			t, ok = parseDate(v.Text)
		}
		if !ok {
			return nil, bad("use a date such as '8/1/2017 2:00:00 PM'")
		}
		return t, nil
	case Guid:
		g, ok := "", false
		if isText {
			g, ok = parseGuid(v.Text)
		}
		if !ok {
			return nil, bad("use a GUID such as '00000000-0000-0000-0000-000000000000'")
		}
		return g, nil
	case Enum:
		val, ok := "", false
		if isText {
			val, ok = canonicalEnum(p, v.Text)
		}
		if !ok {
			return nil, bad("valid values are " + strings.Join(p.Values, ", "))
		}
		return val, nil
	}
	if !isText {
		return nil, bad("use a quoted string")
	}
	return v.Text, nil
}
