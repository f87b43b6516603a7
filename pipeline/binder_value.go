package pipeline

import (
	"reflect"
	"strings"
)

// set converts v to the parameter's type, validates it and stores it.
func (b *binder) set(p *ParamMeta, v any, pos Position) error {
	if sb, ok := v.(ScriptBlock); ok && (p.FromPipeline || p.FromPipelineByName) && !acceptsScriptBlock(p.Type) {
		if b.delayed == nil {
			b.delayed = map[*ParamMeta]ScriptBlock{}
		}
		b.delayed[p] = sb
		b.bound[p] = true
		return nil
	}
	cv, err := b.convert(p, v, pos)
	if err != nil {
		return err
	}
	if err := b.validate(p, cv, pos); err != nil {
		return err
	}
	b.bound[p] = true
	return b.store(p, cv)
}

func acceptsScriptBlock(t reflect.Type) bool {
	return t == nil || t.Kind() == reflect.Interface
}

func (b *binder) store(p *ParamMeta, v any) error {
	if isCommon(p) {
		b.values.set(p.Name, v)
		return nil
	}
	// After snapshot, anyDefaults says the cmdlet is not a DynamicCmdlet
	// (snapshot skips those), which spares the assertion per object.
	if b.anyDefaults == nil {
		if d, ok := b.cmdlet.(DynamicCmdlet); ok {
			return d.SetParameter(p, v)
		}
	}
	if ptr := b.anyPtr(p); ptr != nil {
		*ptr = v
		return nil
	}
	f := b.field(p)
	if v == nil {
		f.Set(reflect.Zero(f.Type()))
		return nil
	}
	rv := reflect.ValueOf(v)
	if !rv.Type().AssignableTo(f.Type()) {
		if !rv.Type().ConvertibleTo(f.Type()) {
			return &BindingError{Command: b.name, Param: p.Name, ID: "ParameterArgumentTransformationError",
				Msg: "Cannot process argument transformation on parameter '" + p.Name + "'. Cannot convert value to type \"" + p.TypeDisplayName() + "\"."}
		}
		rv = rv.Convert(f.Type())
	}
	f.Set(rv)
	return nil
}

func (b *binder) convert(p *ParamMeta, v any, pos Position) (any, error) {
	if p.Type == nil || p.Type == anyType {
		return v, nil
	}
	if k := p.Type.Kind(); k == reflect.Bool {
		switch x := v.(type) {
		case bool, Switch:
			return Convert(x, p.Type)
		case int32, int64, int, float64, uint8:
			return Convert(x, p.Type)
		}
		return nil, b.errorf("ParameterArgumentTransformationError", p.Name, pos,
			"Cannot process argument transformation on parameter '%s'. Cannot convert value \"%s\" to type \"System.Boolean\". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.",
			p.Name, TypeName(v))
	}
	if !b.meta.Advanced && p.Type.Kind() == reflect.Slice && p.Type.Elem().Kind() == reflect.Bool {
		var out []bool
		_ = Enumerate(v, func(x any) error { out = append(out, ToBool(x)); return nil })
		return out, nil
	}
	if b.meta.Advanced && p.Type.Kind() == reflect.Slice && p.Type.Elem().Kind() == reflect.Bool {
		var bad any
		_ = Enumerate(v, func(x any) error {
			switch x.(type) {
			case bool, Switch, int32, int64, int, float64, uint8:
			default:
				if bad == nil {
					bad = x
				}
			}
			return nil
		})
		if bad != nil {
			return nil, b.errorf("ParameterArgumentTransformationError", p.Name, pos,
				"Cannot process argument transformation on parameter '%s'. Cannot convert value \"%s\" to type \"System.Boolean\". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.",
				p.Name, TypeName(bad))
		}
	}
	if b.meta.Advanced && p.Type.Kind() == reflect.String && p.Type.PkgPath() == "" {
		if IsEnumerable(v) {
			return nil, b.errorf("ParameterArgumentTransformationError", p.Name, pos,
				"Cannot process argument transformation on parameter '%s'. Cannot convert value to type \"System.String\".", p.Name)
		}
	}
	cv, err := Convert(v, p.Type)
	if err != nil && isEnumType(p.Type) {
		// Enum values fail as a binding error, not a transformation.
		be := b.errorf("CannotConvertArgumentNoMessage", p.Name, pos,
			"Cannot bind parameter '%s'. %s", p.Name, err.Error())
		be.Err, be.Value = err, v
		return nil, be
	}
	if err != nil {
		be := b.errorf("ParameterArgumentTransformationError", p.Name, pos,
			"Cannot process argument transformation on parameter '%s'. %s", p.Name, err.Error())
		be.Err, be.Value = err, v
		return nil, be
	}
	return cv, nil
}

