package interp

import (
	"fmt"
	"strings"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell/syntax"
)

func (c *compiler) primary(p syntax.Primary) evalFn {
	c.primaries++
	switch p := p.(type) {
	case *syntax.Number:
		v, err := p.Value()
		if err != nil {
			pos := c.src.pos(p.Pos, p.EndPos)
			return func(*Interp) (any, error) { return nil, rtError(pos, err) }
		}
		return func(*Interp) (any, error) { return v, nil }
	case *syntax.StringLit:
		s := p.Value
		return func(*Interp) (any, error) { return s, nil }
	case *syntax.ExpandableString:
		return c.expandable(p)
	case *syntax.BareWord:
		s := p.Text
		return func(*Interp) (any, error) { return s, nil }
	case *syntax.Variable:
		return c.variable(p)
	case *syntax.SubExpr:
		b := c.statements(p.Statements)
		return func(in *Interp) (any, error) {
			col := in.newCollector()
			err := b.runNested(in, col.add)
			return collapse(col.out), keepOutput(err, col.out)
		}
	case *syntax.ArraySubExpr:
		b := c.statements(p.Statements)
		return func(in *Interp) (any, error) {
			col := in.newCollector()
			col.out = []any{}
			err := b.runNested(in, col.add)
			return col.out, keepOutput(err, col.out)
		}
	case *syntax.ParenExpr:
		return c.paren(p)
	case *syntax.Hashtable:
		return c.hashtable(p, false)
	case *syntax.ScriptBlockExpr:
		sb := c.scriptBlockLiteral(p)
		return func(in *Interp) (any, error) { return sb.bind(in), nil }
	case *syntax.TypeLit:
		name := p.Name
		pos := c.src.pos(p.Pos, p.EndPos)
		return func(*Interp) (any, error) {
			t, ok := pipeline.LookupType(name)
			if !ok {
				return nil, rtError(pos, typeNotFound(name))
			}
			return t, nil
		}
	}
	return func(*Interp) (any, error) { return nil, fmt.Errorf("psh: primary %T is not supported", p) }
}

// paren evaluates ( statement ): a pipeline's output collected; an
// assignment's assigned value.
func (c *compiler) paren(p *syntax.ParenExpr) evalFn {
	return c.value(p.Inner)
}

// runNested runs a $( ) or @( ) body: errors propagate to the enclosing
// statement instead of being reported here.
func (b *block) runNested(in *Interp, out func(any) error) error {
	in.tryDepth++
	defer func() { in.tryDepth-- }()
	return b.run(in, out)
}

func (c *compiler) variable(v *syntax.Variable) evalFn {
	name := v.Name
	qual, rest := splitScope(name)
	key := strings.ToLower(rest)
	switch {
	case qual == "" && key == "true":
		return func(*Interp) (any, error) { return true, nil }
	case qual == "" && key == "false":
		return func(*Interp) (any, error) { return false, nil }
	case qual == "" && key == "null":
		return func(*Interp) (any, error) { return nil, nil }
	case qual == "" && key != "?" && key != "pwd" && key != "error" && key != "psitem":
		cache := &varCache{}
		return func(in *Interp) (any, error) {
			if vr := cache.find(in.cur, key); vr != nil {
				return vr.value, nil
			}
			return nil, nil
		}
	}
	return func(in *Interp) (any, error) {
		x, _ := in.getVar(name)
		return x, nil
	}
}

func (c *compiler) expandable(s *syntax.ExpandableString) evalFn {
	type part struct {
		text string
		eval evalFn
	}
	var parts []part
	for _, p := range s.Parts {
		switch {
		case p.Var != nil:
			parts = append(parts, part{eval: c.variable(p.Var)})
		case p.Sub != nil:
			parts = append(parts, part{eval: c.primary(p.Sub)})
		default:
			parts = append(parts, part{text: p.Text})
		}
	}
	if len(parts) == 1 && parts[0].eval == nil {
		t := parts[0].text
		return func(*Interp) (any, error) { return t, nil }
	}
	return func(in *Interp) (any, error) {
		var b strings.Builder
		for _, p := range parts {
			if p.eval == nil {
				b.WriteString(p.text)
				continue
			}
			v, err := p.eval(in)
			if err != nil {
				return nil, err
			}
			b.WriteString(in.expandString(v))
		}
		return b.String(), nil
	}
}

// expandString converts a value inside a double-quoted string: arrays are
// joined with $OFS.
func (in *Interp) expandString(v any) string {
	if pipeline.IsEnumerable(v) {
		sep := " "
		if o, ok := in.getVar("OFS"); ok && o != nil {
			sep = pipeline.ToString(o)
		}
		var parts []string
		_ = pipeline.Enumerate(v, func(x any) error { parts = append(parts, pipeline.ToString(x)); return nil })
		return strings.Join(parts, sep)
	}
	return pipeline.ToString(v)
}

func (c *compiler) hashtable(h *syntax.Hashtable, ordered bool) evalFn {
	type entry struct {
		key, val evalFn
	}
	var entries []entry
	for _, e := range h.Entries {
		entries = append(entries, entry{key: c.postfix(e.Key), val: c.value(e.Value)})
	}
	pos := c.src.pos(h.Pos, h.EndPos)
	return func(in *Interp) (any, error) {
		t := pipeline.NewHashtable()
		if ordered {
			t = pipeline.NewOrderedHashtable()
		}
		for _, e := range entries {
			k, err := e.key(in)
			if err != nil {
				return nil, err
			}
			if _, dup := t.Get(k); dup {
				return nil, rtError(pos, fmt.Errorf("Duplicate keys '%s' are not allowed in hash literals.", pipeline.ToString(k)))
			}
			v, err := e.val(in)
			if err != nil {
				return nil, err
			}
			t.Set(k, v)
		}
		return t, nil
	}
}
