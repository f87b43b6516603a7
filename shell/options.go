package shell

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// Option configures a Shell. Options are checked by New; conflicting or
// invalid ones make New fail.
type Option func(*config) error

type config struct {
	stdin    io.Reader
	stdout   io.Writer
	stderr   io.Writer
	stdioSet bool
	modules  []*pipeline.Module
	cmdlets  []*pipeline.CommandInfo
	native   bool
	vars     []namedValue
	dir      string
	env      []string
	envSet   bool
	width    int
	terminal bool
	color    bool
	maxSteps int
}

type namedValue struct {
	name  string
	value any
}

// WithStdio sets the shell's standard input, output and error output. Nil
// readers read nothing; nil writers discard.
func WithStdio(in io.Reader, out, errOut io.Writer) Option {
	return func(c *config) error {
		if c.stdioSet {
			return errors.New("shell: WithStdio given twice")
		}
		c.stdin, c.stdout, c.stderr, c.stdioSet = in, out, errOut, true
		return nil
	}
}

// WithModule adds a set of commands (core.Module(), exchange.Module(store)).
func WithModule(m *pipeline.Module) Option {
	return func(c *config) error {
		if m == nil {
			return errors.New("shell: WithModule(nil)")
		}
		c.modules = append(c.modules, m)
		return nil
	}
}

// WithCmdlet adds one Go cmdlet under name; newCmdlet returns a fresh
// instance (a pointer to a struct with param-tagged fields) for each use.
func WithCmdlet(name string, newCmdlet func() pipeline.Cmdlet) Option {
	return func(c *config) error {
		if name == "" || newCmdlet == nil {
			return errors.New("shell: WithCmdlet needs a name and a constructor")
		}
		if _, err := pipeline.MetaOf(newCmdlet()); err != nil {
			return fmt.Errorf("shell: WithCmdlet(%q): %w", name, err)
		}
		c.cmdlets = append(c.cmdlets, &pipeline.CommandInfo{Name: name, New: newCmdlet, Type: pipeline.CmdletCommand})
		return nil
	}
}

// WithNativeCommands allows running programs found on $env:PATH (off by
// default for embedders, on in the psh command).
func WithNativeCommands(on bool) Option {
	return func(c *config) error { c.native = on; return nil }
}

// WithVariable sets a global variable before any script runs.
func WithVariable(name string, v any) Option {
	return func(c *config) error {
		if name == "" || strings.ContainsAny(name, " \t\n") {
			return fmt.Errorf("shell: invalid variable name %q", name)
		}
		c.vars = append(c.vars, namedValue{name, v})
		return nil
	}
}

// WithDir sets the initial location.
func WithDir(dir string) Option {
	return func(c *config) error {
		if dir == "" {
			return errors.New("shell: WithDir(\"\")")
		}
		c.dir = dir
		return nil
	}
}

// WithEnv sets the session environment (KEY=VALUE pairs). Without it the
// session starts with an empty environment.
func WithEnv(env []string) Option {
	return func(c *config) error {
		c.env, c.envSet = append([]string(nil), env...), true
		return nil
	}
}

// WithWidth sets the console width used for formatting (default 120).
func WithWidth(n int) Option {
	return func(c *config) error {
		if n < 10 {
			return fmt.Errorf("shell: width %d is too small", n)
		}
		c.width = n
		return nil
	}
}

// WithTerminal says the output is a terminal; color enables ANSI colours
// for errors and warnings.
func WithTerminal(terminal, color bool) Option {
	return func(c *config) error { c.terminal, c.color = terminal, color; return nil }
}

// WithStepLimit bounds how many statements one call may run (for fuzzing
// and sandboxes); 0 means no limit.
func WithStepLimit(n int) Option {
	return func(c *config) error {
		if n < 0 {
			return errors.New("shell: negative step limit")
		}
		c.maxSteps = n
		return nil
	}
}
