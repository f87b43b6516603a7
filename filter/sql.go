package filter

import (
	"fmt"
	"strings"
)

// Column says where a property lives in the database.
type Column struct {
	Name string // column of the main table, e.g. "r.pop_enabled"
	// For MultiString properties: values live in a side table.
	MultiTable string // e.g. "recipient_addresses"
	MultiKey   string // side-table column that references the main row, e.g. "recipient_id"
	MultiValue string // side-table column with the value, e.g. "address"
	MainKey    string // main-table key column the side table references, e.g. "r.id"
}

// SQLMapping maps canonical property names to their columns.
type SQLMapping map[string]Column

// SQL translates the program to a parameterised SQLite WHERE fragment and
// its arguments (string and int64 values only). Column names come from m;
// every value is a bound argument. See the package documentation for the
// storage conventions the fragment assumes.
func (p *Program) SQL(m SQLMapping) (where string, args []any, err error) {
	t := &sqlTarget{m: m}
	where, err = p.Translate(t)
	if err != nil {
		return "", nil, err
	}
	return where, t.args, nil
}

// sqlTarget is the SQLite translation Target.
type sqlTarget struct {
	m    SQLMapping
	args []any
}

func (t *sqlTarget) And(parts []string) string { return balanced(parts, " AND ") }
func (t *sqlTarget) Or(parts []string) string  { return balanced(parts, " OR ") }

// flatChain is the longest chain of AND or OR that balanced writes flat.
const flatChain = 64

// balanced joins parts with op, in parentheses. SQLite parses a flat chain
// as a tree as deep as the chain is long, and fails past its expression
// depth of 1000; a longer chain is written as a balanced tree of
// parenthesised halves, as deep as the logarithm of its length.
func balanced(parts []string, op string) string {
	if len(parts) <= flatChain {
		return "(" + strings.Join(parts, op) + ")"
	}
	half := len(parts) / 2
	return "(" + balanced(parts[:half], op) + op + balanced(parts[half:], op) + ")"
}

func (t *sqlTarget) Const(v bool) string {
	if v {
		return "(1=1)"
	}
	return "(1=0)"
}

func (t *sqlTarget) Compare(c Comparison) (string, error) {
	col, ok := t.m[c.Property.Name]
	if !ok || (col.Name == "" && col.MultiTable == "") {
		return "", &Error{Kind: TranslateError, Pos: c.Pos, Property: c.Property.Name,
			Msg: fmt.Sprintf("No SQL column is mapped for the property %s.", c.Property.Name)}
	}
	if col.MultiTable == "" {
		if c.Property.Type == MultiString {
			return "", &Error{Kind: TranslateError, Pos: c.Pos, Property: c.Property.Name,
				Msg: fmt.Sprintf("The multi-valued property %s needs a side table in the SQL mapping.", c.Property.Name)}
		}
		return t.scalar(col.Name, c, c.Negated), nil
	}
	exists := "EXISTS (SELECT 1 FROM " + col.MultiTable + " WHERE " +
		col.MultiTable + "." + col.MultiKey + " = " + col.MainKey
	if c.Value == nil { // Eq $null: no value at all
		if c.Negated {
			return exists + ")", nil
		}
		return "NOT " + exists + ")", nil
	}
	value := col.MultiTable + "." + col.MultiValue
	inner := t.scalar(value, c, false)
	if c.Op == Like && c.Property.PrefixedLike {
		inner = "instr(" + value + ", ':') > 1 AND " + inner
	}
	s := exists + " AND " + inner + ")"
	if c.Negated {
		return "NOT " + s, nil
	}
	return s, nil
}

// bind adds an argument and returns its placeholder.
func (t *sqlTarget) bind(v any) string {
	t.args = append(t.args, v)
	return "?"
}

// scalar translates a comparison on a single column. Negated forms are
// written so that NULL (not set) makes them true, matching Match.
func (t *sqlTarget) scalar(col string, c Comparison, neg bool) string {
	if c.Value == nil {
		if neg {
			return col + " IS NOT NULL"
		}
		return col + " IS NULL"
	}
	switch v := c.Value.(type) {
	case bool:
		n := int64(0)
		if v {
			n = 1
		}
		if neg {
			return col + " <> " + t.bind(n)
		}
		return col + " = " + t.bind(n)
	}
	if c.Op == Like {
		return t.like(col, c.Value.(string), neg)
	}
	arg := sqlArg(c)
	if neg {
		return "(" + col + " IS NULL OR " + col + " " + sqlOp(c.Op, true) + " " + t.bind(arg) + ")"
	}
	return col + " " + sqlOp(c.Op, false) + " " + t.bind(arg)
}

// sqlArg returns the bound form of a comparison's value.
func sqlArg(c Comparison) any {
	if c.Property.Type == Date {
		return dateArg(c.Value)
	}
	return c.Value
}

// sqlOp returns the SQL operator for op, or for its negation.
func sqlOp(op Op, neg bool) string {
	if neg {
		op = map[Op]Op{Eq: Ne, Lt: Ge, Gt: Le, Le: Gt, Ge: Lt}[op]
	}
	switch op {
	case Eq:
		return "="
	case Ne:
		return "<>"
	case Lt:
		return "<"
	case Gt:
		return ">"
	case Le:
		return "<="
	}
	return ">="
}

// like translates a -like pattern: an equality when there is no wildcard,
// a presence test for '*', an index-friendly range for 'prefix*', else
// LIKE with '%', '_' and '\' in the value escaped.
func (t *sqlTarget) like(col, pat string, neg bool) string {
	p := analyzePattern(pat)
	switch p.kind {
	case patExact:
		c := Comparison{Op: Eq, Value: pat}
		return t.scalar(col, c, neg)
	case patAny:
		if neg {
			return col + " IS NULL"
		}
		return col + " IS NOT NULL"
	case patPrefix:
		if upper, ok := prefixUpper(p.lit); ok {
			if neg {
				return "(" + col + " IS NULL OR " + col + " < " + t.bind(p.lit) + " OR " + col + " >= " + t.bind(upper) + ")"
			}
			return "(" + col + " >= " + t.bind(p.lit) + " AND " + col + " < " + t.bind(upper) + ")"
		}
	}
	arg := t.bind(likePattern(pat))
	if neg {
		return "(" + col + " IS NULL OR " + col + " NOT LIKE " + arg + ` ESCAPE '\')`
	}
	return col + " LIKE " + arg + ` ESCAPE '\'`
}

// prefixUpper returns the smallest folded string above every string with
// the folded prefix lit. It fails when the bound would end in an upper-case
// ASCII letter, which NOCASE would fold (lit ending in '@').
func prefixUpper(lit string) (string, bool) {
	last := lit[len(lit)-1]
	if last == 0xFF || (last+1 >= 'A' && last+1 <= 'Z') {
		return "", false
	}
	return lit[:len(lit)-1] + string([]byte{last + 1}), true
}

// likePattern converts a filter wildcard pattern to a LIKE pattern with
// '\' as the escape character.
func likePattern(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		switch c := p[i]; c {
		case '\\', '%', '_':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '*':
			b.WriteByte('%')
		case '?':
			b.WriteByte('_')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
