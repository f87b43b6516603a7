package lua

import (
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/psh-project/psh/pipeline"
	glua "github.com/yuin/gopher-lua"
)

// cmdSpec is what a psh.cmdlet declaration says about a command, built
// once when the module is imported and shared by every instance.
type cmdSpec struct {
	name string
	meta *pipeline.CommandMeta
	help *pipeline.Help
}

// cmdFns are a declaration's functions in one interpreter.
type cmdFns struct {
	begin, process, end *glua.LFunction
}

type decl struct {
	spec *cmdSpec
	fns  *cmdFns
}

var declKeys = []string{"name", "synopsis", "description", "notes", "examples", "params",
	"begin", "process", "end", "supports_should_process"}

var paramKeys = []string{"name", "type", "position", "mandatory", "pipeline", "pipeline_by_name",
	"aliases", "help", "validate_set", "default"}

// paramTypes are the type names a parameter declaration may use; "[]"
// after a name makes an array type.
var paramTypes = map[string]reflect.Type{
	"object":    reflect.TypeFor[any](),
	"string":    reflect.TypeFor[string](),
	"int":       reflect.TypeFor[int32](),
	"long":      reflect.TypeFor[int64](),
	"double":    reflect.TypeFor[float64](),
	"bool":      reflect.TypeFor[bool](),
	"switch":    reflect.TypeFor[pipeline.Switch](),
	"hashtable": reflect.TypeFor[*pipeline.Hashtable](),
}

// declare is psh.cmdlet{...}: it records a cmdlet declaration of the
// running chunk. A bad declaration raises an error at the call's line.
func (s *state) declare(L *glua.LState) int {
	t := L.CheckTable(1)
	d, err := parseDecl(t)
	if err != nil {
		L.RaiseError("psh.cmdlet: %s", err.Error())
	}
	for _, old := range s.decls {
		if strings.EqualFold(old.spec.name, d.spec.name) {
			L.RaiseError("psh.cmdlet: %s is declared twice", d.spec.name)
		}
	}
	s.decls = append(s.decls, d)
	return 0
}

func parseDecl(t *glua.LTable) (*decl, error) {
	if err := checkKeys(t, declKeys, "cmdlet"); err != nil {
		return nil, err
	}
	name, ok := t.RawGetString("name").(glua.LString)
	if !ok || strings.TrimSpace(string(name)) == "" {
		return nil, fmt.Errorf("a cmdlet needs a name (name = \"Verb-Noun\")")
	}
	if strings.ContainsAny(string(name), " \t\r\n|;&(){}$'\"`,") {
		return nil, fmt.Errorf("%q is not a valid command name: use Verb-Noun, without blanks or special characters", string(name))
	}
	spec := &cmdSpec{name: string(name), help: &pipeline.Help{Params: map[string]string{}},
		meta: &pipeline.CommandMeta{Advanced: true, PositionalBinding: true}}
	fns := &cmdFns{}
	var err error
	if fns.process, err = optFunc(t, "process", spec.name); err != nil {
		return nil, err
	}
	if fns.process == nil {
		return nil, fmt.Errorf("%s has no process function", spec.name)
	}
	if fns.begin, err = optFunc(t, "begin", spec.name); err != nil {
		return nil, err
	}
	if fns.end, err = optFunc(t, "end", spec.name); err != nil {
		return nil, err
	}
	spec.meta.SupportsShouldProcess = glua.LVAsBool(t.RawGetString("supports_should_process"))
	h := spec.help
	h.Synopsis = optString(t, "synopsis")
	h.Description = optString(t, "description")
	h.Notes = optString(t, "notes")
	if ex, ok := t.RawGetString("examples").(*glua.LTable); ok {
		ex.ForEach(func(_, v glua.LValue) {
			if e, ok := v.(*glua.LTable); ok {
				h.Examples = append(h.Examples, pipeline.Example{Code: optString(e, "code"), Remarks: optString(e, "remarks")})
			} else {
				h.Examples = append(h.Examples, pipeline.Example{Code: v.String()})
			}
		})
	}
	if err := parseParams(spec, t.RawGetString("params")); err != nil {
		return nil, err
	}
	return &decl{spec: spec, fns: fns}, nil
}

