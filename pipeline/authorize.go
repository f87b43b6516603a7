package pipeline

import (
	"fmt"
	"strings"
)

// Authorizer is a session's permission to run commands: role-based access
// control as Exchange does it. A module that has one (Module.Authorize)
// gives the session only the commands CanRun allows, each with only the
// parameters CanUseParameter allows, so command lookup, Get-Command, Get-Help,
// tab completion and parameter binding all see the same restricted commands
// (an ungranted command is not recognized; an ungranted parameter is "A
// parameter cannot be found that matches parameter name"). Common parameters
// (-ErrorAction, -WhatIf, ...) are always allowed. It is consulted once, when
// the session is made, never per invocation.
type Authorizer interface {
	CanRun(command string) bool
	CanUseParameter(command, parameter string) bool
}

// Restrict returns a copy of the module with the commands a allows, each
// limited to the parameters a allows. Commands with dynamic parameters
// (script functions, Lua cmdlets) are kept or dropped whole.
func (m *Module) Restrict(a Authorizer) (*Module, error) {
	out := *m
	out.Commands = nil
	for _, ci := range m.Commands {
		if !a.CanRun(ci.Name) {
			continue
		}
		c := *ci
		if c.Module == "" {
			c.Module = m.Name
		}
		if ci.New != nil {
			if inst := ci.New(); inst != nil {
				if _, dynamic := inst.(DynamicCmdlet); !dynamic {
					meta, err := MetaOf(inst)
					if err != nil {
						return nil, fmt.Errorf("pipeline: restricting %s: %w", ci.Name, err)
					}
					c.Restricted = meta.restrict(func(p string) bool { return a.CanUseParameter(ci.Name, p) })
				}
			}
		}
		out.Commands = append(out.Commands, &c)
	}
	aliases := map[string]string{}
	for k, v := range m.Aliases {
		if a.CanRun(v) {
			aliases[k] = v
		}
	}
	out.Aliases = aliases
	return &out, nil
}

// restrict returns a copy of m with only the parameters keep allows.
func (m *CommandMeta) restrict(keep func(name string) bool) *CommandMeta {
	out := *m
	out.Params = nil
	for _, p := range m.Params {
		if keep(p.Name) {
			q := *p
			q.ord = len(out.Params)
			out.Params = append(out.Params, &q)
		}
	}
	if out.DefaultSet != "" && !setUsed(&out, out.DefaultSet) {
		out.DefaultSet = ""
	}
	return &out
}

// setUsed reports whether a parameter of m belongs to the parameter set.
func setUsed(m *CommandMeta, set string) bool {
	for _, p := range m.Params {
		for _, s := range p.Sets {
			if strings.EqualFold(s, set) {
				return true
			}
		}
	}
	return false
}