func (b *binder) validate(p *ParamMeta, v any, pos Position) error {
	if p.Mandatory {
		if v == nil && !p.AllowNull {
			return b.errorf("ParameterArgumentValidationErrorNullNotAllowed", p.Name, pos,
				"Cannot bind argument to parameter '%s' because it is null.", p.Name)
		}
		if s, ok := v.(string); ok && s == "" && !p.AllowEmptyString && !p.AllowNull {
			return b.errorf("ParameterArgumentValidationErrorEmptyStringNotAllowed", p.Name, pos,
				"Cannot bind argument to parameter '%s' because it is an empty string.", p.Name)
		}
		if isEmptySlice(v) && !p.AllowEmptyCollection {
			return b.errorf("ParameterArgumentValidationErrorEmptyArrayNotAllowed", p.Name, pos,
				"Cannot bind argument to parameter '%s' because it is an empty array.", p.Name)
		}
	}
	for _, check := range p.Validators {
		if err := check(v); err != nil {
			be := b.errorf("ParameterArgumentValidationError", p.Name, pos,
				"Cannot validate argument on parameter '%s'. %s", p.Name, err.Error())
			be.Err, be.Value = err, v
			return be
		}
	}
	if len(p.ValidateSet) == 0 || v == nil {
		return nil
	}
	return Enumerate(v, func(x any) error {
		s := ToString(x)
		for _, ok := range p.ValidateSet {
			if strings.EqualFold(ok, s) {
				return nil
			}
		}
		return b.errorf("ParameterArgumentValidationError", p.Name, pos,
			"Cannot validate argument on parameter '%s'. The argument \"%s\" does not belong to the set \"%s\" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.",
			p.Name, s, strings.Join(p.ValidateSet, ","))
	})
}

// field returns the settable struct field of a Go cmdlet's parameter.
func (b *binder) field(p *ParamMeta) reflect.Value {
	if b.fields == nil {
		rv := reflect.ValueOf(b.cmdlet).Elem()
		b.fields = make([]reflect.Value, len(b.meta.Params))
		for i, q := range b.meta.Params {
			b.fields[i] = rv.FieldByIndex(q.index)
		}
	}
	return b.fields[p.ord]
}

// literalFor is the value an argument gives parameter p: a number literal
// bound to a [string] or AsText parameter keeps its source text.
func literalFor(p *ParamMeta, a Argument) any {
	if a.Literal != "" && (p.AsText || p.Type != nil && p.Type.Kind() == reflect.String && p.Type.PkgPath() == "") {
		return a.Literal
	}
	return a.Value
}

// isEmptySlice reports whether v is an empty slice or array (never
// enumerating a lazy collection, which may be endless).
func isEmptySlice(v any) bool {
	if v == nil {
		return false
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		return rv.Len() == 0
	}
	return false
}

// anyPtr returns a pointer to p's struct field when its type is any.
func (b *binder) anyPtr(p *ParamMeta) *any {
	// The cache first: comparing p.Type (an interface) costs a call.
	if b.anyPtrs != nil && !p.common {
		if ptr := b.anyPtrs[p.ord]; ptr != nil {
			return ptr
		}
	}
	if p.Type != anyType {
		return nil
	}
	if b.anyPtrs == nil {
		b.anyPtrs = make([]*any, len(b.meta.Params))
	}
	if b.anyPtrs[p.ord] == nil {
		b.anyPtrs[p.ord] = b.field(p).Addr().Interface().(*any)
	}
	return b.anyPtrs[p.ord]
}

// isEnumType reports whether t is a string-based enum (a type with a
// Values method listing its names).
func isEnumType(t reflect.Type) bool {
	if t.Kind() != reflect.String || t.PkgPath() == "" {
		return false
	}
	_, ok := reflect.Zero(t).Interface().(EnumValues)
	return ok
}
