package core

import (
	"sort"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// hlp builds a Help value with one example.

// AliasInfo is what Get-Alias outputs.
type AliasInfo struct {
	Name       string
	Definition string
}

// PSTypeNames names the type for views.
func (a *AliasInfo) PSTypeNames() []string {
	return []string{"System.Management.Automation.AliasInfo", "System.Object"}
}

// String returns the alias name.
func (a *AliasInfo) String() string { return a.Name }

// GetProperty adds PSPath, so that a piped alias binds to -LiteralPath as
// an item of the alias: drive (never as a file of that name).
func (a *AliasInfo) GetProperty(name string) (any, bool) {
	if strings.EqualFold(name, "PSPath") {
		return `Microsoft.PowerShell.Core\Alias::` + a.Name, true
	}
	return nil, false
}

// GetAlias is Get-Alias (gal).
type GetAlias struct {
	Name       []string `param:"Position=0" help:"Alias names (wildcards allowed)."`
	Definition []string `param:"" help:"Only aliases for these commands (wildcards allowed)."`
}

// Process lists matching aliases sorted by name.
func (g *GetAlias) Process(c *pipeline.Context) error {
	al := c.Session().Aliases()
	names := make([]string, 0, len(al))
	for n := range al {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return pipeline.CompareStrings(names[i], names[j], false) < 0 })
	found := 0
	for _, n := range names {
		if anyMatch(g.Name, n) && anyMatch(g.Definition, al[n]) {
			found++
			if err := c.Emit(&AliasInfo{Name: n, Definition: al[n]}); err != nil {
				return err
			}
		}
	}
	for _, n := range g.Name {
		if !pipeline.HasWildcard(n) && found == 0 {
			c.WriteError(pipeline.Errorf("ItemNotFoundException", pipeline.ObjectNotFound, n,
				"This command cannot find a matching alias because an alias with the name '%s' does not exist.", n))
		}
	}
	return nil
}

// SetAlias is Set-Alias (sal) and New-Alias (nal).
type SetAlias struct {
	Name        string          `param:"Position=0,Mandatory" help:"The alias."`
	Value       string          `param:"Position=1,Mandatory" help:"The command it stands for."`
	Description string          `param:"" help:"Accepted for compatibility."`
	Scope       string          `param:"" help:"Accepted for compatibility."`
	Option      string          `param:"" help:"Accepted for compatibility."`
	Force       pipeline.Switch `param:"" help:"With New-Alias, replace an existing alias."`
	PassThru    pipeline.Switch `param:"" help:"Output the alias."`

	isNew bool
}

// Process defines the alias.
func (s *SetAlias) Process(c *pipeline.Context) error {
	if s.isNew && !bool(s.Force) {
		if _, ok := c.Session().Aliases()[s.Name]; ok {
			return pipeline.Errorf("AliasAlreadyExists", pipeline.ResourceExists, s.Name,
				"The alias is not allowed, because an alias with the name '%s' already exists.", s.Name)
		}
	}
	if err := c.Session().SetAlias(s.Name, s.Value); err != nil {
		return err
	}
	if s.PassThru {
		return c.Emit(&AliasInfo{Name: s.Name, Definition: s.Value})
	}
	return nil
}

// NewAlias is New-Alias (nal).
type NewAlias struct{ SetAlias }

// Process defines a new alias.
func (n *NewAlias) Process(c *pipeline.Context) error { n.isNew = true; return n.SetAlias.Process(c) }

// GetVariable is Get-Variable (gv).
type GetVariable struct {
	Name      []string        `param:"Position=0" help:"Variable names (wildcards allowed)."`
	ValueOnly pipeline.Switch `param:"" help:"Output only the values."`
	Exclude   []string        `param:"" help:"Names to leave out."`
	Scope     string          `param:"" help:"Accepted for compatibility."`
}

