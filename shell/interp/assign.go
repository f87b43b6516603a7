package interp

import (
	"fmt"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell/syntax"
)

// lvalue is an assignment target. target evaluates, once per assignment,
// what a member or index target depends on: the object and the index or
// member name (nil for variables). get and set then read and write through
// them, so $a[$i++] += 1 evaluates $i++ once, as PowerShell does.
type lvalue struct {
	target func(in *Interp) (obj, key any, err error)
	get    func(in *Interp, obj, key any) (any, error)
	set    func(in *Interp, obj, key, v any) error
}

// resolve evaluates the target's object and key.
func (lv lvalue) resolve(in *Interp) (obj, key any, err error) {
	if lv.target == nil {
		return nil, nil, nil
	}
	return lv.target(in)
}

// assign is a plain assignment: resolve the target, then set it.
func (lv lvalue) assign(in *Interp, v any) error {
	obj, key, err := lv.resolve(in)
	if err != nil {
		return err
	}
	return lv.set(in, obj, key, v)
}

func (c *compiler) assign(s *syntax.AssignStmt) execFn {
	run := c.assignValue(s)
	return func(in *Interp, _ func(any) error) error {
		_, err := run(in)
		return err
	}
}

// assignValue compiles an assignment that also yields the assigned value
// (for `($x = 5)` and `$a = $b = 1`).
func (c *compiler) assignValue(s *syntax.AssignStmt) evalFn {
	pos := c.src.pos(s.Pos, s.EndPos)
	val := c.value(s.Value)
	tree := s.Target.Tree()
	if arr, ok := tree.(*syntax.ArrayLiteral); ok && s.Op == "=" {
		targets := make([]lvalue, len(arr.Elems))
		for i, e := range arr.Elems {
			targets[i] = c.lvalue(e, pos)
		}
		return func(in *Interp) (any, error) {
			v, err := val(in)
			if err != nil {
				return nil, err
			}
			items := pipeline.ToSlice(v)
			for i, t := range targets {
				var x any
				switch {
				case i == len(targets)-1 && len(items) > i+1:
					x = append([]any(nil), items[i:]...)
				case i < len(items):
					x = items[i]
				}
				if err := t.assign(in, x); err != nil {
					return nil, rtError(pos, err)
				}
			}
			return v, nil
		}
	}
	u, ok := tree.(*syntax.UnaryExpr)
	if !ok {
		return func(*Interp) (any, error) {
			return nil, rtError(pos, fmt.Errorf("The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property."))
		}
	}
	lv := c.lvalue(u, pos)
	op := s.Op
	if op == "=" {
		// The value first, then the target, as in PowerShell.
		return func(in *Interp) (any, error) {
			v, err := val(in)
			if err != nil {
				return nil, err
			}
			if err := lv.assign(in, v); err != nil {
				return nil, rtError(pos, err)
			}
			return v, nil
		}
	}
	// Compound: the target (object and index) once, then its old value,
	// then the right operand, then the store through the same target.
	return func(in *Interp) (any, error) {
		obj, key, err := lv.resolve(in)
		if err != nil {
			return nil, err
		}
		old, err := lv.get(in, obj, key)
		if err != nil {
			return nil, err
		}
		if op == "??=" && old != nil {
			return old, nil
		}
		v, err := val(in)
		if err != nil {
			return nil, err
		}
		if op != "??=" {
			v, err = pipeline.Binary(op[:1], old, v)
			if err != nil {
				return nil, rtError(pos, err)
			}
		}
		if err := lv.set(in, obj, key, v); err != nil {
			return nil, rtError(pos, err)
		}
		return v, nil
	}
}

