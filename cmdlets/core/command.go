package core

import (
	"fmt"
	"slices"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// GetCommand is Get-Command (gcm): the commands the session knows.
type GetCommand struct {
	Name        []string        `param:"Position=0,ValueFromPipeline" help:"Command names (wildcards allowed)."`
	Verb        []string        `param:"" help:"Only commands with these verbs (wildcards allowed)."`
	Noun        []string        `param:"" help:"Only commands with these nouns (wildcards allowed)."`
	CommandType []string        `param:"Alias=Type,ValidateSet=Alias|Function|Filter|Cmdlet|Application|ExternalScript|All" help:"Only commands of these types."`
	Module      []string        `param:"" help:"Only commands from these modules."`
	Syntax      pipeline.Switch `param:"" help:"Output the command's syntax instead of the command."`
}

// Process lists the matching commands, sorted by name.
func (g *GetCommand) Process(c *pipeline.Context) error {
	all := c.Session().Commands()
	var out []*pipeline.CommandInfo
	for _, ci := range all {
		if g.matches(ci) {
			out = append(out, ci)
		}
	}
	slices.SortStableFunc(out, func(a, b *pipeline.CommandInfo) int {
		return pipeline.CompareStrings(a.Name, b.Name, false)
	})
	out = slices.CompactFunc(out, func(a, b *pipeline.CommandInfo) bool { return strings.EqualFold(a.Name, b.Name) && a.Type == b.Type })
	for _, n := range g.Name {
		if pipeline.HasWildcard(n) {
			continue
		}
		found := false
		for _, ci := range out {
			if strings.EqualFold(ci.Name, n) {
				found = true
			}
		}
		if !found {
			if ci, ok := c.Session().LookupCommand(n); ok {
				out = append(out, ci)
				continue
			}
			c.WriteError(pipeline.NewError(fmt.Errorf("The term '%s' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.", n),
				"CommandNotFoundException", pipeline.ObjectNotFound, n))
		}
	}
	for _, ci := range out {
		var v any = ci
		if g.Syntax {
			v = syntaxOf(ci)
		}
		if err := c.Emit(v); err != nil {
			return err
		}
	}
	return nil
}

func anyMatch(pats []string, s string) bool {
	if len(pats) == 0 {
		return true
	}
	for _, p := range pats {
		if pipeline.CompileWildcard(p, false).Match(s) {
			return true
		}
	}
	return false
}

func (g *GetCommand) matches(ci *pipeline.CommandInfo) bool {
	if !anyMatch(g.Name, ci.Name) {
		return false
	}
	verb, noun, _ := strings.Cut(ci.Name, "-")
	if len(g.Verb) > 0 && (ci.Type == pipeline.AliasCommand || !anyMatch(g.Verb, verb)) {
		return false
	}
	if len(g.Noun) > 0 && (ci.Type == pipeline.AliasCommand || !anyMatch(g.Noun, noun)) {
		return false
	}
	if len(g.CommandType) > 0 && !slices.ContainsFunc(g.CommandType, func(t string) bool {
		return strings.EqualFold(t, "All") || strings.EqualFold(t, string(ci.Type))
	}) {
		return false
	}
	if len(g.Module) > 0 && !anyMatch(g.Module, ci.Module) {
		return false
	}
	return true
}

func commandViews() []pipeline.View {
	tn := pipeline.TypeNames(&pipeline.CommandInfo{})
	if len(tn) == 0 {
		return nil
	}
	return []pipeline.View{{TypeName: tn[0], Kind: pipeline.TableView, Columns: []pipeline.Column{
		{Label: "CommandType", Width: 15, Align: pipeline.AlignLeft, Value: func(o any) any {
			if ci, ok := o.(*pipeline.CommandInfo); ok {
				return string(ci.Type)
			}
			return nil
		}},
		{Label: "Name", Width: 50, Align: pipeline.AlignLeft, Value: func(o any) any {
			if ci, ok := o.(*pipeline.CommandInfo); ok {
				if ci.Type == pipeline.AliasCommand {
					return ci.Name + " -> " + ci.Definition
				}
				return ci.Name
			}
			return nil
		}},
		{Label: "Version", Width: 10, Align: pipeline.AlignLeft, Value: func(any) any { return "" }},
		{Label: "Source", Align: pipeline.AlignLeft, Property: "Module"},
	}}}
}

var getCommandHelp = &pipeline.Help{
	Synopsis: "Gets all commands.",
	Description: "Get-Command lists the cmdlets, functions and aliases of the session, sorted by name. -Name, -Verb and -Noun take " +
		"wildcards; -CommandType picks kinds of command.",
	Examples: []pipeline.Example{
		{Code: "Get-Command -Verb Get -Noun C*", Remarks: "Get-ChildItem, Get-Command, Get-Content ..."},
		{Code: "Get-Command Sort-Object", Remarks: "The Sort-Object cmdlet."},
	},
}
