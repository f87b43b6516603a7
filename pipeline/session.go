package pipeline

import (
	"context"
	"io"
)

// Session is the running shell as cmdlets see it: variables, commands, the
// current directory, the environment and the host's I/O. The interpreter
// implements it; cmdlets never reach the process's stdio or environment
// directly.
type Session interface {
	// GetVariable returns a variable visible from the current scope.
	GetVariable(name string) (any, bool)
	// SetVariable sets a variable in the current scope (a "global:" or
	// "script:" prefix selects that scope).
	SetVariable(name string, value any) error
	// RemoveVariable removes a variable from the current scope.
	RemoveVariable(name string) error
	// Variables lists the variables visible from the current scope.
	Variables() []Variable

	// Invoke parses and runs script text in the current scope and returns
	// its output (Invoke-Expression, Lua's psh.invoke).
	Invoke(ctx context.Context, script string, input ...any) ([]any, error)
	// NewScriptBlock compiles script text into a script block.
	NewScriptBlock(script string) (ScriptBlock, error)

	// Commands lists every command the session knows: cmdlets, functions
	// and aliases.
	Commands() []*CommandInfo
	// LookupCommand resolves a name (alias, function, cmdlet) to a command.
	LookupCommand(name string) (*CommandInfo, bool)
	// AddCommand registers a command (Import-Module).
	AddCommand(ci *CommandInfo)
	// SetAlias defines or changes an alias.
	SetAlias(name, target string) error
	// Aliases returns the alias table (name -> command name).
	Aliases() map[string]string

	// Dir is the current location; SetDir changes it.
	Dir() string
	SetDir(dir string) error
	// Getenv reads an environment variable of the session.
	Getenv(name string) string
	// LookupEnv reads an environment variable of the session and reports
	// whether it is set.
	LookupEnv(name string) (string, bool)
	// Environ returns the session environment as KEY=VALUE pairs sorted by
	// key (the env: drive).
	Environ() []string
	// Setenv sets an environment variable of the session, the store
	// $env:NAME reads; an empty value removes it, as $env:NAME = '' does.
	Setenv(name, value string) error
	// Unsetenv removes an environment variable of the session.
	Unsetenv(name string) error

	// SetFunction defines or replaces a function in the current scope (a
	// "global:" or "script:" prefix selects that scope); body is a
	// ScriptBlock of this session or script text.
	SetFunction(name string, body any) error
	// RemoveFunction removes a function visible from the current scope.
	RemoveFunction(name string) error
	// RemoveAlias removes an alias.
	RemoveAlias(name string) error
	// Stdin is the session's standard input (Read-Host, $input of scripts).
	Stdin() io.Reader
	// Stderr is where the host writes progress and prompts.
	Stderr() io.Writer
	// IsTerminal reports whether stdout/stderr are a terminal.
	IsTerminal() bool
	// Width is the console width used for formatting.
	Width() int
	// Views is the session's formatting registry.
	Views() *Views
	// ResolvePath makes a path absolute against the current location and
	// expands a leading ~.
	ResolvePath(path string) string
}

// ErrorCollector is the optional capability of a Session that runs script
// text and returns, besides its output, the errors it reported while going
// on (which would otherwise be shown on the console): for callers that
// must fail when the script did, such as Lua's psh.invoke.
type ErrorCollector interface {
	InvokeCollect(ctx context.Context, script string, input ...any) ([]any, []*ErrorRecord, error)
}

// CommandRemover is the optional capability of a Session that unregisters a
// cmdlet added with AddCommand (a module re-imported without it).
type CommandRemover interface {
	RemoveCommand(name string) bool
}

// Variable is a session variable as Get-Variable shows it.
type Variable struct {
	Name  string
	Value any
}