func (c *compiler) lvalue(u *syntax.UnaryExpr, pos pipeline.Position) lvalue {
	bad := lvalue{
		get: func(*Interp, any, any) (any, error) { return nil, nil },
		set: func(*Interp, any, any, any) error {
			return fmt.Errorf("The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.")
		},
	}
	if u.Cast != nil {
		typeName := u.Cast.Name
		if u.Operand == nil || u.Operand.Postfix == nil {
			return bad
		}
		v, ok := u.Operand.Postfix.Primary.(*syntax.Variable)
		if !ok || len(u.Operand.Postfix.Suffixes) > 0 {
			return bad
		}
		name := v.Name
		get := c.variable(v)
		return lvalue{
			get: func(in *Interp, _, _ any) (any, error) { return get(in) },
			set: func(in *Interp, _, _, x any) error {
				ti, ok := pipeline.LookupType(typeName)
				if !ok {
					return typeNotFound(typeName)
				}
				cv, err := pipeline.ConvertToType(x, ti)
				if err != nil {
					return err
				}
				vr := in.varRef(name)
				vr.typ = &typeConstraint{info: ti}
				vr.value = cv
				return nil
			},
		}
	}
	if u.Postfix == nil {
		return bad
	}
	p := u.Postfix
	if len(p.Suffixes) == 0 {
		v, ok := p.Primary.(*syntax.Variable)
		if !ok {
			return bad
		}
		name := v.Name
		get := c.variable(v)
		qual, _ := splitScope(name)
		if qual == "" {
			key := toLower(v.BaseName())
			// Compound assignment reads only the local variable, as
			// PowerShell does ($x += 1 in a child scope starts from $null).
			cache := &varCache{}
			localGet := func(in *Interp, _, _ any) (any, error) {
				if vr := cache.findLocal(in.cur, key); vr != nil {
					return vr.value, nil
				}
				if key == "_" || key == "args" || key == "input" {
					return get(in)
				}
				if in.cur.parent == nil {
					return get(in)
				}
				return nil, nil
			}
			setCache := &varCache{}
			return lvalue{get: localGet, set: func(in *Interp, _, _, x any) error {
				if vr := setCache.findLocal(in.cur, key); vr != nil {
					return in.assignVar(vr, x)
				}
				return in.setVar(name, x)
			}}
		}
		return lvalue{get: func(in *Interp, _, _ any) (any, error) { return get(in) },
			set: func(in *Interp, _, _, x any) error { return in.setVar(name, x) }}
	}
	// Member or index assignment: the target is the object and the index
	// or member name, evaluated once.
	head := &syntax.Postfix{Pos: p.Pos, Primary: p.Primary, Suffixes: p.Suffixes[:len(p.Suffixes)-1]}
	obj := c.postfix(head)
	last := p.Suffixes[len(p.Suffixes)-1]
	if last.Index != nil {
		idx := c.expr(last.Index)
		return lvalue{
			target: func(in *Interp) (any, any, error) {
				o, err := obj(in)
				if err != nil {
					return nil, nil, err
				}
				i, err := idx(in)
				return o, i, err
			},
			get: func(_ *Interp, o, i any) (any, error) { return index(o, i) },
			set: func(_ *Interp, o, i, x any) error { return setIndex(o, i, x) },
		}
	}
	if last.Call {
		return bad
	}
	name := c.memberName(last.Member)
	static := last.Static
	return lvalue{
		target: func(in *Interp) (any, any, error) {
			o, err := obj(in)
			if err != nil {
				return nil, nil, err
			}
			n, err := name(in)
			return o, n, err
		},
		get: func(_ *Interp, o, n any) (any, error) { return member(o, n.(string)), nil },
		set: func(_ *Interp, o, n, x any) error {
			if static {
				return fmt.Errorf("Cannot set static member '%s'.", n)
			}
			if o == nil {
				return fmt.Errorf("The property '%s' cannot be found on this object. Verify that the property exists and can be set.", n)
			}
			return pipeline.SetProperty(o, n.(string), x)
		},
	}
}

// setIndex implements $a[i] = v and $h[k] = v.
func setIndex(o, i, x any) error {
	switch t := o.(type) {
	case *pipeline.Hashtable:
		t.Set(i, x)
		return nil
	case []any:
		n, err := pipeline.Convert(i, intType)
		if err != nil {
			return err
		}
		k := n.(int)
		if k < 0 {
			k += len(t)
		}
		if k < 0 || k >= len(t) {
			return fmt.Errorf("Index was outside the bounds of the array.")
		}
		t[k] = x
		return nil
	case *pipeline.PSObject:
		return pipeline.SetProperty(t, pipeline.ToString(i), x)
	case nil:
		return errNullArray()
	}
	if lst, ok := o.(interface{ SetIndex(int, any) error }); ok {
		n, err := pipeline.Convert(i, intType)
		if err != nil {
			return err
		}
		return lst.SetIndex(n.(int), x)
	}
	return fmt.Errorf("Unable to index into an object of type %s.", pipeline.TypeName(o))
}

func (c *compiler) preIncrement(u *syntax.UnaryExpr, pos pipeline.Position) evalFn {
	return increment(c.lvalue(u.Operand, pos), u.Op[:1], false, pos)
}

func (c *compiler) postIncrement(p *syntax.Postfix) evalFn {
	pos := c.src.pos(p.Pos, p.EndPos)
	inner := &syntax.Postfix{Pos: p.Pos, EndPos: p.EndPos, Primary: p.Primary, Suffixes: p.Suffixes}
	lv := c.lvalue(&syntax.UnaryExpr{Pos: p.Pos, Postfix: inner}, pos)
	return increment(lv, p.PostOp[:1], true, pos)
}

// increment is ++ and -- (op "+" or "-") on an assignable target; $null
// counts as 0. The value is the new one, or the old one for the postfix
// forms.
func increment(lv lvalue, op string, post bool, pos pipeline.Position) evalFn {
	return func(in *Interp) (any, error) {
		obj, key, err := lv.resolve(in)
		if err != nil {
			return nil, err
		}
		old, err := lv.get(in, obj, key)
		if err != nil {
			return nil, err
		}
		if old == nil {
			old = int32(0)
		}
		v, err := pipeline.Binary(op, old, int32(1))
		if err != nil {
			return nil, rtError(pos, err)
		}
		if post {
			return old, rtError(pos, lv.set(in, obj, key, v))
		}
		return v, rtError(pos, lv.set(in, obj, key, v))
	}
}
