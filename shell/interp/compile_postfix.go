package interp

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell/syntax"
)

func unarySplit(op string, v any) (any, error) {
	return pipeline.SplitWhitespace(v), nil
}

func (c *compiler) postfix(p *syntax.Postfix) evalFn {
	if p.PostOp != "" {
		return c.postIncrement(p)
	}
	prim := c.primary(p.Primary)
	for _, s := range p.Suffixes {
		prim = c.suffix(prim, p.Primary, s)
	}
	return prim
}

// suffix applies one .Member, ::Static, .Method(args) or [index].
func (c *compiler) suffix(target evalFn, prim syntax.Primary, s *syntax.Suffix) evalFn {
	pos := c.src.pos(s.Pos, s.EndPos)
	if s.Index != nil {
		idx := c.expr(s.Index)
		return func(in *Interp) (any, error) {
			t, err := target(in)
			if err != nil {
				return nil, err
			}
			i, err := idx(in)
			if err != nil {
				return nil, err
			}
			v, err := index(t, i)
			return v, rtError(pos, err)
		}
	}
	name := c.memberName(s.Member)
	if s.Call {
		args := make([]evalFn, len(s.Args))
		for i, a := range s.Args {
			args[i] = c.argExpr(a)
		}
		static := s.Static
		return func(in *Interp) (any, error) {
			t, err := target(in)
			if err != nil {
				return nil, err
			}
			n, err := name(in)
			if err != nil {
				return nil, err
			}
			vals := make([]any, len(args))
			for i, a := range args {
				if vals[i], err = a(in); err != nil {
					return nil, err
				}
			}
			v, err := in.callMethod(t, n, vals, static)
			return v, rtError(pos, err)
		}
	}
	static := s.Static
	return func(in *Interp) (any, error) {
		t, err := target(in)
		if err != nil {
			return nil, err
		}
		n, err := name(in)
		if err != nil {
			return nil, err
		}
		if static {
			ti, ok := t.(*pipeline.TypeInfo)
			if !ok {
				return nil, rtError(pos, typeNotFound(pipeline.ToString(t)))
			}
			v, err := in.getStatic(ti, n)
			return v, rtError(pos, err)
		}
		return member(t, n), nil
	}
}

// member reads a property, with member enumeration over collections; a
// missing property is $null (strict mode off).
func member(t any, name string) any {
	if t == nil {
		if equalFold(name, "Count") || equalFold(name, "Length") {
			return 0
		}
		return nil
	}
	if v, ok := pipeline.GetProperty(t, name); ok {
		return v
	}
	if pipeline.IsEnumerable(t) {
		if v, ok := pipeline.MemberEnumerate(t, name); ok {
			return v
		}
	}
	return nil
}

func (c *compiler) memberName(m *syntax.MemberName) func(*Interp) (string, error) {
	switch {
	case m.Var != nil:
		v := c.variable(m.Var)
		return func(in *Interp) (string, error) {
			x, err := v(in)
			return pipeline.ToString(x), err
		}
	case m.Str != nil:
		s := m.Str.Value
		return func(*Interp) (string, error) { return s, nil }
	case m.Expandable != nil:
		e := c.expandable(m.Expandable)
		return func(in *Interp) (string, error) {
			x, err := e(in)
			return pipeline.ToString(x), err
		}
	case m.Paren != nil:
		e := c.paren(m.Paren)
		return func(in *Interp) (string, error) {
			x, err := e(in)
			return pipeline.ToString(x), err
		}
	}
	name := m.Name
	return func(*Interp) (string, error) { return name, nil }
}

