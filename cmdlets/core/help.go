package core

import (
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// GetHelp is Get-Help (help): a command's synopsis, syntax, description,
// parameters and examples.
type GetHelp struct {
	Name      string          `param:"Position=0" help:"The command (or alias) to describe; wildcards list matching commands."`
	Full      pipeline.Switch `param:"" help:"Show everything, including each parameter's details."`
	Detailed  pipeline.Switch `param:"" help:"Show parameter descriptions and examples."`
	Examples  pipeline.Switch `param:"" help:"Show only the examples."`
	Parameter string          `param:"" help:"Show only this parameter (wildcards allowed)."`
}

// Process writes the help text as one string.
func (g *GetHelp) Process(c *pipeline.Context) error {
	s := c.Session()
	if g.Name == "" {
		g.Name = "Get-Help"
	}
	if pipeline.HasWildcard(g.Name) {
		wc := pipeline.CompileWildcard(g.Name, false)
		var list []*pipeline.CommandInfo
		for _, ci := range s.Commands() {
			if ci.Type != pipeline.AliasCommand && wc.Match(ci.Name) {
				list = append(list, ci)
			}
		}
		sort.Slice(list, func(i, j int) bool { return pipeline.CompareStrings(list[i].Name, list[j].Name, false) < 0 })
		for _, ci := range list {
			syn := ""
			if ci.Help != nil {
				syn = ci.Help.Synopsis
			}
			o := pipeline.NewPSObject()
			o.Add("Name", ci.Name)
			o.Add("Category", string(ci.Type))
			o.Add("Synopsis", syn)
			if err := c.Emit(o); err != nil {
				return err
			}
		}
		return nil
	}
	ci, ok := s.LookupCommand(g.Name)
	if !ok {
		return pipeline.NewError(fmt.Errorf("Get-Help could not find %s in a help file in this session.", g.Name),
			"HelpNotFound", pipeline.ResourceUnavailable, g.Name)
	}
	h := ci.Help
	if h == nil {
		h = &pipeline.Help{}
	}
	return c.Emit(&HelpInfo{Name: ci.Name, Synopsis: h.Synopsis, Description: h.Description,
		Syntax: syntaxOf(ci), Category: string(ci.Type), text: g.render(ci)})
}

// HelpInfo is what Get-Help writes for one command: its parts as
// properties ((Get-Help Get-Mailbox).Synopsis), shown as the help text.
type HelpInfo struct {
	Name        string
	Category    string
	Synopsis    string
	Description string
	Syntax      string
	text        string
}

// DisplayText is the rendered help page.
func (h *HelpInfo) DisplayText() string { return strings.TrimRight(h.text, "\n") }

// String is the rendered help page, so "$(Get-Help x)" is the text.
func (h *HelpInfo) String() string { return h.text }

// PSTypeNames names the type as PowerShell does.
func (h *HelpInfo) PSTypeNames() []string {
	return []string{"MamlCommandHelpInfo", "HelpInfo", "System.Object"}
}

func (g *GetHelp) render(ci *pipeline.CommandInfo) string {
	h := ci.Help
	if h == nil {
		h = &pipeline.Help{}
	}
	meta, _ := ci.Meta()
	var b strings.Builder
	section := func(title string) { fmt.Fprintf(&b, "\n%s\n", title) }
	indent := func(text string, n int) {
		pad := strings.Repeat(" ", n)
		for _, l := range strings.Split(text, "\n") {
			if l == "" {
				b.WriteString("\n")
				continue
			}
			b.WriteString(pad + l + "\n")
		}
	}
	if g.Parameter != "" {
		g.params(&b, h, meta, g.Parameter)
		return strings.TrimRight(b.String(), "\n") + "\n"
	}
	if g.Examples {
		section("NAME")
		indent(ci.Name, 4)
		section("SYNOPSIS")
		indent(h.Synopsis, 4)
		g.examples(&b, h, indent)
		return b.String()
	}
	section("NAME")
	indent(ci.Name, 4)
	if h.Synopsis != "" {
		section("SYNOPSIS")
		indent(h.Synopsis, 4)
	}
	b.WriteString("\n")
	section("SYNTAX")
	indent(syntaxOf(ci), 4)
	if h.Description != "" {
		b.WriteString("\n")
		section("DESCRIPTION")
		indent(h.Description, 4)
	}
	if g.Full || g.Detailed {
		b.WriteString("\n")
		section("PARAMETERS")
		g.params(&b, h, meta, "*")
		b.WriteString("    <CommonParameters>\n        This cmdlet supports the common parameters: Verbose, Debug,\n        ErrorAction, WarningAction, ErrorVariable, WarningVariable,\n        OutVariable and OutBuffer.\n")
		g.examples(&b, h, indent)
	} else {
		b.WriteString("\n")
		section("REMARKS")
		fmt.Fprintf(&b, "    To see the examples, type: \"Get-Help %s -Examples\"\n    For more information, type: \"Get-Help %s -Detailed\"\n    For technical information, type: \"Get-Help %s -Full\"\n", ci.Name, ci.Name, ci.Name)
	}
	if h.Notes != "" && g.Full {
		section("NOTES")
		indent(h.Notes, 4)
	}
	return b.String()
}

func (g *GetHelp) examples(b *strings.Builder, h *pipeline.Help, indent func(string, int)) {
	b.WriteString("\n")
	for i, ex := range h.Examples {
		fmt.Fprintf(b, "\n    -------------------------- EXAMPLE %d --------------------------\n\n", i+1)
		indent("PS> "+ex.Code, 4)
		if ex.Remarks != "" {
			b.WriteString("\n")
			indent(ex.Remarks, 4)
		}
	}
}

func (g *GetHelp) params(b *strings.Builder, h *pipeline.Help, meta *pipeline.CommandMeta, pattern string) {
	if meta == nil {
		return
	}
	wc := pipeline.CompileWildcard(pattern, false)
	for _, p := range meta.Params {
		if !wc.Match(p.Name) {
			continue
		}
		desc := p.Help
		if d, ok := h.Params[p.Name]; ok {
			desc = d
		}
		if p.IsSwitch() {
			fmt.Fprintf(b, "    -%s\n", p.Name)
		} else {
			fmt.Fprintf(b, "    -%s <%s>\n", p.Name, shortType(p))
		}
		if desc != "" {
			fmt.Fprintf(b, "        %s\n", desc)
		}
		pos := "named"
		if p.Position >= 0 {
			pos = fmt.Sprint(p.Position)
		}
		pipe := "false"
		switch {
		case p.FromPipeline && p.FromPipelineByName:
			pipe = "true (ByValue, ByPropertyName)"
		case p.FromPipeline:
			pipe = "true (ByValue)"
		case p.FromPipelineByName:
			pipe = "true (ByPropertyName)"
		}
		aliases := "None"
		if len(p.Aliases) > 0 {
			aliases = strings.Join(p.Aliases, ", ")
		}
		fmt.Fprintf(b, "\n        Required?                    %t\n        Position?                    %s\n        Accept pipeline input?       %s\n        Aliases                      %s\n        Accept wildcard characters?  false\n\n",
			p.Mandatory, pos, pipe, aliases)
	}
}

// shortType is the type name Get-Help shows: string[], int, Object ...
func shortType(p *pipeline.ParamMeta) string {
	n := p.TypeDisplayName()
	t := p.Type
	for t != nil && t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if t != nil && t.Kind() == reflect.Int {
		n = strings.Replace(n, "System.Int64", "System.Int32", 1)
	}
	suffix := ""
	for strings.HasSuffix(n, "[]") {
		n, suffix = strings.TrimSuffix(n, "[]"), suffix+"[]"
	}
	switch n {
	case "System.String":
		n = "string"
	case "System.Int32":
		n = "int"
	case "System.Int64":
		n = "long"
	case "System.Boolean":
		n = "bool"
	case "System.Double":
		n = "double"
	case "System.Object":
		n = "Object"
	case "System.Management.Automation.ScriptBlock":
		n = "scriptblock"
	case "System.DateTime":
		n = "datetime"
	default:
		n = strings.TrimPrefix(n, "System.")
	}
	return n + suffix
}

// syntaxOf renders a command's syntax from its parameter metadata: one
// line per parameter set (the default set first), separated by blank
// lines, as Get-Help shows them.
func syntaxOf(ci *pipeline.CommandInfo) string {
	if ci.Type == pipeline.AliasCommand {
		return ci.Name + " -> " + ci.Definition
	}
	meta, err := ci.Meta()
	if err != nil || meta == nil {
		return ci.Name
	}
	var sets []string
	for _, p := range meta.Params {
		for _, s := range p.Sets {
			if !slices.ContainsFunc(sets, func(t string) bool { return strings.EqualFold(s, t) }) {
				sets = append(sets, s)
			}
		}
	}
	if len(sets) == 0 {
		return syntaxLine(ci.Name, meta, meta.Params)
	}
	slices.SortStableFunc(sets, func(a, b string) int {
		return boolInt(!strings.EqualFold(a, meta.DefaultSet)) - boolInt(!strings.EqualFold(b, meta.DefaultSet))
	})
	var lines []string
	for _, set := range sets {
		var params []*pipeline.ParamMeta
		for _, p := range meta.Params {
			if len(p.Sets) == 0 || slices.ContainsFunc(p.Sets, func(t string) bool { return strings.EqualFold(set, t) }) {
				params = append(params, p)
			}
		}
		lines = append(lines, syntaxLine(ci.Name, meta, params))
	}
	return strings.Join(lines, "\n\n")
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// syntaxLine is one syntax line: the command and these parameters.
func syntaxLine(name string, meta *pipeline.CommandMeta, list []*pipeline.ParamMeta) string {
	ci := &pipeline.CommandInfo{Name: name}
	params := append([]*pipeline.ParamMeta(nil), list...)
	sort.SliceStable(params, func(i, j int) bool {
		pi, pj := params[i].Position, params[j].Position
		if pi < 0 {
			pi = 1 << 20
		}
		if pj < 0 {
			pj = 1 << 20
		}
		return pi < pj
	})
	parts := []string{ci.Name}
	for _, p := range params {
		var s string
		switch {
		case p.IsSwitch():
			s = "-" + p.Name
		case p.Position >= 0:
			s = "[-" + p.Name + "] <" + shortType(p) + ">"
		default:
			s = "-" + p.Name + " <" + shortType(p) + ">"
		}
		if !p.Mandatory {
			s = "[" + s + "]"
		}
		parts = append(parts, s)
	}
	if meta.SupportsShouldProcess {
		parts = append(parts, "[-WhatIf]", "[-Confirm]")
	}
	if meta.Advanced {
		parts = append(parts, "[<CommonParameters>]")
	}
	return strings.Join(parts, " ")
}

var getHelpHelp = &pipeline.Help{
	Synopsis: "Displays information about PowerShell commands and concepts.",
	Description: "Get-Help shows a command's synopsis, syntax (from its parameter metadata), description and remarks; -Detailed " +
		"and -Full add the parameters and examples, -Examples shows only the examples, -Parameter one parameter. A name with " +
		"wildcards lists the matching commands. help is an alias, and Command -? shows the same text.",
	Examples: []pipeline.Example{
		{Code: "Get-Help Sort-Object -Examples", Remarks: "The examples of Sort-Object."},
		{Code: "Get-Help Get-Content -Parameter Tail", Remarks: "The description of -Tail."},
	},
}