// Process lists matching variables.
func (g *GetVariable) Process(c *pipeline.Context) error {
	vars := c.Session().Variables()
	sort.SliceStable(vars, func(i, j int) bool { return pipeline.CompareStrings(vars[i].Name, vars[j].Name, false) < 0 })
	for _, n := range g.Name {
		if pipeline.HasWildcard(n) {
			continue
		}
		if _, ok := c.Session().GetVariable(n); !ok {
			c.WriteError(pipeline.Errorf("VariableNotFound", pipeline.ObjectNotFound, n, "Cannot find a variable with the name '%s'.", n))
		}
	}
	for _, v := range vars {
		if !anyMatch(g.Name, v.Name) || len(g.Exclude) > 0 && anyMatch(g.Exclude, v.Name) {
			continue
		}
		var out any
		if g.ValueOnly {
			out = v.Value
		} else {
			o := pipeline.NewPSObject()
			o.Add("Name", v.Name)
			o.Add("Value", v.Value)
			o.SetTypeNames([]string{"System.Management.Automation.PSVariable", "System.Object"})
			out = o
		}
		if err := c.Emit(out); err != nil {
			return err
		}
	}
	return nil
}

// SetVariable is Set-Variable (sv) and New-Variable.
type SetVariable struct {
	Name     []string        `param:"Position=0,Mandatory" help:"The variable names."`
	Value    any             `param:"Position=1,ValueFromPipeline" help:"The value."`
	Scope    string          `param:"" help:"Global, Script or Local."`
	Option   string          `param:"" help:"Accepted for compatibility."`
	Force    pipeline.Switch `param:"" help:"With New-Variable, replace an existing variable."`
	PassThru pipeline.Switch `param:"" help:"Output the variable."`

	isNew bool
}

func scoped(scope, name string) string {
	switch strings.ToLower(scope) {
	case "global", "script", "local", "private":
		return strings.ToLower(scope) + ":" + name
	}
	return name
}

// Process sets the variables.
func (s *SetVariable) Process(c *pipeline.Context) error {
	for _, n := range s.Name {
		if s.isNew && !bool(s.Force) {
			if _, ok := c.Session().GetVariable(n); ok {
				c.WriteError(pipeline.Errorf("VariableAlreadyExists", pipeline.ResourceExists, n, "A variable with name '%s' already exists.", n))
				continue
			}
		}
		if err := c.Session().SetVariable(scoped(s.Scope, n), s.Value); err != nil {
			c.WriteError(err)
		}
		if s.PassThru {
			o := pipeline.NewPSObject()
			o.Add("Name", n)
			o.Add("Value", s.Value)
			if err := c.Emit(o); err != nil {
				return err
			}
		}
	}
	return nil
}

// NewVariable is New-Variable (nv).
type NewVariable struct{ SetVariable }

// Process creates the variables.
func (n *NewVariable) Process(c *pipeline.Context) error {
	n.isNew = true
	return n.SetVariable.Process(c)
}

// RemoveVariable is Remove-Variable (rv).
type RemoveVariable struct {
	Name  []string        `param:"Position=0,Mandatory" help:"The variable names."`
	Scope string          `param:"" help:"Global, Script or Local."`
	Force pipeline.Switch `param:"" help:"Accepted for compatibility."`
}

// Process removes the variables.
func (r *RemoveVariable) Process(c *pipeline.Context) error {
	for _, n := range r.Name {
		if _, ok := c.Session().GetVariable(n); !ok {
			c.WriteError(pipeline.Errorf("VariableNotFound", pipeline.ObjectNotFound, n, "Cannot find a variable with the name '%s'.", n))
			continue
		}
		if err := c.Session().RemoveVariable(scoped(r.Scope, n)); err != nil {
			c.WriteError(err)
		}
	}
	return nil
}

// ClearVariable is Clear-Variable (clv): sets variables to $null.
type ClearVariable struct {
	Name  []string `param:"Position=0,Mandatory" help:"The variable names."`
	Scope string   `param:"" help:"Global, Script or Local."`
}

// Process clears the variables.
func (cv *ClearVariable) Process(c *pipeline.Context) error {
	for _, n := range cv.Name {
		if _, ok := c.Session().GetVariable(n); !ok {
			c.WriteError(pipeline.Errorf("VariableNotFound", pipeline.ObjectNotFound, n, "Cannot find a variable with the name '%s'.", n))
			continue
		}
		_ = c.Session().SetVariable(scoped(cv.Scope, n), nil)
	}
	return nil
}
