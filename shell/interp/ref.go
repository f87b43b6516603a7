package interp

import (
	"strings"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell/syntax"
)

// isRefType reports whether a type literal names [ref].
func isRefType(name string) bool {
	switch strings.ToLower(name) {
	case "ref", "system.management.automation.psreference", "management.automation.psreference":
		return true
	}
	return false
}

// refCast compiles [ref]operand: a reference to the variable when the
// operand is one ($n, $script:n), else to the operand's value.
func (c *compiler) refCast(u *syntax.UnaryExpr, operand evalFn) evalFn {
	if v := bareVariable(u.Operand); v != nil {
		name := v.Name
		qual, rest := splitScope(name)
		key := strings.ToLower(rest)
		return func(in *Interp) (any, error) {
			if qual == "" {
				vr := in.cur.lookup(key)
				if vr == nil {
					vr = in.cur.local(key, rest)
				}
				return pipeline.NewRef(func() any { return vr.value },
					func(x any) error { return in.assignVar(vr, x) }), nil
			}
			return pipeline.NewRef(func() any { x, _ := in.getVar(name); return x },
				func(x any) error { return in.setVar(name, x) }), nil
		}
	}
	return func(in *Interp) (any, error) {
		v, err := operand(in)
		if err != nil {
			return nil, err
		}
		if r, ok := v.(*pipeline.Ref); ok {
			return r, nil
		}
		return pipeline.NewValueRef(v), nil
	}
}

// bareVariable returns the variable an expression consists of, or nil.
func bareVariable(u *syntax.UnaryExpr) *syntax.Variable {
	if u == nil || u.Postfix == nil || len(u.Postfix.Suffixes) != 0 || u.Postfix.PostOp != "" {
		return nil
	}
	v, _ := u.Postfix.Primary.(*syntax.Variable)
	return v
}

// tryParse implements [T]::TryParse(text, [ref]result) for every type psh
// converts to: the result gets the converted value (or the type's zero
// value) and the call returns whether the conversion succeeded.
func tryParse(ti *pipeline.TypeInfo, args []any) (any, bool, error) {
	if len(args) != 2 {
		return nil, false, nil
	}
	ref, ok := args[1].(*pipeline.Ref)
	if !ok {
		return nil, false, nil
	}
	s, isText := args[0].(string)
	if !isText && args[0] != nil {
		s = pipeline.ToString(args[0])
	}
	v, err := pipeline.ConvertToType(s, ti)
	if err != nil || strings.TrimSpace(s) == "" {
		zero, _ := pipeline.ConvertToType(nil, ti)
		return false, true, ref.SetValue(zero)
	}
	return true, true, ref.SetValue(v)
}
