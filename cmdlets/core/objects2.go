package core

import (
	"fmt"
	"strings"
	"time"

	"github.com/psh-project/psh/pipeline"
)

// CompareObject is Compare-Object (compare, diff).
type CompareObject struct {
	ReferenceObject  []any           `param:"Position=0,Mandatory" help:"The reference set."`
	DifferenceObject []any           `param:"Position=1,Mandatory,ValueFromPipeline" help:"The set compared with it."`
	Property         []any           `param:"" help:"Compare these properties instead of the whole objects."`
	IncludeEqual     pipeline.Switch `param:"" help:"Also output objects in both sets (==)."`
	ExcludeDifferent pipeline.Switch `param:"" help:"Leave out objects in only one set."`
	PassThru         pipeline.Switch `param:"" help:"Output the objects themselves."`
	CaseSensitive    pipeline.Switch `param:"" help:"Compare strings case-sensitively."`

	diff []any
}

// Process collects the difference objects.
func (co *CompareObject) Process(c *pipeline.Context) error {
	co.diff = append(co.diff, co.DifferenceObject...)
	return nil
}

func (co *CompareObject) key(c *pipeline.Context, v any) string {
	if len(co.Property) == 0 {
		s := pipeline.ToString(v)
		if !co.CaseSensitive {
			s = strings.ToLower(s)
		}
		return s
	}
	specs, _ := parseProps(co.Property)
	var parts []string
	for _, p := range specs {
		x, _, _ := p.value(c, v)
		parts = append(parts, pipeline.ToString(x))
	}
	s := strings.Join(parts, "\x00")
	if !co.CaseSensitive {
		s = strings.ToLower(s)
	}
	return s
}

// End outputs the differences: SideIndicator => (only in difference),
// <= (only in reference), == (in both, with -IncludeEqual).
func (co *CompareObject) End(c *pipeline.Context) error {
	refCount := map[string]int{}
	for _, r := range co.ReferenceObject {
		refCount[co.key(c, r)]++
	}
	used := map[string]int{}
	emit := func(v any, side string) error {
		if co.PassThru {
			return c.Emit(v)
		}
		o := pipeline.NewPSObject()
		if len(co.Property) == 0 {
			o.Add("InputObject", v)
		} else {
			specs, _ := parseProps(co.Property)
			for _, p := range specs {
				x, _, _ := p.value(c, v)
				o.Add(p.name, x)
			}
		}
		o.Add("SideIndicator", side)
		return c.Emit(o)
	}
	var rightOnly []any
	for _, d := range co.diff {
		k := co.key(c, d)
		if used[k] < refCount[k] {
			used[k]++
			if co.IncludeEqual {
				if err := emit(d, "=="); err != nil {
					return err
				}
			}
			continue
		}
		rightOnly = append(rightOnly, d)
	}
	if co.ExcludeDifferent {
		return nil
	}
	for _, d := range rightOnly {
		if err := emit(d, "=>"); err != nil {
			return err
		}
	}
	for _, r := range co.ReferenceObject {
		k := co.key(c, r)
		if used[k] > 0 {
			used[k]--
			continue
		}
		if err := emit(r, "<="); err != nil {
			return err
		}
	}
	return nil
}

// TeeObject is Tee-Object (tee): passes objects on and saves them.
type TeeObject struct {
	InputObject any             `param:"ValueFromPipeline" help:"The objects."`
	FilePath    string          `param:"Position=0,Alias=Path" help:"A file to write the objects' text to."`
	Variable    string          `param:"" help:"A variable to store the objects in."`
	Append      pipeline.Switch `param:"" help:"Append to the file."`

	objs []any
}

// Process passes one object on.
func (t *TeeObject) Process(c *pipeline.Context) error {
	in, ok := inputOf(c, t.InputObject)
	if !ok {
		return nil
	}
	t.objs = append(t.objs, in)
	return c.Emit(in)
}

// End writes the variable or file.
func (t *TeeObject) End(c *pipeline.Context) error {
	if t.Variable != "" {
		var v any = t.objs
		if len(t.objs) == 1 {
			v = t.objs[0]
		}
		return c.Session().SetVariable(t.Variable, v)
	}
	if t.FilePath != "" {
		var b strings.Builder
		f := newFormatter(c, &b, 0)
		for _, o := range t.objs {
			_ = f.Write(displayValue(o))
		}
		_ = f.Close()
		if err := needFiles(c); err != nil {
			return err
		}
		p := c.Session().ResolvePath(t.FilePath)
		if err := writeText(p, b.String(), "", bool(t.Append)); err != nil {
			c.WriteError(ioError(err, "TeeObjectIOError", p))
		}
	}
	return nil
}

