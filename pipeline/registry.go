package pipeline

import (
	"fmt"
	"strings"
)

// CommandType says what kind of command a CommandInfo names.
type CommandType string

// Command types, as Get-Command shows them.
const (
	CmdletCommand      CommandType = "Cmdlet"
	FunctionCommand    CommandType = "Function"
	FilterCommand      CommandType = "Filter"
	AliasCommand       CommandType = "Alias"
	ApplicationCommand CommandType = "Application"
	ExternalScript     CommandType = "ExternalScript"
)

// CommandInfo describes a command a shell knows: how to make a fresh
// instance for each use, and its help.
type CommandInfo struct {
	Name string
	// New returns a fresh cmdlet for one pipeline stage.
	New func() Cmdlet
	// Help is shown by Get-Help; it may be nil.
	Help *Help
	// Module names the module that supplied the command.
	Module string
	// Type is Cmdlet for Go and Lua commands, Function for script functions.
	Type CommandType
	// Definition is the source of a function, or the target of an alias.
	Definition string
	// ImplementingType is the .NET-style class name PowerShell puts in
	// FullyQualifiedErrorIds ("Microsoft.PowerShell.Commands.GetItemCommand");
	// empty means the command's name.
	ImplementingType string
	// Restricted, when set, is the command's metadata with only the
	// parameters the session may use (Module.Restrict): binding, Get-Help
	// and completion see these.
	Restricted *CommandMeta
}

// Meta returns the command's parameter metadata.
func (ci *CommandInfo) Meta() (*CommandMeta, error) {
	if ci.Restricted != nil {
		return ci.Restricted, nil
	}
	if ci.New == nil {
		return nil, fmt.Errorf("pipeline: command %s has no parameters to show", ci.Name)
	}
	c := ci.New()
	if c == nil {
		return nil, fmt.Errorf("pipeline: command %s has no parameters to show", ci.Name)
	}
	return MetaOf(c)
}

// Help is a command's documentation.
type Help struct {
	Synopsis    string
	Description string
	// Params maps parameter names to their descriptions (struct `help`
	// tags are used when a name is missing here).
	Params   map[string]string
	Examples []Example
	// Notes and related links, free text.
	Notes string
}

// Example is one Get-Help example: the code and what it does.
type Example struct {
	Code    string
	Remarks string
}

// Module is a named set of commands, aliases and formatting views handed to
// a shell (shell.WithModule(core.Module)).
type Module struct {
	Name     string
	Commands []*CommandInfo
	// Aliases maps alias names to command names.
	Aliases map[string]string
	// Views are the default formatting views of the module's types.
	Views []View
	// Variables are set in the global scope when the module is loaded.
	Variables map[string]any
	// Authorize, when set, returns what the named user may run of the
	// module's commands (shell.WithUser): the shell keeps only those
	// (Module.Restrict). An error (an unknown user) fails shell.New.
	Authorize func(user string) (Authorizer, error)
}

// Cmd is a convenience for building a CommandInfo of a Go cmdlet type.
func Cmd[T any, PT interface {
	*T
	Cmdlet
}](name string, help *Help) *CommandInfo {
	return &CommandInfo{Name: name, Type: CmdletCommand, Help: help,
		New: func() Cmdlet { return PT(new(T)) }}
}

// String is the command's name, as PowerShell's CommandInfo converts to
// a string ("$($MyInvocation.MyCommand)").
func (ci *CommandInfo) String() string { return ci.Name }

// PropertyNames lists what Get-Command shows of a command.
func (ci *CommandInfo) PropertyNames() []string {
	return []string{"CommandType", "Name", "Version", "Source", "Definition", "ModuleName"}
}

// GetProperty exposes CommandType, Name, Version, Source (the module),
// Definition and ModuleName, as PowerShell's CommandInfo does.
func (ci *CommandInfo) GetProperty(name string) (any, bool) {
	switch strings.ToLower(name) {
	case "commandtype":
		return string(ci.Type), true
	case "name":
		return ci.Name, true
	case "version":
		return "", true
	case "source", "modulename":
		return ci.Module, true
	case "definition":
		if ci.Definition == "" && ci.New != nil {
			return ci.Name, true
		}
		return ci.Definition, true
	case "pspath":
		// A piped function or alias is an item of its drive, so
		// Remove-Item binds it by -LiteralPath, never as a file name.
		switch ci.Type {
		case FunctionCommand, FilterCommand:
			return `Microsoft.PowerShell.Core\Function::` + ci.Name, true
		case AliasCommand:
			return `Microsoft.PowerShell.Core\Alias::` + ci.Name, true
		}
		return nil, false
	case "parameters":
		meta, err := ci.Meta()
		if err != nil || meta == nil {
			return NewHashtable(), true
		}
		h := NewOrderedHashtable()
		for _, p := range meta.Params {
			h.Set(p.Name, p.TypeDisplayName())
		}
		for _, p := range commonFor(meta) { // -Verbose, -ErrorAction, -WhatIf ...
			h.Set(p.Name, p.TypeDisplayName())
		}
		return h, true
	}
	return nil, false
}
