package shell

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
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
	files    bool
	hostEnv  bool
	vars     []namedValue
	dir      string
	dirSet   bool
	env      []string
	envSet   bool
	width    int
	terminal bool
	color    bool
	maxSteps int
	onError  func(*pipeline.ErrorRecord)
	limits   pipeline.Limits
	// nonInteractive: prompts fail instead of reading stdin.
	nonInteractive bool
	user           string // WithUser
	userSet        bool
}

// WithNonInteractive makes the shell never prompt, as PowerShell's
// -NonInteractive does: a confirmation or Read-Host fails with "PowerShell
// is in NonInteractive mode. Read and Prompt functionality is not
// available." and the command changes nothing. A shell given no standard
// input (no WithStdio, or a nil reader) is non-interactive already.
func WithNonInteractive() Option {
	return func(c *config) error { c.nonInteractive = true; return nil }
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
// Parameter descriptions come from the fields' `help` tags; a cmdlet that
// also implements Helper supplies its synopsis, description and examples.
// A name given twice (ignoring case) is an error; a name that a module
// also supplies is overridden by the cmdlet.
func WithCmdlet(name string, newCmdlet func() pipeline.Cmdlet) Option {
	return func(c *config) error {
		if name == "" || newCmdlet == nil {
			return errors.New("shell: WithCmdlet needs a name and a constructor")
		}
		if strings.ContainsAny(name, " \t\r\n|;&(){}$'\"`") {
			return fmt.Errorf("shell: WithCmdlet: invalid command name %q", name)
		}
		if _, err := pipeline.MetaOf(newCmdlet()); err != nil {
			return fmt.Errorf("shell: WithCmdlet(%q): %w", name, err)
		}
		for _, ci := range c.cmdlets {
			if strings.EqualFold(ci.Name, name) {
				return fmt.Errorf("shell: WithCmdlet(%q) given twice", name)
			}
		}
		ci := &pipeline.CommandInfo{Name: name, New: newCmdlet, Type: pipeline.CmdletCommand}
		if h, ok := newCmdlet().(Helper); ok {
			ci.Help = h.Help()
		}
		c.cmdlets = append(c.cmdlets, ci)
		return nil
	}
}

// WithNativeCommands allows running programs found on $env:PATH (off by
// default for embedders, on in the psh command): the capability
// pipeline.Processes.
func WithNativeCommands(on bool) Option {
	return func(c *config) error { c.native = on; return nil }
}

// WithFileSystem allows scripts to read, write, list and delete files and
// directories (off by default for embedders, on in the psh command): the
// capability pipeline.FileSystem. It covers the [IO.File] and
// [IO.Directory] statics, redirection to files, switch -File, the content
// and item cmdlets (Get-Content, Set-Content, Get-ChildItem, ...),
// running and dot-sourcing .ps1 files, Import-Module of a file and the
// file access of Lua modules. Without it a script's location is only a
// name (the one WithDir gives): Set-Location to a folder is refused too,
// since it would tell whether the folder exists.
func WithFileSystem(on bool) Option {
	return func(c *config) error { c.files = on; return nil }
}

// WithHostEnvironment allows scripts to read facts about the machine and
// the process (off by default for embedders, on in the psh command): the
// capability pipeline.HostEnvironment, for [Environment]::MachineName,
// UserName, OSVersion, ProcessorCount, TickCount and $PID. The session's
// own environment ($env:, set with WithEnv) needs no capability.
func WithHostEnvironment(on bool) Option {
	return func(c *config) error { c.hostEnv = on; return nil }
}

// WithVariable sets a global variable before any script runs.
func WithVariable(name string, v any) Option {
	return func(c *config) error {
		if name == "" || strings.ContainsAny(name, " \t\n") {
			return fmt.Errorf("shell: invalid variable name %q", name)
		}
		if q, _, ok := strings.Cut(name, ":"); ok && !strings.EqualFold(q, "global") {
			return fmt.Errorf("shell: WithVariable(%q): only global variables can be set this way (use WithEnv for the environment)", name)
		}
		for _, nv := range c.vars {
			if strings.EqualFold(nv.name, name) {
				return fmt.Errorf("shell: WithVariable(%q) given twice", name)
			}
		}
		c.vars = append(c.vars, namedValue{name, v})
		return nil
	}
}

// WithDir sets the initial location, which must be an existing directory;
// a relative dir is taken from the process's working directory. Without
// it a Shell starts in / : psh never uses the process's working directory
// unless told to, so that embedded shells do not depend on it.
func WithDir(dir string) Option {
	return func(c *config) error {
		if c.dirSet {
			return errors.New("shell: WithDir given twice")
		}
		if dir == "" {
			return errors.New(`shell: WithDir("")`)
		}
		abs, err := filepath.Abs(dir)
		if err != nil {
			return fmt.Errorf("shell: WithDir(%q): %w", dir, err)
		}
		if st, err := os.Stat(abs); err != nil {
			return fmt.Errorf("shell: WithDir(%q): %w", dir, err)
		} else if !st.IsDir() {
			return fmt.Errorf("shell: WithDir(%q): not a directory", dir)
		}
		c.dir, c.dirSet = abs, true
		return nil
	}
}

// WithErrorHandler gives fn every error a script reports instead of
// writing it to stderr: the non-terminating errors shown (Write-Error, a
// mailbox not found) and the errors that end a statement while the script
// goes on (an unknown command, a failed conversion). Errors that end the
// whole run are returned by Run, Invoke and RunFile as before. fn runs on
// the goroutine running the script.
func WithErrorHandler(fn func(rec *pipeline.ErrorRecord)) Option {
	return func(c *config) error {
		if fn == nil {
			return errors.New("shell: WithErrorHandler(nil)")
		}
		if c.onError != nil {
			return errors.New("shell: WithErrorHandler given twice")
		}
		c.onError = fn
		return nil
	}
}

// WithEnv sets the session environment (KEY=VALUE pairs). Without it the
// session starts with an empty environment.
func WithEnv(env []string) Option {
	return func(c *config) error {
		if c.envSet {
			return errors.New("shell: WithEnv given twice")
		}
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

// Helper is implemented by a cmdlet given to WithCmdlet that declares its
// own help: Get-Help shows what Help returns (parameter descriptions
// missing from Params come from the fields' `help` tags).
type Helper interface {
	Help() *pipeline.Help
}

// WithLimits sets the session's memory budget: the largest collection,
// string and line of input a script may build or read (see
// pipeline.Limits). Zero fields keep their defaults
// (pipeline.DefaultLimits); negative ones are an error.
func WithLimits(l pipeline.Limits) Option {
	return func(c *config) error {
		if l.MaxItems < 0 || l.MaxStringBytes < 0 || l.MaxLineBytes < 0 {
			return fmt.Errorf("shell: WithLimits: negative limit in %+v", l)
		}
		c.limits = l
		return nil
	}
}
