package filter

import (
	"strconv"
	"strings"
	"time"
)

// Program is a checked, compiled filter. It is immutable and safe for
// concurrent use.
type Program struct {
	text   string
	schema *Schema
	root   *node
	eval   evalFn
	str    string
}

// Compile parses text, checks it against s and compiles it. Errors are
// *Error values carrying the position in text.
func Compile(text string, s *Schema) (*Program, error) {
	e, perr := parse(text)
	if perr != nil {
		return nil, perr
	}
	root, cerr := check(text, e, s, false)
	if cerr != nil {
		return nil, cerr
	}
	p := &Program{text: text, schema: s, root: root, eval: compileNode(root)}
	var b strings.Builder
	writeNode(&b, root)
	p.str = b.String()
	return p, nil
}

// Match reports whether obj satisfies the filter; get returns the value of
// a property (canonical name) of obj (see Getter).
func (p *Program) Match(obj any, get func(obj any, property string) any) bool {
	return p.eval(obj, get)
}

// String returns the normalised filter text: canonical property names,
// typed values, fully parenthesised, negation pushed down to comparisons.
// Compiling it again gives an equivalent program.
func (p *Program) String() string { return p.str }

// Text returns the filter text the program was compiled from.
func (p *Program) Text() string { return p.text }

// Schema returns the schema the program was checked against.
func (p *Program) Schema() *Schema { return p.schema }

// Properties returns the canonical names of the properties the filter uses,
// in order of first use.
func (p *Program) Properties() []string {
	var out []string
	seen := map[string]bool{}
	walk(p.root, func(c Comparison) {
		if !seen[c.Property.Name] {
			seen[c.Property.Name] = true
			out = append(out, c.Property.Name)
		}
	})
	return out
}

func walk(n *node, f func(Comparison)) {
	if n.kind == Compare {
		f(n.cmp)
		return
	}
	walk(n.left, f)
	walk(n.right, f)
}

func writeNode(b *strings.Builder, n *node) {
	if n.kind != Compare {
		b.WriteString("(")
		writeNode(b, n.left)
		if n.kind == And {
			b.WriteString(" -and ")
		} else {
			b.WriteString(" -or ")
		}
		writeNode(b, n.right)
		b.WriteString(")")
		return
	}
	c := n.cmp
	op := c.Op
	wrap := false
	if c.Negated {
		switch op {
		case Eq:
			op = Ne
		case Like:
			op = NotLike
		default:
			wrap = true
		}
	}
	if wrap {
		b.WriteString("-not")
	}
	b.WriteString("(")
	b.WriteString(c.Property.Name)
	b.WriteString(" ")
	b.WriteString(op.String())
	b.WriteString(" ")
	b.WriteString(formatValue(c.Value))
	b.WriteString(")")
}

// formatValue writes a typed value in filter syntax.
func formatValue(v any) string {
	switch x := v.(type) {
	case nil:
		return "$null"
	case bool:
		if x {
			return "$true"
		}
		return "$false"
	case int64:
		return strconv.FormatInt(x, 10)
	case time.Time:
		return quoteString(formatDate(x))
	case string:
		return quoteString(x)
	}
	return "$null"
}
