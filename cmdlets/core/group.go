package core

import (
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// GroupInfo is one group of Group-Object's output.
type GroupInfo struct {
	Count  int32
	Name   string
	Group  []any
	Values []any

	noElement bool
}

// PSTypeNames names the type for views and Get-Member; a group built
// with -NoElement is a GroupInfoNoElement, shown without its Group column.
func (g *GroupInfo) PSTypeNames() []string {
	if g.noElement {
		return []string{"Microsoft.PowerShell.Commands.GroupInfoNoElement", "Microsoft.PowerShell.Commands.GroupInfo", "System.Object"}
	}
	return []string{"Microsoft.PowerShell.Commands.GroupInfo", "System.Object"}
}

// GroupObject is Group-Object (group): it groups objects with equal
// property values, in order of first appearance.
type GroupObject struct {
	InputObject   any             `param:"ValueFromPipeline" help:"The objects to group."`
	Property      []any           `param:"Position=0" help:"The properties (or script blocks, or calculated properties) to group by."`
	NoElement     pipeline.Switch `param:"" help:"Leave the Group property of the output empty."`
	AsHashTable   pipeline.Switch `param:"" help:"Output one hashtable: key -> array of the group's objects."`
	AsString      pipeline.Switch `param:"" help:"With -AsHashTable, use the group names (strings) as keys."`
	CaseSensitive pipeline.Switch `param:"" help:"Group strings case-sensitively."`

	ready  bool
	specs  []propSpec
	groups []*GroupInfo
	index  map[string]*GroupInfo
}

// Process adds one object to its group.
func (g *GroupObject) Process(c *pipeline.Context) error {
	if !g.ready {
		g.ready = true
		specs, err := parseProps(g.Property)
		if err != nil {
			return pipeline.NewError(err, "DictionaryKeyIllegal", pipeline.InvalidArgument, nil)
		}
		g.specs = specs
		g.index = map[string]*GroupInfo{}
	}
	in, ok := inputOf(c, g.InputObject)
	if !ok {
		return nil
	}
	var vals []any
	if len(g.specs) == 0 {
		vals = []any{in}
	}
	for _, p := range expandSpecs(g.specs, in, nil) {
		v, _, err := p.value(c, in)
		if err != nil {
			c.WriteError(pipeline.NewError(err, "GroupKeyFailed", pipeline.InvalidOperation, in))
		}
		vals = append(vals, v)
	}
	parts := make([]string, len(vals))
	for i, v := range vals {
		parts[i] = pipeline.ToString(v)
	}
	name := strings.Join(parts, ", ")
	key := name
	if !g.CaseSensitive {
		key = strings.ToLower(key)
	}
	gi := g.index[key]
	if gi == nil {
		gi = &GroupInfo{Name: name, Values: vals, Group: []any{}, noElement: bool(g.NoElement && !g.AsHashTable)}
		g.index[key] = gi
		g.groups = append(g.groups, gi)
	}
	gi.Count++
	if !g.NoElement || g.AsHashTable {
		gi.Group = append(gi.Group, in)
	}
	return nil
}

// End outputs the groups.
func (g *GroupObject) End(c *pipeline.Context) error {
	if g.AsHashTable {
		if len(g.groups) == 0 {
			return nil
		}
		h := pipeline.NewHashtable()
		for _, gi := range g.groups {
			var k any = gi.Name
			if !g.AsString && len(gi.Values) == 1 {
				k = gi.Values[0]
			} else if !g.AsString {
				k = gi.Values
			}
			h.Set(k, gi.Group)
		}
		return c.Emit(h)
	}
	for _, gi := range g.groups {
		if err := c.Emit(gi); err != nil {
			return err
		}
	}
	return nil
}

// groupViews are PowerShell's GroupInfo views: Count (5 wide, right),
// Name (25 wide) and Group; GroupInfoNoElement leaves Group out.
func groupViews() []pipeline.View {
	count := pipeline.Column{Label: "Count", Property: "Count", Width: 5, Align: pipeline.AlignRight}
	name := pipeline.Column{Label: "Name", Property: "Name", Width: 25, Align: pipeline.AlignLeft}
	return []pipeline.View{
		{TypeName: "Microsoft.PowerShell.Commands.GroupInfoNoElement", Kind: pipeline.TableView, Columns: []pipeline.Column{count, name}},
		{TypeName: "Microsoft.PowerShell.Commands.GroupInfo", Kind: pipeline.TableView, Columns: []pipeline.Column{
			count, name, {Label: "Group", Property: "Group", Align: pipeline.AlignLeft},
		}},
	}
}

var groupHelp = &pipeline.Help{
	Synopsis: "Groups objects that contain the same value for specified properties.",
	Description: "Group-Object outputs one GroupInfo (Count, Name, Group, Values) per distinct key, in the order the keys first appear. " +
		"Keys compare case-insensitively unless -CaseSensitive. -AsHashTable outputs a hashtable from key to group instead.",
	Examples: []pipeline.Example{
		{Code: "'a','b','a' | Group-Object", Remarks: "Two groups: a (Count 2) and b (Count 1)."},
		{Code: "Get-ChildItem | Group-Object Extension -NoElement", Remarks: "Counts files per extension."},
	},
}
