package interp

import (
	"fmt"
	"reflect"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell/syntax"
)

var intType = reflect.TypeFor[int]()

// rangeBounds converts the operands of .. to integers (or characters).
func rangeBounds(a, b any) (any, any, error) {
	if lo, err := pipeline.Convert(a, intType); err == nil {
		if hi, err := pipeline.Convert(b, intType); err == nil {
			return lo, hi, nil
		}
	}
	if sa, ok := a.(string); ok && len([]rune(sa)) == 1 {
		if sb, ok := b.(string); ok && len([]rune(sb)) == 1 {
			return pipeline.Char([]rune(sa)[0]), pipeline.Char([]rune(sb)[0]), nil
		}
	}
	if ca, ok := a.(pipeline.Char); ok {
		if cb, ok := b.(pipeline.Char); ok {
			return ca, cb, nil
		}
	}
	lo, err := pipeline.Convert(a, intType)
	if err != nil {
		return nil, nil, err
	}
	hi, err := pipeline.Convert(b, intType)
	if err != nil {
		return nil, nil, err
	}
	return lo, hi, nil
}

// eachInRange calls f for each value of lo..hi (either direction).
func eachInRange(lo, hi any, f func(any) error) error {
	if cl, ok := lo.(pipeline.Char); ok {
		ch := hi.(pipeline.Char)
		step := pipeline.Char(1)
		if ch < cl {
			step = -1
		}
		for c := cl; ; c += step {
			if err := f(c); err != nil {
				return err
			}
			if c == ch {
				return nil
			}
		}
	}
	l, h := lo.(int), hi.(int)
	step := 1
	if h < l {
		step = -1
	}
	for i := l; ; i += step {
		if err := f(rangeInt(i)); err != nil {
			return err
		}
		if i == h {
			return nil
		}
	}
}

func rangeInt(i int) any {
	if i >= -1<<31 && i < 1<<31 {
		return int32(i)
	}
	return int64(i)
}

// materializeRange builds the array lo..hi, within the session's
// MaxItems; building it counts steps and observes cancellation.
func (in *Interp) materializeRange(lo, hi any) (any, error) {
	n := 0
	if l, ok := lo.(int); ok {
		n = hi.(int) - l
		if n < 0 {
			n = -n
		}
	}
	if err := in.Limits().CheckItems(n + 1); err != nil {
		return nil, err
	}
	// Reserve at most a million slots up front: a step limit or a
	// cancelled context may end the range long before its end.
	out := make([]any, 0, min(n+1, 1<<20))
	err := eachInRange(lo, hi, func(v any) error {
		out = append(out, v)
		return in.step()
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// exprProducer compiles an expression whose values feed a pipeline or a
// foreach loop: a range streams without building an array.
func (c *compiler) exprProducer(e *syntax.Expr, foreach bool) func(*Interp, func(any) error) error {
	if b, ok := e.Tree().(*syntax.BinaryExpr); ok && b.Op == ".." && e.Ternary == nil {
		l, r := c.node(b.Left), c.node(b.Right)
		pos := c.src.pos(b.Pos, b.Pos)
		return func(in *Interp, emit func(any) error) error {
			a, bv, err := both(in, l, r)
			if err != nil {
				return err
			}
			lo, hi, err := rangeBounds(a, bv)
			if err != nil {
				return rtError(pos, err)
			}
			// Each value counts as a step, so an endless range feeding
			// Out-Null or an empty ForEach-Object still stops.
			return eachInRange(lo, hi, func(v any) error {
				if err := in.step(); err != nil {
					return err
				}
				return emit(v)
			})
		}
	}
	ev := c.expr(e)
	return func(in *Interp, emit func(any) error) error {
		v, err := ev(in)
		if err != nil {
			return err
		}
		if foreach {
			return pipeline.EnumerateForeach(v, emit)
		}
		return pipeline.Enumerate(v, emit)
	}
}

// producer compiles the collection of a foreach statement.
func (c *compiler) producer(s syntax.Statement) func(*Interp, func(any) error, bool) error {
	if p, ok := s.(*syntax.Pipeline); ok && len(p.Commands) == 0 && p.Expr != nil && len(p.Expr.Redirects) == 0 {
		prod := c.exprProducer(p.Expr.Expr, true)
		return func(in *Interp, emit func(any) error, _ bool) error { return prod(in, emit) }
	}
	val := c.value(s)
	return func(in *Interp, emit func(any) error, _ bool) error {
		v, err := val(in)
		if err != nil {
			return err
		}
		return pipeline.EnumerateForeach(v, emit)
	}
}

var _ = fmt.Sprint
