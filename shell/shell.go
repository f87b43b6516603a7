package shell

import (
	"context"
	"errors"
	"strings"

	"github.com/psh-project/psh/pipeline/statics"
	"github.com/psh-project/psh/shell/interp"
)

// Shell is an embedded psh session.
type Shell struct {
	in *interp.Interp
}

// New builds a Shell. With no options it has no commands but the language
// itself; add core.Module() for the standard cmdlets.
func New(opts ...Option) (*Shell, error) {
	var c config
	for _, o := range opts {
		if o == nil {
			return nil, errors.New("shell: nil Option")
		}
		if err := o(&c); err != nil {
			return nil, err
		}
	}
	if err := c.authorize(); err != nil {
		return nil, err
	}
	in := interp.New(interp.Config{
		Stdin: c.stdin, Stdout: c.stdout, Stderr: c.stderr, Dir: c.dir, Env: c.env,
		Native: c.native, FileSystem: c.files, HostEnvironment: c.hostEnv, Statics: statics.Chain(statics.Host(), statics.DotNet()),
		Width: c.width, Terminal: c.terminal, Color: c.color,
		Modules: c.modules, MaxSteps: c.maxSteps, OnError: c.onError,
		Limits:         c.limits,
		NonInteractive: c.nonInteractive,
	})
	for _, ci := range c.cmdlets {
		in.AddCommand(ci)
	}
	for _, v := range c.vars {
		name := v.name
		if q, rest, ok := strings.Cut(name, ":"); ok && strings.EqualFold(q, "global") {
			name = rest
		}
		if err := in.SetVariable("global:"+name, v.value); err != nil {
			return nil, err
		}
	}
	return &Shell{in: in}, nil
}

// Run runs script text and writes its output, formatted as the console
// shows it, to the Shell's stdout; errors go to its stderr. The returned
// error is the terminating error that ended the script, if any (already
// shown on stderr), or an *ExitError for exit N.
func (s *Shell) Run(ctx context.Context, script string) error {
	return s.in.RunString(ctx, "", script, nil)
}

// RunFile runs a .ps1 file with args bound to its param() block (or $args).
func (s *Shell) RunFile(ctx context.Context, path string, args ...string) error {
	return s.in.RunFile(ctx, path, args)
}

// Invoke runs script text and returns its output objects as Go values (a Go
// struct emitted by a cmdlet comes back as that struct). input, if given,
// is piped into the script ($input, or the first command of a pipeline
// that starts with one). Errors that do not end the run (non-terminating
// ones, and those that end only a statement) are written to stderr, or
// given to WithErrorHandler's function; the returned error is the one that
// ended the run, if any.
func (s *Shell) Invoke(ctx context.Context, script string, input ...any) ([]any, error) {
	return s.in.EvalString(ctx, "", script, input)
}

// ExitError is returned when a script ran exit N.
type ExitError = interp.ExitError

// ExitCode returns the process exit code err implies: N for exit N, 1 for
// another error, 0 for nil.
func ExitCode(err error) int {
	if err == nil {
		return 0
	}
	var e *interp.ExitError
	if errors.As(err, &e) {
		return e.Code
	}
	return 1
}

// IsIncomplete reports whether err is a parse error caused by input that
// ends too early (an open quote, brace or here-string).
func IsIncomplete(err error) bool { return interp.IsIncomplete(err) }
