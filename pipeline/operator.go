package pipeline

import (
	"strings"
)

// Binary applies a binary operator. op is the operator word without its
// dash, lower-case, with its c/i prefix when written ("eq", "ceq", "like",
// "notmatch", "replace", "csplit", "join", "contains", "in", "band", "f"),
// or one of "+", "-", "*", "/", "%". Semantics are PowerShell's: the left
// operand decides, comparisons with a collection on the left filter it.
// -match is Binary too, but returns no $Matches: use Match for that.
func Binary(op string, left, right any) (any, error) {
	switch {
	case op == "":
		op = "-" // "-" with its dash trimmed like the word operators
	case len(op) > 1 && op[0] == '-':
		op = op[1:]
	}
	if len(op) == 1 && op != "f" {
		return arithmetic(op, left, right)
	}
	cs, name := splitCaseOp(op)
	switch name {
	case "eq", "ne", "gt", "ge", "lt", "le":
		return compareOp(name, left, right, cs)
	case "like", "notlike":
		return likeOp(name == "notlike", left, right, cs)
	case "match", "notmatch":
		m, _, err := Match(left, right, cs)
		if err != nil {
			return nil, err
		}
		if name == "notmatch" {
			if b, ok := m.(bool); ok {
				return !b, nil
			}
			return notMatchFilter(left, right, cs)
		}
		return m, nil
	case "contains", "notcontains":
		r := containsOp(left, right, cs)
		return r != (name == "notcontains"), nil
	case "in", "notin":
		r := containsOp(right, left, cs)
		return r != (name == "notin"), nil
	case "replace":
		return Replace(left, right, cs)
	case "split":
		return Split(left, right, cs)
	case "join":
		return Join(left, right), nil
	case "band", "bor", "bxor", "shl", "shr":
		return bitwise(name, left, right)
	case "f":
		s, err := FormatComposite(ToString(left), formatArgs(right))
		if err != nil {
			return nil, err
		}
		return s, nil
	case "and":
		return ToBool(left) && ToBool(right), nil
	case "or":
		return ToBool(left) || ToBool(right), nil
	case "xor":
		return ToBool(left) != ToBool(right), nil
	case "is", "isnot", "as":
		t, err := typeOperand(right)
		if err != nil {
			return nil, err
		}
		switch name {
		case "is":
			return t.IsInstance(left), nil
		case "isnot":
			return !t.IsInstance(left), nil
		}
		return As(left, t), nil
	}
	return nil, runtimeErr("Unknown operator '-%s'.", op)
}

var caseOps = map[string]bool{"eq": true, "ne": true, "gt": true, "ge": true, "lt": true, "le": true,
	"like": true, "notlike": true, "match": true, "notmatch": true, "contains": true, "notcontains": true,
	"in": true, "notin": true, "replace": true, "split": true}

// splitCaseOp separates the c/i prefix of a comparison operator.
func splitCaseOp(op string) (caseSensitive bool, name string) {
	if caseOps[op] {
		return false, op
	}
	if len(op) > 2 && (op[0] == 'c' || op[0] == 'i') && caseOps[op[1:]] {
		return op[0] == 'c', op[1:]
	}
	return false, op
}

func formatArgs(right any) []any {
	if a, ok := right.([]any); ok {
		return a
	}
	if right != nil && IsEnumerable(right) {
		return ToSlice(right)
	}
	return []any{right}
}

func typeOperand(v any) (*TypeInfo, error) {
	switch x := v.(type) {
	case *TypeInfo:
		return x, nil
	case string:
		if t, ok := LookupType(x); ok {
			return t, nil
		}
		return nil, &ValueError{ID: "TypeNotFound", Message: "Unable to find type [" + x + "]."}
	}
	return nil, runtimeErr("The right operand of '-is', '-isnot' and '-as' must be a type.")
}

// compareOp implements -eq -ne -gt -ge -lt -le, filtering a collection
// on the left.
func compareOp(name string, left, right any, cs bool) (any, error) {
	if left != nil && IsEnumerable(left) {
		out := []any{}
		err := Enumerate(left, func(e any) error {
			ok, err := compareScalar(name, e, right, cs)
			if err != nil {
				return err
			}
			if ok {
				out = append(out, e)
			}
			return nil
		})
		return out, err
	}
	ok, err := compareScalar(name, left, right, cs)
	return ok, err
}

func compareScalar(name string, left, right any, cs bool) (bool, error) {
	switch name {
	case "eq":
		return Equals(left, right, cs), nil
	case "ne":
		return !Equals(left, right, cs), nil
	}
	c, err := Compare(left, right, cs)
	if err != nil {
		return false, err
	}
	switch name {
	case "gt":
		return c > 0, nil
	case "ge":
		return c >= 0, nil
	case "lt":
		return c < 0, nil
	}
	return c <= 0, nil
}

// containsOp reports whether collection holds an element equal to item.
func containsOp(collection, item any, cs bool) bool {
	if item != nil && IsEnumerable(item) {
		item = ToString(item)
	}
	found := false
	_ = Enumerate(collection, func(e any) error {
		if Equals(e, item, cs) {
			found = true
			return errStopEnum
		}
		return nil
	})
	return found
}

type stopEnum struct{}

func (stopEnum) Error() string { return "stop" }

var errStopEnum error = stopEnum{}

// likeOp implements -like and -notlike.
func likeOp(negate bool, left, right any, cs bool) (any, error) {
	w := cachedWildcard(ToString(right), cs)
	if left != nil && IsEnumerable(left) {
		out := []any{}
		_ = Enumerate(left, func(e any) error {
			if w.Match(ToString(e)) != negate {
				out = append(out, e)
			}
			return nil
		})
		return out, nil
	}
	return w.Match(ToString(left)) != negate, nil
}

// Join is -join: elements converted to strings, joined by the separator.
func Join(left, right any) string {
	sep := ToString(right)
	if left == nil {
		return ""
	}
	if !IsEnumerable(left) {
		return ToString(left)
	}
	var b strings.Builder
	i := 0
	_ = Enumerate(left, func(e any) error {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(ToString(e))
		i++
		return nil
	})
	return b.String()
}