func parseParams(spec *cmdSpec, v glua.LValue) error {
	if v == glua.LNil {
		return nil
	}
	list, ok := v.(*glua.LTable)
	if !ok {
		return fmt.Errorf("%s: params must be a list of tables", spec.name)
	}
	for i := 1; i <= list.Len(); i++ {
		pt, ok := list.RawGetInt(i).(*glua.LTable)
		if !ok {
			return fmt.Errorf("%s: parameter %d must be a table", spec.name, i)
		}
		p, err := parseParam(pt, i)
		if err != nil {
			return fmt.Errorf("%s: %w", spec.name, err)
		}
		if spec.meta.Param(p.Name) != nil {
			return fmt.Errorf("%s: parameter %s is declared twice", spec.name, p.Name)
		}
		if pipeline.IsCommonParameter(p.Name) {
			return fmt.Errorf("%s: parameter %s is a common parameter every cmdlet already has", spec.name, p.Name)
		}
		for _, q := range spec.meta.Params {
			if p.Position >= 0 && q.Position == p.Position {
				return fmt.Errorf("%s: parameters %s and %s both have position %d", spec.name, q.Name, p.Name, p.Position)
			}
		}
		spec.meta.Params = append(spec.meta.Params, p)
		if p.Help != "" {
			spec.help.Params[p.Name] = p.Help
		}
	}
	return nil
}

func parseParam(t *glua.LTable, i int) (*pipeline.ParamMeta, error) {
	name, ok := t.RawGetString("name").(glua.LString)
	if !ok || !validName(string(name)) {
		return nil, fmt.Errorf("parameter %d needs a name made of letters, digits and _", i)
	}
	p := &pipeline.ParamMeta{Name: string(name), Position: -1}
	if err := checkKeys(t, paramKeys, "parameter "+p.Name); err != nil {
		return nil, err
	}
	typ, err := paramType(optString(t, "type"))
	if err != nil {
		return nil, fmt.Errorf("parameter %s: %w", p.Name, err)
	}
	p.Type = typ
	if pos, ok := t.RawGetString("position").(glua.LNumber); ok {
		if pos < 0 || float64(pos) != float64(int(pos)) {
			return nil, fmt.Errorf("parameter %s: position must be a whole number from 0", p.Name)
		}
		p.Position = int(pos)
	}
	p.Mandatory = glua.LVAsBool(t.RawGetString("mandatory"))
	p.FromPipeline = glua.LVAsBool(t.RawGetString("pipeline"))
	p.FromPipelineByName = glua.LVAsBool(t.RawGetString("pipeline_by_name"))
	p.Help = optString(t, "help")
	p.Aliases = optStrings(t, "aliases")
	p.ValidateSet = optStrings(t, "validate_set")
	if dv := t.RawGetString("default"); dv != glua.LNil {
		v, err := fromLua(dv)
		if err == nil {
			v, err = pipeline.Convert(v, p.Type)
		}
		if err != nil {
			return nil, fmt.Errorf("parameter %s: bad default: %w", p.Name, err)
		}
		p.Default = v
	} else if p.IsSwitch() {
		p.Default = pipeline.Switch(false)
	}
	return p, nil
}

func paramType(name string) (reflect.Type, error) {
	if name == "" {
		return paramTypes["object"], nil
	}
	base, array := strings.CutSuffix(strings.ToLower(strings.TrimSpace(name)), "[]")
	t, ok := paramTypes[base]
	if !ok {
		known := make([]string, 0, len(paramTypes))
		for k := range paramTypes {
			known = append(known, k)
		}
		sort.Strings(known)
		return nil, fmt.Errorf("unknown type %q (use %s, or one of them followed by [])", name, strings.Join(known, ", "))
	}
	if array {
		t = reflect.SliceOf(t)
	}
	return t, nil
}

func validName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// checkKeys rejects fields a declaration does not know, so a typo such as
// "madatory" is an error rather than silently ignored.
func checkKeys(t *glua.LTable, known []string, what string) error {
	for k, _ := t.Next(glua.LNil); k != glua.LNil; k, _ = t.Next(k) {
		ks, ok := k.(glua.LString)
		if !ok {
			return fmt.Errorf("%s: unexpected %s key %s", what, k.Type(), k.String())
		}
		found := false
		for _, n := range known {
			if string(ks) == n {
				found = true
				break
			}
		}
		if !found {
			return fmt.Errorf("%s: unknown field %q (known: %s)", what, string(ks), strings.Join(known, ", "))
		}
	}
	return nil
}

func optFunc(t *glua.LTable, key, cmd string) (*glua.LFunction, error) {
	switch v := t.RawGetString(key).(type) {
	case *glua.LNilType:
		return nil, nil
	case *glua.LFunction:
		return v, nil
	default:
		return nil, fmt.Errorf("%s: %s must be a function, not a %s", cmd, key, v.Type())
	}
}

func optString(t *glua.LTable, key string) string {
	if v := t.RawGetString(key); v != glua.LNil {
		return v.String()
	}
	return ""
}

// optStrings reads a string or a list of strings.
func optStrings(t *glua.LTable, key string) []string {
	switch v := t.RawGetString(key).(type) {
	case glua.LString:
		return []string{string(v)}
	case *glua.LTable:
		var out []string
		for i := 1; i <= v.Len(); i++ {
			out = append(out, v.RawGetInt(i).String())
		}
		return out
	}
	return nil
}