// NewObject is New-Object: [pscustomobject]s and a few .NET types.
type NewObject struct {
	TypeName     string              `param:"Position=0" help:"The type: PSObject / PSCustomObject, System.Collections.Hashtable, System.Collections.ArrayList, DateTime, TimeSpan."`
	ArgumentList []any               `param:"Position=1,Alias=Args" help:"Constructor arguments."`
	Property     *pipeline.Hashtable `param:"" help:"Properties to set (note properties of a PSObject)."`
}

// Process builds the object.
func (n *NewObject) Process(c *pipeline.Context) error {
	t := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(n.TypeName), "system."), "management.automation."))
	var v any
	switch t {
	case "psobject", "pscustomobject", "object":
		o := pipeline.NewPSObject()
		if n.Property != nil {
			for _, k := range n.Property.Keys() {
				x, _ := n.Property.Get(k)
				o.Add(pipeline.ToString(k), x)
			}
		}
		return c.Emit(o)
	case "collections.hashtable", "hashtable":
		v = pipeline.NewHashtable()
	case "collections.arraylist", "collections.generic.list[object]", "collections.generic.list[string]":
		v = pipeline.NewList(nil)
	case "datetime":
		parts := make([]int, 6)
		for i, a := range n.ArgumentList {
			if i < 6 {
				f, _ := toFloat(a)
				parts[i] = int(f)
			}
		}
		if len(n.ArgumentList) < 3 {
			parts[0], parts[1], parts[2] = 1, 1, 1
		}
		v = time.Date(parts[0], time.Month(parts[1]), parts[2], parts[3], parts[4], parts[5], 0, time.Local)
	case "timespan":
		var d time.Duration
		units := []time.Duration{time.Hour, time.Minute, time.Second}
		if len(n.ArgumentList) == 4 {
			units = []time.Duration{24 * time.Hour, time.Hour, time.Minute, time.Second}
		}
		for i, a := range n.ArgumentList {
			if i < len(units) {
				f, _ := toFloat(a)
				d += time.Duration(f) * units[i]
			}
		}
		v = d
	default:
		if ti, ok := pipeline.LookupType(n.TypeName); ok {
			if nv, err := ti.New(n.ArgumentList); err == nil {
				v = nv
				break
			}
		}
		if ti, ok := pipeline.LookupType(n.TypeName); ok && len(n.ArgumentList) == 1 {
			cv, err := pipeline.ConvertToType(n.ArgumentList[0], ti)
			if err != nil {
				return err
			}
			v = cv
			break
		}
		return pipeline.Errorf("TypeNotFound", pipeline.InvalidType, n.TypeName,
			"Cannot find type [%s]: verify that the assembly containing this type is loaded.", n.TypeName)
	}
	if n.Property != nil {
		for _, k := range n.Property.Keys() {
			x, _ := n.Property.Get(k)
			if err := pipeline.SetProperty(v, pipeline.ToString(k), x); err != nil {
				c.WriteError(err)
			}
		}
	}
	return c.Emit(v)
}

// MemberDefinition is one row of Get-Member's output.
type MemberDefinition struct {
	TypeName   string
	Name       string
	MemberType string
	Definition string
}

// PSTypeNames names the type for views.
func (m *MemberDefinition) PSTypeNames() []string {
	return []string{"Microsoft.PowerShell.Commands.MemberDefinition", "System.Object"}
}

// GetMember is Get-Member (gm).
type GetMember struct {
	InputObject any             `param:"ValueFromPipeline" help:"The objects to describe."`
	Name        []string        `param:"Position=0" help:"Member names (wildcards allowed)."`
	MemberType  []string        `param:"Alias=Type" help:"Only these member types: Property, NoteProperty, Method, Properties (all properties)."`
	Static      pipeline.Switch `param:"" help:"Accepted for compatibility."`
	Force       pipeline.Switch `param:"" help:"Accepted for compatibility."`

	seen map[string]bool
}

// Process describes each distinct input type once.
func (g *GetMember) Process(c *pipeline.Context) error {
	in, ok := inputOf(c, g.InputObject)
	if !ok || in == nil {
		return nil
	}
	tn := pipeline.TypeName(in)
	if names := pipeline.TypeNames(in); len(names) > 0 {
		tn = names[0]
	}
	if g.seen == nil {
		g.seen = map[string]bool{}
	}
	if g.seen[tn] {
		return nil
	}
	g.seen[tn] = true
	for _, m := range pipeline.Members(in) {
		if !anyMatch(g.Name, m.Name) || !memberTypeMatch(g.MemberType, m.MemberType) {
			continue
		}
		if err := c.Emit(&MemberDefinition{TypeName: tn, Name: m.Name, MemberType: m.MemberType, Definition: m.Definition}); err != nil {
			return err
		}
	}
	return nil
}

