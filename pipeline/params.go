package pipeline

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// ParamMeta describes one parameter of a command.
type ParamMeta struct {
	Name    string
	Aliases []string
	// Type is the Go type values convert to.
	Type reflect.Type
	// Position is the positional ordinal, or -1 for a named-only parameter.
	Position           int
	Mandatory          bool
	FromPipeline       bool
	FromPipelineByName bool
	// FromRemaining collects arguments nobody else takes.
	FromRemaining bool
	// ValidateSet lists the allowed values (case-insensitive), if any.
	ValidateSet []string
	// Help is the parameter's description for Get-Help.
	Help string
	// Default is the default value of a script function's parameter.
	Default any
	// Validators check a converted value ([ValidateScript], [ValidateRange],
	// ...); an error's text becomes the detail of PowerShell's "Cannot
	// validate argument on parameter" message.
	Validators []func(v any) error
	// AllowNull, AllowEmptyString and AllowEmptyCollection relax the
	// checks on mandatory parameters.
	AllowNull, AllowEmptyString, AllowEmptyCollection bool
	// Sets names the parameter sets the parameter belongs to; empty means
	// all sets.
	Sets []string
	// AsText makes a number typed as a command argument bind as the text
	// it was typed as, whatever the parameter's type: an identity parameter
	// that also takes piped objects is `any`, yet `Get-Mailbox 007` names
	// 007, not 7 (PowerShell keeps the text the same way for its
	// *IdParameter types). A [string] parameter always gets the text.
	AsText bool
	// TypeName, when set, is the .NET type name Get-Help and binding errors
	// show instead of the Go type's (an `any` identity parameter is
	// Exchange's MailboxIdParameter).
	TypeName string

	index  []int // struct field index for Go cmdlets
	ord    int   // position in CommandMeta.Params, for per-binder slices
	common bool  // a common parameter (-Verbose, -ErrorAction, ...)
}

// IsSwitch reports whether the parameter is a switch.
func (p *ParamMeta) IsSwitch() bool { return p.Type == switchParamType }

// TypeDisplayName is the .NET-like name of the parameter's type, used in
// binding error messages and Get-Help syntax.
func (p *ParamMeta) TypeDisplayName() string {
	if p.TypeName != "" {
		return p.TypeName
	}
	return GoTypeDisplayName(p.Type)
}

// CommandMeta is the parameter metadata of a command.
type CommandMeta struct {
	Params []*ParamMeta
	// Advanced commands (cmdlets, [CmdletBinding()] functions) take the
	// common parameters and reject unknown named parameters.
	Advanced bool
	// SupportsShouldProcess adds -WhatIf and -Confirm.
	SupportsShouldProcess bool
	// PositionalBinding is false when [CmdletBinding(PositionalBinding=$false)].
	PositionalBinding bool
	// DefaultSet is the DefaultParameterSetName.
	DefaultSet string
	// ConfirmImpact is Low, Medium or High: ShouldProcess asks for
	// confirmation when it reaches $ConfirmPreference (default High).
	ConfirmImpact string
}

// Param returns the parameter with exactly this name (case-insensitive).
func (m *CommandMeta) Param(name string) *ParamMeta {
	for _, p := range m.Params {
		if strings.EqualFold(p.Name, name) {
			return p
		}
	}
	return nil
}

// TakesPipelineInput reports whether any parameter binds from the pipeline.
func (m *CommandMeta) TakesPipelineInput() bool {
	for _, p := range m.Params {
		if p.FromPipeline || p.FromPipelineByName {
			return true
		}
	}
	return false
}

// DynamicCmdlet is implemented by cmdlets whose parameters are not struct
// fields: script functions and Lua cmdlets. The binder calls Parameters once
// per command instance and SetParameter for each bound value.
type DynamicCmdlet interface {
	Cmdlet
	Parameters() *CommandMeta
	SetParameter(p *ParamMeta, value any) error
}

var switchParamType = reflect.TypeFor[Switch]()

var metaCache sync.Map // reflect.Type -> *CommandMeta

// MetaOf returns the parameter metadata of a cmdlet, reflected once per type
// from its `param` struct tags and cached.
func MetaOf(c Cmdlet) (*CommandMeta, error) {
	if d, ok := c.(DynamicCmdlet); ok {
		return d.Parameters(), nil
	}
	t := reflect.TypeOf(c)
	if m, ok := metaCache.Load(t); ok {
		return m.(*CommandMeta), nil
	}
	m, err := reflectMeta(t)
	if err != nil {
		return nil, err
	}
	metaCache.Store(t, m)
	return m, nil
}

func reflectMeta(t reflect.Type) (*CommandMeta, error) {
	if t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct {
		return nil, fmt.Errorf("pipeline: cmdlet type %s must be a pointer to a struct", t)
	}
	m := &CommandMeta{Advanced: true, PositionalBinding: true}
	inst := reflect.New(t.Elem()).Interface()
	if sp, ok := inst.(ShouldProcesser); ok {
		m.SupportsShouldProcess = sp.SupportsShouldProcess()
	}
	if ci, ok := inst.(ConfirmImpacter); ok {
		m.ConfirmImpact = ci.ConfirmImpact()
	}
	if err := addFields(m, t.Elem(), nil); err != nil {
		return nil, err
	}
	if err := checkPositions(m); err != nil {
		return nil, fmt.Errorf("pipeline: cmdlet type %s: %w", t, err)
	}
	return m, nil
}

