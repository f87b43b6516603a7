package interp

import (
	"fmt"
	"strings"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell/syntax"
)

func toLower(s string) string { return strings.ToLower(s) }

func (c *compiler) expr(e *syntax.Expr) evalFn {
	base := c.node(e.Tree())
	if e.Ternary == nil {
		return base
	}
	then, els := c.expr(e.Ternary.Then), c.expr(e.Ternary.Else)
	return func(in *Interp) (any, error) {
		v, err := base(in)
		if err != nil {
			return nil, err
		}
		if pipeline.ToBool(v) {
			return then(in)
		}
		return els(in)
	}
}

func (c *compiler) argExpr(e *syntax.ArgExpr) evalFn {
	return c.node(e.Tree())
}

func (c *compiler) node(n syntax.ExprNode) evalFn {
	switch n := n.(type) {
	case *syntax.BinaryExpr:
		return c.binary(n)
	case *syntax.ArrayLiteral:
		elems := make([]evalFn, len(n.Elems))
		for i, e := range n.Elems {
			elems[i] = c.unary(e)
		}
		return func(in *Interp) (any, error) {
			out := make([]any, len(elems))
			for i, e := range elems {
				v, err := e(in)
				if err != nil {
					return nil, err
				}
				out[i] = v
			}
			return out, nil
		}
	case *syntax.UnaryExpr:
		return c.unary(n)
	}
	return func(*Interp) (any, error) { return nil, fmt.Errorf("psh: expression %T is not supported", n) }
}

func (c *compiler) binary(n *syntax.BinaryExpr) evalFn {
	l, r := c.node(n.Left), c.node(n.Right)
	pos := c.src.pos(n.Pos, n.Pos)
	pos.Length = len(n.Op)
	op := n.Op
	switch op {
	case "-and":
		return func(in *Interp) (any, error) {
			a, err := l(in)
			if err != nil || !pipeline.ToBool(a) {
				return false, err
			}
			b, err := r(in)
			return pipeline.ToBool(b), err
		}
	case "-or":
		return func(in *Interp) (any, error) {
			a, err := l(in)
			if err != nil {
				return nil, err
			}
			if pipeline.ToBool(a) {
				return true, nil
			}
			b, err := r(in)
			return pipeline.ToBool(b), err
		}
	case "??":
		return func(in *Interp) (any, error) {
			a, err := l(in)
			if err != nil || a != nil {
				return a, err
			}
			return r(in)
		}
	case "-xor":
		return func(in *Interp) (any, error) {
			a, b, err := both(in, l, r)
			return pipeline.ToBool(a) != pipeline.ToBool(b), err
		}
	case "..":
		return func(in *Interp) (any, error) {
			a, b, err := both(in, l, r)
			if err != nil {
				return nil, err
			}
			lo, hi, err := rangeBounds(a, b)
			if err != nil {
				return nil, rtError(pos, err)
			}
			v, err := in.materializeRange(lo, hi)
			if err != nil {
				return nil, rtError(pos, err)
			}
			return v, nil
		}
	case "-is", "-isnot", "-as":
		return c.typeOp(op, l, r, pos)
	case "-match", "-imatch", "-cmatch":
		cs := op == "-cmatch"
		return func(in *Interp) (any, error) {
			a, b, err := both(in, l, r)
			if err != nil {
				return nil, err
			}
			res, caps, err := pipeline.Match(a, b, cs)
			if err != nil {
				return nil, rtError(pos, err)
			}
			if caps != nil {
				_ = in.setVar("Matches", caps)
			}
			return res, nil
		}
	}
	word := op
	if len(op) > 1 && op[0] == '-' {
		word = op[1:]
	}
	return func(in *Interp) (any, error) {
		a, err := l(in)
		if err != nil {
			return nil, err
		}
		b, err := r(in)
		if err != nil {
			return nil, err
		}
		v, err := pipeline.Binary(word, a, b)
		if err == nil {
			err = in.checkSize(v)
		}
		if err != nil {
			return nil, rtError(pos, err)
		}
		return v, nil
	}
}

