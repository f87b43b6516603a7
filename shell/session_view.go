package shell

import (
	"context"

	"github.com/psh-project/psh/pipeline"
)

// The methods below let a host (the REPL, the psh command) look at the
// session between runs: what its prompt and completion need, read-only.
// They grant nothing the shell's options did not: a Shell hands out no
// interpreter.

// CheckSyntax parses script text without running it; IsIncomplete tells
// whether an error means the text ends too early.
func (s *Shell) CheckSyntax(script string) error { return s.in.CheckSyntax(script) }

// Dir is the session's current location.
func (s *Shell) Dir() string { return s.in.Dir() }

// ResolvePath makes path absolute against the current location, expanding
// a leading ~; it touches no file.
func (s *Shell) ResolvePath(path string) string { return s.in.ResolvePath(path) }

// Commands lists the commands the session knows: cmdlets, functions and
// aliases.
func (s *Shell) Commands() []*pipeline.CommandInfo { return s.in.Commands() }

// LookupCommand resolves a name (alias, function, cmdlet) to a command.
func (s *Shell) LookupCommand(name string) (*pipeline.CommandInfo, bool) {
	return s.in.LookupCommand(name)
}

// Variables lists the global variables and their values.
func (s *Shell) Variables() []pipeline.Variable { return s.in.Variables() }

// Variable returns a global variable's value.
func (s *Shell) Variable(name string) (any, bool) { return s.in.GetVariable(name) }

// Environ returns the session environment as sorted KEY=VALUE pairs.
func (s *Shell) Environ() []string { return s.in.Environ() }

// LastStatusOK reports $?: whether the last pipeline run succeeded.
func (s *Shell) LastStatusOK() bool { return s.in.LastStatusOK() }

// DotSource runs a script file in the global scope, as `. path` does (the
// psh command's profile). It needs WithFileSystem.
func (s *Shell) DotSource(ctx context.Context, path string) error {
	return s.in.DotSourceFile(ctx, path)
}