// checkPositions rejects two parameters with the same position in a
// parameter set they share: the binder could not tell which one an
// argument is for.
func checkPositions(m *CommandMeta) error {
	for i, p := range m.Params {
		for _, q := range m.Params[:i] {
			if p.Position >= 0 && p.Position == q.Position && setsOverlap(p, q) {
				return fmt.Errorf("parameters %s and %s both have position %d", q.Name, p.Name, p.Position)
			}
		}
	}
	return nil
}

// setsOverlap reports whether p and q can be bound together.
func setsOverlap(p, q *ParamMeta) bool {
	if len(p.Sets) == 0 || len(q.Sets) == 0 {
		return true
	}
	for _, s := range p.Sets {
		if inSet(q, s) {
			return true
		}
	}
	return false
}

func addFields(m *CommandMeta, st reflect.Type, prefix []int) error {
	for i := 0; i < st.NumField(); i++ {
		f := st.Field(i)
		idx := append(append([]int(nil), prefix...), i)
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			if err := addFields(m, f.Type, idx); err != nil {
				return err
			}
			continue
		}
		tag, ok := f.Tag.Lookup("param")
		if !ok || !f.IsExported() || tag == "-" {
			continue
		}
		p, err := parseParamTag(f.Name, tag)
		if err != nil {
			return fmt.Errorf("pipeline: %s.%s: %w", st.Name(), f.Name, err)
		}
		p.Type, p.index = f.Type, idx
		p.Help = f.Tag.Get("help")
		p.ord = len(m.Params)
		m.Params = append(m.Params, p)
	}
	return nil
}

// parseParamTag reads `param:"Position=0,Mandatory,ValueFromPipeline,
// ValueFromPipelineByPropertyName,ValueFromRemainingArguments,Alias=Id|Identity,
// ValidateSet=A|B,Set=Name|Other,AsText,TypeName=MailboxIdParameter,
// AllowNull,AllowEmptyString,AllowEmptyCollection"`.
func parseParamTag(name, tag string) (*ParamMeta, error) {
	p := &ParamMeta{Name: name, Position: -1}
	for _, part := range strings.Split(tag, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		key, val, hasVal := strings.Cut(part, "=")
		switch strings.ToLower(key) {
		case "position":
			n, err := strconv.Atoi(val)
			if err != nil || !hasVal {
				return nil, fmt.Errorf("bad Position %q", val)
			}
			p.Position = n
		case "mandatory":
			p.Mandatory = true
		case "valuefrompipeline":
			p.FromPipeline = true
		case "valuefrompipelinebypropertyname":
			p.FromPipelineByName = true
		case "valuefromremainingarguments":
			p.FromRemaining = true
		case "alias":
			p.Aliases = append(p.Aliases, strings.Split(val, "|")...)
		case "validateset":
			p.ValidateSet = strings.Split(val, "|")
		case "name":
			p.Name = val
		case "set", "parametersetname":
			p.Sets = append(p.Sets, strings.Split(val, "|")...)
		case "astext":
			p.AsText = true
		case "typename":
			p.TypeName = val
		case "allownull":
			p.AllowNull = true
		case "allowemptystring":
			p.AllowEmptyString = true
		case "allowemptycollection":
			p.AllowEmptyCollection = true
		default:
			return nil, fmt.Errorf("unknown param tag key %q", key)
		}
	}
	return p, nil
}

// GoTypeDisplayName returns a .NET-like name for a parameter type, as
// binding errors print it ("System.String", "System.Int32[]").
func GoTypeDisplayName(t reflect.Type) string {
	if t == nil {
		return "System.Object"
	}
	switch t {
	case switchParamType:
		return "System.Management.Automation.SwitchParameter"
	case prefType:
		return "System.Management.Automation.ActionPreference"
	}
	switch t.Kind() {
	case reflect.String:
		if t.PkgPath() != "" {
			return t.Name()
		}
		return "System.String"
	case reflect.Bool:
		return "System.Boolean"
	case reflect.Int32:
		return "System.Int32"
	case reflect.Int, reflect.Int64:
		return "System.Int64"
	case reflect.Float64, reflect.Float32:
		return "System.Double"
	case reflect.Slice:
		return GoTypeDisplayName(t.Elem()) + "[]"
	case reflect.Interface:
		if t.Name() == "ScriptBlock" {
			return "System.Management.Automation.ScriptBlock"
		}
		return "System.Object"
	case reflect.Pointer:
		return GoTypeDisplayName(t.Elem())
	}
	if t.PkgPath() == "time" && t.Name() == "Time" {
		return "System.DateTime"
	}
	if t.Name() != "" {
		return t.Name()
	}
	return t.String()
}
