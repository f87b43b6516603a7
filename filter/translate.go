package filter

// Target is a translation target for a compiled filter, such as SQL or LDAP.
// Translate hands it the filter in negation normal form: comparisons (each
// possibly negated) joined by And and Or.
type Target interface {
	// Compare translates one comparison.
	Compare(c Comparison) (string, error)
	// And joins two or more translated operands with a logical and.
	And(parts []string) string
	// Or joins two or more translated operands with a logical or.
	Or(parts []string) string
	// Const is the translation of a comparison that is always v, such as a
	// Boolean property compared with $null.
	Const(v bool) string
}

// Translate translates the program for t. Chains of the same operator are
// flattened, so a -and b -and c reaches t as one And of three parts.
func (p *Program) Translate(t Target) (string, error) {
	return translateNode(p.root, t)
}

func translateNode(n *node, t Target) (string, error) {
	if n.kind == Compare {
		if n.cmp.Property.Type == Bool && n.cmp.Value == nil {
			return t.Const(n.cmp.Negated), nil // a Boolean is never $null
		}
		return t.Compare(n.cmp)
	}
	var parts []string
	var err error
	var add func(m *node)
	add = func(m *node) {
		if err != nil {
			return
		}
		if m.kind == n.kind {
			add(m.left)
			add(m.right)
			return
		}
		var s string
		s, err = translateNode(m, t)
		parts = append(parts, s)
	}
	add(n)
	if err != nil {
		return "", err
	}
	if n.kind == And {
		return t.And(parts), nil
	}
	return t.Or(parts), nil
}
