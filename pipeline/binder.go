package pipeline

import (
	"reflect"
	"slices"
	"strings"
)

// Argument is one command argument as the interpreter hands it to the
// binder: either a parameter token (-Name, -Name:value) or a value.
type Argument struct {
	// IsParam marks a parameter token; Name is its name without the dash.
	IsParam bool
	Name    string
	// Value is the argument's value, or the value after -Name: when
	// HasValue is set on a parameter token.
	Value    any
	HasValue bool
	// Text is the token as written ("-Pop", or a bare word), used when a
	// simple function receives it in $args.
	Text string
	// Splatted marks arguments that came from @hashtable splatting; named
	// ones bind after the explicit ones, which win.
	Splatted bool
	Pos      Position

	// Literal is the source text of a number literal argument; a [string]
	// parameter receives it as written (`34uy`, `0x10`).
	Literal string

	// extraOnly marks an unknown -Name token passed through to $args:
	// it never binds to a positional parameter.
	extraOnly bool
}

// ArgsReceiver is implemented by commands (simple script functions) that
// take arguments no parameter accepted, as $args.
type ArgsReceiver interface {
	SetArgs(args []any)
}

type binder struct {
	name    string
	cmdlet  Cmdlet
	meta    *CommandMeta
	common  []*ParamMeta
	values  *CommonParams
	bound   map[*ParamMeta]bool
	delayed map[*ParamMeta]ScriptBlock
	// pipeBound lists the parameters bound from the current input object.
	pipeBound []*ParamMeta
	defaults  []reflect.Value
	fields    []reflect.Value // settable struct fields by ParamMeta.ord
	pos       Position
	// pipeParams caches the pipeline-bindable parameters; mandatory
	// caches whether any parameter is mandatory (0 unknown, 1 yes, -1 no).
	pipeParams []*ParamMeta
	mandatory  int
	// anyPtrs holds direct pointers to `any`-typed fields (no reflection
	// on the per-object path).
	anyPtrs []*any
	// anyDefaults holds the values of `any`-typed pipeline parameters
	// before any input (defaults' values, unboxed once); plainReset says
	// the cmdlet is neither a ParameterResetter nor a DynamicCmdlet.
	anyDefaults []any
	plainReset  bool
	singleAny   bool // the one pipeline parameter is by value and of type any (set with pipeParams)
}

func newBinder(name string, c Cmdlet, m *CommandMeta, pos Position) *binder {
	return &binder{name: name, cmdlet: c, meta: m, common: commonFor(m), values: &CommonParams{},
		bound: map[*ParamMeta]bool{}, pos: pos}
}

// resolve finds the parameter a -Name token names: exact name or alias
// first, then a unique prefix of names and aliases.
func (b *binder) resolve(a Argument) (*ParamMeta, error) {
	all := slices.Concat(b.meta.Params, b.common)
	for _, p := range all {
		if strings.EqualFold(p.Name, a.Name) {
			return p, nil
		}
		for _, al := range p.Aliases {
			if strings.EqualFold(al, a.Name) {
				return p, nil
			}
		}
	}
	var cands []*ParamMeta
	lname := strings.ToLower(a.Name)
	for _, p := range all {
		if strings.HasPrefix(strings.ToLower(p.Name), lname) {
			cands = append(cands, p)
			continue
		}
		for _, al := range p.Aliases {
			if strings.HasPrefix(strings.ToLower(al), lname) {
				cands = append(cands, p)
				break
			}
		}
	}
	if len(cands) > 1 {
		var declared []*ParamMeta
		for _, p := range cands {
			if !isCommon(p) {
				declared = append(declared, p)
			}
		}
		if len(declared) == 1 {
			return declared[0], nil
		}
		var sb strings.Builder
		for _, p := range cands {
			sb.WriteString(" -" + p.Name)
		}
		return nil, b.errorf("AmbiguousParameter", a.Name, a.Pos,
			"Parameter cannot be processed because the parameter name '%s' is ambiguous. Possible matches include:%s.", a.Name, sb.String())
	}
	if len(cands) == 1 {
		return cands[0], nil
	}
	return nil, nil
}