// callMethod calls a method: script block Invoke, static methods on type
// literals, and instance methods through pipeline.CallMethod.
func (in *Interp) callMethod(t any, name string, args []any, static bool) (any, error) {
	if static {
		ti, ok := t.(*pipeline.TypeInfo)
		if !ok {
			return nil, typeNotFound(pipeline.ToString(t))
		}
		if ti.Name == "System.Management.Automation.ScriptBlock" && equalFold(name, "Create") && len(args) == 1 {
			cb, err := in.compile("", pipeline.ToString(args[0]))
			if err != nil {
				msg := err.Error()
				var se *syntax.Error
				if errors.As(err, &se) {
					msg = se.Msg
				}
				return nil, &pipeline.ValueError{ID: "MethodInvocationException", Err: err,
					Message: "Exception calling \"Create\" with \"1\" argument(s): \"" + msg + "\""}
			}
			return cb.bind(in), nil
		}
		if equalFold(name, "TryParse") {
			if r, ok, err := tryParse(ti, args); ok {
				return r, err
			}
		}
		return in.callStatic(ti, name, args)
	}
	if sb, ok := t.(*scriptBlock); ok {
		switch strings.ToLower(name) {
		case "invoke", "invokereturnasis":
			var out []any
			err := sb.InvokeWith(in.ctx, pipeline.InvokeOptions{Args: args}, func(v any) error { out = append(out, v); return nil })
			if err != nil {
				return nil, err
			}
			if strings.EqualFold(name, "invoke") {
				if out == nil {
					return []any{}, nil
				}
				return out, nil
			}
			return collapse(out), nil
		}
	}
	if t == nil {
		return nil, &pipeline.ErrorRecord{Err: errors.New("You cannot call a method on a null-valued expression."),
			ID: "InvokeMethodOnNull", Category: pipeline.InvalidOperation, Terminating: true}
	}
	if pipeline.IsEnumerable(t) {
		if v, err := pipeline.CallMethod(t, name, args); err == nil {
			return v, nil
		} else if !isMethodNotFound(err) {
			return nil, err
		}
		// Method enumeration: call it on each element.
		var out []any
		err := pipeline.Enumerate(t, func(x any) error {
			v, err := pipeline.CallMethod(x, name, args)
			if err != nil {
				return err
			}
			out = append(out, v)
			return nil
		})
		return out, err
	}
	return pipeline.CallMethod(t, name, args)
}

func isMethodNotFound(err error) bool {
	var ve *pipeline.ValueError
	return errors.As(err, &ve) && ve.ID == "MethodNotFound"
}

// index implements $a[i], $a[1..3], $a[-1], $h['k'] and $s[0].
func index(t, i any) (any, error) {
	if t == nil {
		return nil, errNullArray()
	}
	if h, ok := t.(*pipeline.Hashtable); ok {
		if v, ok := orderedAt(h, i); ok {
			return v, nil
		}
		if pipeline.IsEnumerable(i) {
			var out []any
			_ = pipeline.Enumerate(i, func(k any) error {
				v, _ := h.Get(k)
				out = append(out, v)
				return nil
			})
			return out, nil
		}
		v, _ := h.Get(i)
		return v, nil
	}
	if pipeline.IsEnumerable(i) {
		var out []any
		err := pipeline.Enumerate(i, func(k any) error {
			v, err := index(t, k)
			if err != nil {
				return err
			}
			if v != nil {
				out = append(out, v)
			}
			return nil
		})
		return out, err
	}
	return indexOne(t, i)
}

// indexOne indexes a string (a [char]) or a collection by one integer;
// negative indexes count from the end; out of range is $null.
func indexOne(t, i any) (any, error) {
	n, err := pipeline.Convert(i, reflect.TypeFor[int]())
	if err != nil {
		if v, ok := pipeline.GetProperty(t, pipeline.ToString(i)); ok {
			return v, nil
		}
		return nil, err
	}
	k := n.(int)
	if s, ok := t.(string); ok {
		r := []rune(s)
		if k < 0 {
			k += len(r)
		}
		if k < 0 || k >= len(r) {
			return nil, nil
		}
		return pipeline.Char(r[k]), nil
	}
	if !pipeline.IsEnumerable(t) {
		if k == 0 || k == -1 {
			return t, nil
		}
		return nil, fmt.Errorf("Unable to index into an object of type %s.", pipeline.TypeName(t))
	}
	if list, ok := t.([]any); ok {
		if k < 0 {
			k += len(list)
		}
		if k < 0 || k >= len(list) {
			return nil, nil
		}
		return list[k], nil
	}
	list := pipeline.ToSlice(t)
	if k < 0 {
		k += len(list)
	}
	if k < 0 || k >= len(list) {
		return nil, nil
	}
	return list[k], nil
}

// errNullArray is the InvalidOperation error of indexing $null.
func errNullArray() error {
	return &pipeline.ErrorRecord{Err: errors.New("Cannot index into a null array."), ID: "NullArray",
		Category: pipeline.InvalidOperation, Terminating: true}
}

// orderedAt indexes an [ordered] dictionary by position when the index is
// an integer and no key equals it ($o[0] is the first value).
func orderedAt(h *pipeline.Hashtable, i any) (any, bool) {
	if !h.Ordered() || h.ContainsKey(i) {
		return nil, false
	}
	var k int
	switch n := i.(type) {
	case int:
		k = n
	case int32:
		k = int(n)
	case int64:
		k = int(n)
	default:
		return nil, false
	}
	vals := h.Values()
	if k < 0 {
		k += len(vals)
	}
	if k < 0 || k >= len(vals) {
		return nil, true
	}
	return vals[k], true
}
