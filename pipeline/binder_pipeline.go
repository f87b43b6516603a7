package pipeline

import (
	"reflect"
	"strings"
)

// snapshot remembers the values of the pipeline-bindable parameters after
// argument binding, so each input object starts from them.
func (b *binder) snapshot() {
	if _, ok := b.cmdlet.(DynamicCmdlet); ok {
		return
	}
	_, resetter := b.cmdlet.(ParameterResetter)
	b.plainReset = !resetter
	b.defaults = make([]reflect.Value, len(b.meta.Params))
	b.anyDefaults = make([]any, len(b.meta.Params))
	for _, p := range b.meta.Params {
		if p.FromPipeline || p.FromPipelineByName {
			f := b.field(p)
			c := reflect.New(f.Type()).Elem()
			c.Set(f)
			b.defaults[p.ord] = c
			if p.Type == anyType {
				b.anyDefaults[p.ord] = c.Interface()
			}
		}
	}
}

// reset restores the parameters bound by the previous input object.
func (b *binder) reset() {
	for _, p := range b.pipeBound {
		if b.plainReset && !isCommon(p) {
			if ptr := b.anyPtr(p); ptr != nil {
				*ptr = b.anyDefaults[p.ord]
				continue
			}
		}
		if r, ok := b.cmdlet.(ParameterResetter); ok {
			_ = r.ResetParameter(p)
			continue
		}
		if d, ok := b.cmdlet.(DynamicCmdlet); ok {
			_ = d.SetParameter(p, p.Default)
			continue
		}
		if def := b.defaults[p.ord]; def.IsValid() {
			if ptr := b.anyPtr(p); ptr != nil {
				*ptr = def.Interface()
				continue
			}
			b.field(p).Set(def)
		}
	}
	b.pipeBound = b.pipeBound[:0]
}

// bindInput binds one pipeline input object: by value with the exact type,
// by property name with the exact type, by value with conversion, by
// property name with conversion. It reports whether anything bound.
func (b *binder) bindInput(c *Context, v any) (bool, error) {
	b.reset()
	if len(b.delayed) > 0 {
		if err := b.bindDelayed(c, v); err != nil {
			return false, err
		}
	}
	pp := b.pipelineParams()
	// Fast path: one by-value parameter of type any (ForEach-Object,
	// Measure-Object, Out-Null ...).
	if b.singleAny && !b.bound[pp[0]] {
		p := pp[0]
		if len(p.Validators) > 0 || len(p.ValidateSet) > 0 || p.Mandatory {
			if err := b.validate(p, v, b.pos); err != nil {
				return false, err
			}
		}
		if err := b.store(p, v); err != nil {
			return false, err
		}
		b.pipeBound = append(b.pipeBound, p)
		return true, nil
	}
	any := false
	byValueDone := false
	for pass := 0; pass < 4; pass++ {
		exact := pass < 2
		byName := pass%2 == 1
		for _, p := range pp {
			if (byName && !p.FromPipelineByName) || (!byName && !p.FromPipeline) || b.isBound(p) {
				continue
			}
			if !byName && byValueDone {
				continue
			}
			if !b.setCompatible(p) {
				continue
			}
			val := v
			if byName {
				pv, ok := propertyForParam(v, p)
				if !ok {
					continue
				}
				val = pv
			}
			if exact && !exactType(val, p.Type) {
				continue
			}
			cv, err := b.convert(p, val, b.pos)
			if err != nil {
				if exact {
					continue
				}
				if pass == 3 || (pass == 2 && !hasByName(b.meta)) {
					return false, err
				}
				continue
			}
			if err := b.validate(p, cv, b.pos); err != nil {
				return false, err
			}
			if err := b.store(p, cv); err != nil {
				return false, err
			}
			b.pipeBound = append(b.pipeBound, p)
			any = true
			if !byName {
				byValueDone = true
			}
		}
	}
	return any, nil
}