// bindArgs binds the command-line arguments: named ones first (explicit,
// then splatted), then positional ones in Position order, then leftovers.
func (b *binder) bindArgs(args []Argument) error {
	var positional []Argument
	var splatNamed []Argument
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !a.IsParam {
			positional = append(positional, a)
			continue
		}
		if a.Splatted {
			splatNamed = append(splatNamed, a)
			continue
		}
		p, err := b.resolve(a)
		if err != nil {
			return err
		}
		if p == nil {
			_, dynamic := b.cmdlet.(DynamicCmdlet)
			if !b.meta.Advanced || (dynamic && b.hasRemaining()) {
				positional = append(positional, Argument{Value: a.Text, Text: a.Text, Pos: a.Pos, extraOnly: true})
				if a.HasValue {
					positional = append(positional, Argument{Value: a.Value, Pos: a.Pos, extraOnly: true})
				}
				continue
			}
			return b.errorf("NamedParameterNotFound", a.Name, a.Pos,
				"A parameter cannot be found that matches parameter name '%s'.", a.Name)
		}
		if b.bound[p] {
			return b.errorf("ParameterAlreadyBound", p.Name, a.Pos,
				"Cannot bind parameter because parameter '%s' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, \"-parameter value1,value2,value3\".", p.Name)
		}
		val, hasVal := a.Value, a.HasValue
		if hasVal {
			val = literalFor(p, a) // -Identity:007
		}
		if p.IsSwitch() {
			if !hasVal {
				val, hasVal = Switch(true), true
			}
		} else if !hasVal {
			if i+1 >= len(args) || (args[i+1].IsParam && b.wouldResolve(args[i+1])) {
				return b.errorf("MissingArgument", p.Name, a.Pos,
					"Missing an argument for parameter '%s'. Specify a parameter of type '%s' and try again.", p.Name, p.TypeDisplayName())
			}
			i++
			next := args[i]
			val = literalFor(p, next)
			if next.IsParam {
				val = next.Text
			}
		}
		if err := b.set(p, val, a.Pos); err != nil {
			return err
		}
	}
	for _, a := range splatNamed {
		p, err := b.resolve(a)
		if err != nil {
			return err
		}
		if p == nil {
			if !b.meta.Advanced {
				positional = append(positional, Argument{Value: "-" + a.Name + ":", Pos: a.Pos, extraOnly: true},
					Argument{Value: a.Value, Pos: a.Pos, extraOnly: true})
				continue
			}
			return b.errorf("NamedParameterNotFound", a.Name, a.Pos,
				"A parameter cannot be found that matches parameter name '%s'.", a.Name)
		}
		if b.bound[p] {
			continue
		}
		val := a.Value
		if p.IsSwitch() && !a.HasValue {
			val = Switch(true)
		}
		if err := b.set(p, val, a.Pos); err != nil {
			return err
		}
	}
	return b.bindPositional(positional)
}

func (b *binder) hasRemaining() bool {
	for _, p := range b.meta.Params {
		if p.FromRemaining {
			return true
		}
	}
	return false
}

func (b *binder) wouldResolve(a Argument) bool {
	p, err := b.resolve(a)
	return p != nil || err != nil
}

func (b *binder) bindPositional(args []Argument) error {
	if err := b.checkSets(); err != nil {
		return err
	}
	var slots []*ParamMeta
	for _, p := range b.meta.Params {
		if p.Position >= 0 && !b.bound[p] {
			slots = append(slots, p)
		}
	}
	slices.SortStableFunc(slots, func(x, y *ParamMeta) int { return x.Position - y.Position })
	// nextSlot drops the slots that no longer fit the parameter set chosen
	// so far (or the default set, while none is chosen).
	nextSlot := func() bool {
		for len(slots) > 0 && (b.bound[slots[0]] || !b.setCompatible(slots[0]) || !b.inDefaultSet(slots[0])) {
			slots = slots[1:]
		}
		return len(slots) > 0
	}
	var rest []any
	var restArgs []Argument
	for i, a := range args {
		if !a.extraOnly && nextSlot() {
			p := slots[0]
			slots = slots[1:]
			if p.FromRemaining && !nextSlot() && i+1 < len(args) {
				// A positional parameter that also takes the remaining
				// arguments (Write-Output 1 2 3) gets them all.
				var all []any
				for _, r := range args[i:] {
					all = append(all, r.Value)
				}
				return b.set(p, all, a.Pos)
			}
			if err := b.set(p, literalFor(p, a), a.Pos); err != nil {
				return err
			}
			continue
		}
		rest = append(rest, a.Value)
		restArgs = append(restArgs, a)
	}
	if len(rest) == 0 {
		return nil
	}
	for _, p := range b.meta.Params {
		if p.FromRemaining && !b.bound[p] {
			return b.set(p, rest, restArgs[0].Pos)
		}
	}
	if r, ok := b.cmdlet.(ArgsReceiver); ok && !b.meta.Advanced {
		r.SetArgs(rest)
		return nil
	}
	return b.errorf("PositionalParameterNotFound", "", restArgs[0].Pos,
		"A positional parameter cannot be found that accepts argument '%s'.", ToString(rest[0]))
}

// checkMandatory reports missing mandatory parameters; with pipeline input
// coming, those that can bind from it are checked per object instead.
func (b *binder) checkMandatory(expectInput bool) error {
	set := b.parameterSet(func(p *ParamMeta) bool {
		return b.bound[p] || expectInput && p.Mandatory && (p.FromPipeline || p.FromPipelineByName)
	})
	var missing []string
	for _, p := range b.meta.Params {
		if !p.Mandatory || b.bound[p] || set != "" && !inSet(p, set) {
			continue
		}
		if expectInput && (p.FromPipeline || p.FromPipelineByName) {
			continue
		}
		missing = append(missing, p.Name)
	}
	if len(missing) == 0 {
		return nil
	}
	return b.errorf("MissingMandatoryParameter", missing[0], b.pos,
		"Cannot process command because of one or more missing mandatory parameters: %s.", strings.Join(missing, " "))
}