func both(in *Interp, l, r evalFn) (any, any, error) {
	a, err := l(in)
	if err != nil {
		return nil, nil, err
	}
	b, err := r(in)
	return a, b, err
}

func (c *compiler) typeOp(op string, l, r evalFn, pos pipeline.Position) evalFn {
	return func(in *Interp) (any, error) {
		a, b, err := both(in, l, r)
		if err != nil {
			return nil, err
		}
		t, err := typeOperand(b)
		if err != nil {
			return nil, rtError(pos, err)
		}
		switch op {
		case "-is":
			return t.IsInstance(a), nil
		case "-isnot":
			return !t.IsInstance(a), nil
		}
		v, err := pipeline.ConvertToType(a, t)
		if err != nil {
			return nil, nil
		}
		return v, nil
	}
}

// typeOperand accepts a type literal value or a type name string.
func typeOperand(v any) (*pipeline.TypeInfo, error) {
	switch t := v.(type) {
	case *pipeline.TypeInfo:
		return t, nil
	case string:
		if ti, ok := pipeline.LookupType(t); ok {
			return ti, nil
		}
		return nil, typeNotFound(t)
	}
	return nil, fmt.Errorf("The right operand of '-is' must be a type.")
}

func (c *compiler) unary(u *syntax.UnaryExpr) evalFn {
	if u.Postfix != nil {
		return c.postfix(u.Postfix)
	}
	operand := c.unary(u.Operand)
	pos := c.src.pos(u.Pos, u.EndPos)
	if u.Cast != nil && isRefType(u.Cast.Name) {
		return c.refCast(u, operand)
	}
	if u.Cast != nil {
		return c.cast(u.Cast, operand, pos)
	}
	switch u.Op {
	case "-":
		return func(in *Interp) (any, error) {
			v, err := operand(in)
			if err != nil {
				return nil, err
			}
			r, err := pipeline.UnaryMinus(v)
			return r, rtError(pos, err)
		}
	case "+":
		return func(in *Interp) (any, error) {
			v, err := operand(in)
			if err != nil {
				return nil, err
			}
			r, err := pipeline.Binary("+", int32(0), v)
			return r, rtError(pos, err)
		}
	case "!", "-not":
		return func(in *Interp) (any, error) {
			v, err := operand(in)
			return !pipeline.ToBool(v), err
		}
	case "-bnot":
		return func(in *Interp) (any, error) {
			v, err := operand(in)
			if err != nil {
				return nil, err
			}
			r, err := pipeline.BNot(v)
			return r, rtError(pos, err)
		}
	case ",":
		return func(in *Interp) (any, error) {
			v, err := operand(in)
			return []any{v}, err
		}
	case "-split", "-isplit", "-csplit":
		op := strings.TrimPrefix(u.Op, "-")
		return func(in *Interp) (any, error) {
			v, err := operand(in)
			if err != nil {
				return nil, err
			}
			r, err := unarySplit(op, v)
			return r, rtError(pos, err)
		}
	case "-join":
		return func(in *Interp) (any, error) {
			v, err := operand(in)
			if err != nil {
				return nil, err
			}
			r, err := pipeline.Binary("join", v, "")
			if err == nil {
				err = in.checkSize(r)
			}
			return r, rtError(pos, err)
		}
	case "++", "--":
		return c.preIncrement(u, pos)
	}
	return func(*Interp) (any, error) { return nil, fmt.Errorf("psh: unary operator %q is not supported", u.Op) }
}

func (c *compiler) cast(t *syntax.TypeLit, operand evalFn, pos pipeline.Position) evalFn {
	name := t.Name
	return func(in *Interp) (any, error) {
		v, err := operand(in)
		if err != nil {
			return nil, err
		}
		ti, ok := pipeline.LookupType(name)
		if !ok {
			return nil, rtError(pos, typeNotFound(name))
		}
		r, err := pipeline.ConvertToType(v, ti)
		return r, rtError(pos, err)
	}
}