func memberTypeMatch(types []string, mt string) bool {
	if len(types) == 0 {
		return true
	}
	for _, t := range types {
		switch {
		case strings.EqualFold(t, "All"), strings.EqualFold(t, mt):
			return true
		case strings.EqualFold(t, "Properties") && strings.HasSuffix(mt, "Property"):
			return true
		case strings.EqualFold(t, "Methods") && mt == "Method":
			return true
		}
	}
	return false
}

// End is a no-op; it exists so that an empty input gives PowerShell's error.
func (g *GetMember) End(c *pipeline.Context) error {
	if g.seen == nil {
		return pipeline.Errorf("NoObjectInGetMember", pipeline.CloseError, nil,
			"You must specify an object for the Get-Member cmdlet.")
	}
	return nil
}

// AddMember is Add-Member: adds note properties to objects.
type AddMember struct {
	InputObject         any                 `param:"ValueFromPipeline,Mandatory" help:"The object to extend."`
	MemberType          string              `param:"Position=0,Alias=Type" help:"NoteProperty (the only kind psh adds; ScriptMethod etc. are not supported)."`
	Name                string              `param:"Position=1" help:"The member's name."`
	Value               any                 `param:"Position=2" help:"The member's value."`
	NotePropertyName    string              `param:"" help:"The note property's name."`
	NotePropertyValue   any                 `param:"" help:"The note property's value."`
	NotePropertyMembers *pipeline.Hashtable `param:"" help:"Several note properties at once."`
	PassThru            pipeline.Switch     `param:"" help:"Output the extended object."`
	Force               pipeline.Switch     `param:"" help:"Replace an existing member."`
}

// Process adds the members.
func (a *AddMember) Process(c *pipeline.Context) error {
	o, ok := a.InputObject.(*pipeline.PSObject)
	if !ok {
		return pipeline.Errorf("AddMemberNotSupported", pipeline.InvalidOperation, a.InputObject,
			"psh can add members only to [pscustomobject] values, not to %s.", pipeline.TypeName(a.InputObject))
	}
	add := func(name string, v any) error {
		if _, exists := o.Get(name); exists && !bool(a.Force) {
			return pipeline.Errorf("MemberAlreadyExists", pipeline.InvalidOperation, name,
				"Cannot add a member with the name \"%s\" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.", name)
		}
		o.Add(name, v)
		return nil
	}
	switch {
	case a.NotePropertyMembers != nil:
		for _, k := range a.NotePropertyMembers.Keys() {
			v, _ := a.NotePropertyMembers.Get(k)
			if err := add(pipeline.ToString(k), v); err != nil {
				c.WriteError(err)
			}
		}
	case a.NotePropertyName != "":
		if err := add(a.NotePropertyName, a.NotePropertyValue); err != nil {
			c.WriteError(err)
		}
	default:
		if a.MemberType != "" && !strings.EqualFold(a.MemberType, "NoteProperty") {
			return fmt.Errorf("Member type %s is not supported by psh; use NoteProperty.", a.MemberType)
		}
		if err := add(a.Name, a.Value); err != nil {
			c.WriteError(err)
		}
	}
	if a.PassThru {
		return c.Emit(o)
	}
	return nil
}

func memberViews() []pipeline.View {
	return []pipeline.View{{TypeName: "Microsoft.PowerShell.Commands.MemberDefinition", Kind: pipeline.TableView, Columns: []pipeline.Column{
		{Label: "Name", Property: "Name", Align: pipeline.AlignLeft},
		{Label: "MemberType", Property: "MemberType", Align: pipeline.AlignLeft},
		{Label: "Definition", Property: "Definition", Align: pipeline.AlignLeft},
	}, GroupBy: &pipeline.Column{Label: "TypeName", Property: "TypeName"}}, {TypeName: "System.Management.Automation.AliasInfo", Kind: pipeline.TableView, Columns: []pipeline.Column{
		{Label: "CommandType", Width: 15, Align: pipeline.AlignLeft, Value: func(any) any { return "Alias" }},
		{Label: "Name", Align: pipeline.AlignLeft, Value: func(o any) any {
			if a, ok := o.(*AliasInfo); ok {
				return a.Name + " -> " + a.Definition
			}
			return nil
		}},
	}}}
}
