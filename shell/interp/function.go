package interp

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell/syntax"
)

// paramDef is a compiled parameter declaration.
type paramDef struct {
	meta *pipeline.ParamMeta
	name string
	typ  string             // type name as written, "" for none
	ti   *pipeline.TypeInfo // the type typ names, resolved once; nil for none or unknown
	def  evalFn
	isSw bool
	pos  pipeline.Position
}

var (
	switchGoType = reflect.TypeFor[pipeline.Switch]()
	boolGoType   = reflect.TypeFor[bool]()
)

// params compiles a param block. Functions are advanced when they carry
// [CmdletBinding()] or any [Parameter()] attribute.
func (c *compiler) params(list []*syntax.Parameter, attrs []*syntax.Attribute) ([]*paramDef, *pipeline.CommandMeta) {
	meta := &pipeline.CommandMeta{PositionalBinding: true}
	for _, a := range attrs {
		if strings.EqualFold(a.Name, "CmdletBinding") {
			meta.Advanced = true
			for _, arg := range a.Args {
				if strings.EqualFold(arg.Name, "SupportsShouldProcess") {
					meta.SupportsShouldProcess = arg.Value == nil || c.attrBool(arg.Value)
				}
				if strings.EqualFold(arg.Name, "PositionalBinding") && arg.Value != nil && !c.attrBool(arg.Value) {
					meta.PositionalBinding = false
				}
				if strings.EqualFold(arg.Name, "DefaultParameterSetName") && arg.Value != nil {
					meta.DefaultSet = c.attrString(arg.Value)
				}
				if strings.EqualFold(arg.Name, "ConfirmImpact") && arg.Value != nil {
					meta.ConfirmImpact = c.attrString(arg.Value)
				}
			}
		}
	}
	var defs []*paramDef
	explicitPos := false
	for _, p := range list {
		d := &paramDef{name: p.Name.BaseName(), pos: c.src.pos(p.Pos, p.EndPos)}
		pm := &pipeline.ParamMeta{Name: d.name, Position: -1}
		for _, t := range p.Types {
			d.typ = t.Name
		}
		if d.typ != "" {
			d.ti, _ = pipeline.LookupType(d.typ)
		}
		switch strings.ToLower(d.typ) {
		case "switch", "system.management.automation.switchparameter":
			d.isSw = true
			pm.Type = switchGoType
		case "bool", "boolean", "system.boolean":
			pm.Type = boolGoType
		case "bool[]", "boolean[]", "system.boolean[]":
			pm.Type = reflect.TypeFor[[]bool]()
		case "":
		default:
			if d.ti != nil && d.ti.Type != nil && d.ti.Type.Kind() != reflect.Interface {
				pm.Type = d.ti.Type
			}
		}
		for _, a := range p.Attributes {
			switch strings.ToLower(a.Name) {
			case "parameter":
				meta.Advanced = true
				for _, arg := range a.Args {
					switch strings.ToLower(arg.Name) {
					case "mandatory":
						pm.Mandatory = arg.Value == nil || c.attrBool(arg.Value)
					case "position":
						if arg.Value != nil {
							if n, ok := c.attrInt(arg.Value); ok {
								pm.Position = n
								explicitPos = true
							}
						}
					case "valuefrompipeline":
						pm.FromPipeline = arg.Value == nil || c.attrBool(arg.Value)
					case "valuefrompipelinebypropertyname":
						pm.FromPipelineByName = arg.Value == nil || c.attrBool(arg.Value)
					case "valuefromremainingarguments":
						pm.FromRemaining = arg.Value == nil || c.attrBool(arg.Value)
					case "helpmessage":
						pm.Help = c.attrString(arg.Value)
					case "parametersetname":
						if n := c.attrString(arg.Value); n != "__AllParameterSets" {
							pm.Sets = append(pm.Sets, n)
						}
					}
				}
			case "alias":
				for _, arg := range a.Args {
					if arg.Name == "" && arg.Value != nil {
						pm.Aliases = append(pm.Aliases, c.attrString(arg.Value))
					}
				}
			case "validatescript", "validaterange", "validatepattern", "validatenotnull",
				"validatenotnullorempty", "validatelength", "validatecount":
				if v := c.validator(a); v != nil {
					pm.Validators = append(pm.Validators, v)
				}
			case "allownull":
				pm.AllowNull = true
			case "allowemptystring":
				pm.AllowEmptyString = true
			case "allowemptycollection":
				pm.AllowEmptyCollection = true
			case "validateset":
				for _, arg := range a.Args {
					if arg.Name == "" && arg.Value != nil {
						pm.ValidateSet = append(pm.ValidateSet, c.attrString(arg.Value))
					}
				}
			}
		}
		if p.Default != nil {
			d.def = c.argExpr(p.Default)
		}
		d.meta = pm
		defs = append(defs, d)
		meta.Params = append(meta.Params, pm)
	}
	if !explicitPos && meta.PositionalBinding {
		n := 0
		for _, d := range defs {
			if !d.isSw {
				d.meta.Position = n
				n++
			}
		}
	}
	return defs, meta
}

// Attribute arguments are constant expressions; these read them without
// a running interpreter.
func (c *compiler) attrValue(e *syntax.ArgExpr) any {
	if e == nil {
		return nil
	}
	v, err := c.argExpr(e)(c.in)
	if err != nil {
		return nil
	}
	return v
}

func (c *compiler) attrBool(e *syntax.ArgExpr) bool     { return pipeline.ToBool(c.attrValue(e)) }
func (c *compiler) attrString(e *syntax.ArgExpr) string { return pipeline.ToString(c.attrValue(e)) }
func (c *compiler) attrInt(e *syntax.ArgExpr) (int, bool) {
	v, err := pipeline.Convert(c.attrValue(e), reflect.TypeFor[int]())
	if err != nil {
		return 0, false
	}
	return v.(int), true
}

// function is a defined function or filter.
type function struct {
	name   string
	body   *compiledBlock
	filter bool
	// path is the full path of a script file run as a command.
	path string
}

func (f *function) info() *pipeline.CommandInfo {
	t := pipeline.FunctionCommand
	if f.filter {
		t = pipeline.FilterCommand
	}
	return &pipeline.CommandInfo{Name: f.name, Type: t, Definition: f.body.text,
		New: func() pipeline.Cmdlet { return &funcCmdlet{fn: f} }}
}

func (c *compiler) functionDef(s *syntax.FunctionDef) execFn {
	filter := strings.EqualFold(s.Kind, "filter")
	body := c.scriptBody(s.Body, s.Text, s.Params, filter)
	name := s.Name
	return func(in *Interp, _ func(any) error) error {
		qual, rest := splitScope(name)
		in.scopeFor(qual).setFunc(strings.ToLower(rest), &function{name: rest, body: body, filter: filter})
		return nil
	}
}

// paramError is a conversion failure while binding a function parameter.
func paramError(fn string, d *paramDef, err error) error {
	return &pipeline.BindingError{Command: fn, Param: d.name, ID: "ParameterArgumentTransformationError",
		Msg: fmt.Sprintf("Cannot process argument transformation on parameter '%s'. %s", d.name, err.Error()), Err: err}
}