// pipelineParams lists the parameters that can bind from the pipeline.
func (b *binder) pipelineParams() []*ParamMeta {
	if b.pipeParams == nil {
		b.pipeParams = []*ParamMeta{}
		for _, p := range b.meta.Params {
			if p.FromPipeline || p.FromPipelineByName {
				b.pipeParams = append(b.pipeParams, p)
			}
		}
		pp := b.pipeParams
		b.singleAny = len(pp) == 1 && pp[0].FromPipeline && !pp[0].FromPipelineByName && (pp[0].Type == nil || pp[0].Type == anyType)
	}
	return b.pipeParams
}

func hasByName(m *CommandMeta) bool {
	for _, p := range m.Params {
		if p.FromPipelineByName {
			return true
		}
	}
	return false
}

// bindDelayed evaluates delay-bound script block arguments for v.
func (b *binder) bindDelayed(c *Context, v any) error {
	for p, sb := range b.delayed {
		val, err := InvokeValue(c, sb, v)
		if err != nil {
			return err
		}
		cv, err := b.convert(p, val, b.pos)
		if err != nil {
			return err
		}
		if err := b.store(p, cv); err != nil {
			return err
		}
	}
	return nil
}

func propertyForParam(v any, p *ParamMeta) (any, bool) {
	if v == nil {
		return nil, false
	}
	if pv, ok := RealProperty(v, p.Name); ok {
		return pv, true
	}
	for _, a := range p.Aliases {
		if pv, ok := RealProperty(v, a); ok {
			return pv, true
		}
	}
	return nil, false
}

func exactType(v any, t reflect.Type) bool {
	if t == nil || t == anyType {
		return true
	}
	if v == nil {
		return false
	}
	vt := reflect.TypeOf(v)
	if vt == t {
		return true
	}
	if t.Kind() == reflect.Interface {
		return vt.Implements(t)
	}
	// A value of the element type fits an array parameter without
	// conversion, as PowerShell counts it ("x" for a [string[]]).
	if t.Kind() == reflect.Slice && t.Elem() != anyType {
		return exactType(v, t.Elem())
	}
	return false
}

// missingForInput reports mandatory pipeline parameters still unbound
// after binding an input object.
func (b *binder) missingForInput() error {
	if !b.hasMandatory() {
		return nil
	}
	set := b.parameterSet(b.isBound)
	var missing []string
	for _, p := range b.meta.Params {
		if p.Mandatory && !b.isBound(p) && (set == "" || inSet(p, set)) {
			missing = append(missing, p.Name)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	return b.errorf("MissingMandatoryParameter", missing[0], b.pos,
		"Cannot process command because of one or more missing mandatory parameters: %s.", strings.Join(missing, " "))
}

// setCompatible reports whether p shares a parameter set with every
// parameter bound so far (parameters without sets belong to all).
func (b *binder) setCompatible(p *ParamMeta) bool {
	if len(p.Sets) == 0 {
		return true
	}
	for _, q := range b.boundList() {
		if len(q.Sets) == 0 || q == p {
			continue
		}
		shared := false
		for _, s := range q.Sets {
			for _, t := range p.Sets {
				if strings.EqualFold(s, t) {
					shared = true
				}
			}
		}
		if !shared {
			return false
		}
	}
	return true
}

// isBound reports whether p is bound by an argument or by the current
// input object.
func (b *binder) isBound(p *ParamMeta) bool {
	for _, q := range b.pipeBound {
		if q == p {
			return true
		}
	}
	return b.bound[p]
}

// boundList lists every bound parameter.
func (b *binder) boundList() []*ParamMeta {
	out := append([]*ParamMeta(nil), b.pipeBound...)
	for p := range b.bound {
		out = append(out, p)
	}
	return out
}

// hasMandatory reports whether the command has mandatory parameters.
func (b *binder) hasMandatory() bool {
	if b.mandatory == 0 {
		b.mandatory = -1
		for _, p := range b.meta.Params {
			if p.Mandatory {
				b.mandatory = 1
			}
		}
	}
	return b.mandatory > 0
}
