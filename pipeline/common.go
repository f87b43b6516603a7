package pipeline

import (
	"reflect"
	"strings"
)

// ActionPreference is the value of -ErrorAction, -WarningAction and the
// $...Preference variables.
type ActionPreference string

// The action preferences.
const (
	Continue         ActionPreference = "Continue"
	SilentlyContinue ActionPreference = "SilentlyContinue"
	Stop             ActionPreference = "Stop"
	Inquire          ActionPreference = "Inquire"
	Ignore           ActionPreference = "Ignore"
	Break            ActionPreference = "Break"
)

// Values lists the allowed values, for conversion and completion, in the
// order of their numbers in .NET (SilentlyContinue is 0, Stop 1, ...).
func (ActionPreference) Values() []string {
	return []string{"SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend", "Break"}
}

// preferenceNumber converts an integer to the preference with that number,
// as PowerShell converts an enum from its value: `-ErrorAction 0` is
// SilentlyContinue.
func preferenceNumber(v any) (ActionPreference, bool) {
	var n int64
	switch x := v.(type) {
	case int32:
		n = int64(x)
	case int64:
		n = x
	case int:
		n = int64(x)
	default:
		return "", false
	}
	names := ActionPreference("").Values()
	if n < 0 || n >= int64(len(names)) {
		return "", false
	}
	return ActionPreference(names[n]), true
}

// ParsePreference converts a preference variable's value; unknown values
// give def.
func ParsePreference(v any, def ActionPreference) ActionPreference {
	switch x := v.(type) {
	case ActionPreference:
		return x
	case nil:
		return def
	}
	if p, ok := preferenceNumber(v); ok {
		return p
	}
	s := ToString(v)
	for _, name := range ActionPreference("").Values() {
		if strings.EqualFold(s, name) {
			return ActionPreference(name)
		}
	}
	return def
}

// CommonParams holds the common parameters bound for one command.
type CommonParams struct {
	Verbose, Debug, WhatIf, Confirm Switch
	ErrorAction, WarningAction      ActionPreference
	InformationAction               ActionPreference
	ProgressAction                  ActionPreference
	ErrorVariable, WarningVariable  string
	InformationVariable             string
	OutVariable, PipelineVariable   string
	OutBuffer                       int32
}

type commonParam struct {
	meta       *ParamMeta
	shouldProc bool
	field      string
}

var prefType = reflect.TypeFor[ActionPreference]()

func newCommon(name, alias string, t reflect.Type, sp bool) commonParam {
	return commonParam{meta: &ParamMeta{Name: name, Aliases: []string{alias}, Type: t, Position: -1, common: true}, shouldProc: sp, field: name}
}

// commonParamList returns the common parameters in PowerShell's order.
func commonParamList() []commonParam {
	str, sw := reflect.TypeFor[string](), switchParamType
	return []commonParam{
		newCommon("Verbose", "vb", sw, false),
		newCommon("Debug", "db", sw, false),
		newCommon("ErrorAction", "ea", prefType, false),
		newCommon("WarningAction", "wa", prefType, false),
		newCommon("InformationAction", "infa", prefType, false),
		newCommon("ProgressAction", "proga", prefType, false),
		newCommon("ErrorVariable", "ev", str, false),
		newCommon("WarningVariable", "wv", str, false),
		newCommon("InformationVariable", "iv", str, false),
		newCommon("OutVariable", "ov", str, false),
		newCommon("OutBuffer", "ob", reflect.TypeFor[int32](), false),
		newCommon("PipelineVariable", "pv", str, false),
		newCommon("WhatIf", "wi", sw, true),
		newCommon("Confirm", "cf", sw, true),
	}
}

var commonParams = commonParamList()

// IsCommonParameter reports whether name (any case) is a common parameter
// or its alias (-Verbose, -ea ...), which a command may not declare.
func IsCommonParameter(name string) bool {
	for _, c := range commonParams {
		if strings.EqualFold(c.meta.Name, name) {
			return true
		}
		for _, a := range c.meta.Aliases {
			if strings.EqualFold(a, name) {
				return true
			}
		}
	}
	return false
}

// CommonParameterNames lists the common parameters in PowerShell's order.
func CommonParameterNames() []string {
	out := make([]string, len(commonParams))
	for i, p := range commonParams {
		out[i] = p.meta.Name
	}
	return out
}

// Value returns the value of the common parameter name, as
// $PSBoundParameters shows it.
func (c *CommonParams) Value(name string) (any, bool) {
	switch strings.ToLower(name) {
	case "verbose":
		return c.Verbose, true
	case "debug":
		return c.Debug, true
	case "whatif":
		return c.WhatIf, true
	case "confirm":
		return c.Confirm, true
	case "erroraction":
		return c.ErrorAction, true
	case "warningaction":
		return c.WarningAction, true
	case "informationaction":
		return c.InformationAction, true
	case "progressaction":
		return c.ProgressAction, true
	case "errorvariable":
		return c.ErrorVariable, true
	case "warningvariable":
		return c.WarningVariable, true
	case "informationvariable":
		return c.InformationVariable, true
	case "outvariable":
		return c.OutVariable, true
	case "outbuffer":
		return c.OutBuffer, true
	case "pipelinevariable":
		return c.PipelineVariable, true
	}
	return nil, false
}

// commonFor returns the common parameters a command takes.
func commonFor(m *CommandMeta) []*ParamMeta {
	if !m.Advanced {
		return nil
	}
	var out []*ParamMeta
	for _, c := range commonParams {
		if c.shouldProc && !m.SupportsShouldProcess {
			continue
		}
		out = append(out, c.meta)
	}
	return out
}

func isCommon(p *ParamMeta) bool { return p.common }

// set stores a converted common parameter value.
func (cp *CommonParams) set(name string, v any) {
	f := reflect.ValueOf(cp).Elem().FieldByName(name)
	if f.IsValid() {
		f.Set(reflect.ValueOf(v).Convert(f.Type()))
	}
}
