package main

import (
	"io"
	"os"

	"golang.org/x/term"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/cmdlets/exchange"
	"github.com/psh-project/psh/cmdlets/lua"
	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/shell"
)

// newShell wires the process's stdio, environment and location into a Shell
// with the standard modules.
func newShell(o *options, stdin io.Reader, stdout, stderr io.Writer) (*shell.Shell, error) {
	dir, err := os.Getwd()
	if err != nil {
		dir = "/"
	}
	width, isTerm := 120, false
	if f, ok := stdout.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		isTerm = true
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
			width = w
		}
	}
	// Colours unless NO_COLOR is set or the terminal says it has none.
	color := isTerm && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb"
	opts := []shell.Option{
		shell.WithStdio(stdin, stdout, stderr),
		shell.WithEnv(os.Environ()),
		shell.WithDir(dir),
		shell.WithNativeCommands(true),
		shell.WithWidth(width),
		shell.WithTerminal(isTerm, color),
		shell.WithModule(core.Module()),
		shell.WithModule(exchange.Module(directoryOpener(o, os.Getenv))),
		shell.WithModule(lua.Module()),
		shell.WithVariable("PROFILE", profilePath()),
		shell.WithLimits(o.limits),
	}
	return shell.New(opts...)
}

// directoryOpener returns how the Exchange cmdlets open the recipient
// directory, on first use: -Directory, else $PSH_DIRECTORY, else the
// default path; -NoDemo or PSH_NO_DEMO=1 makes a new file empty instead of
// seeding the demo organization.
func directoryOpener(o *options, getenv func(string) string) exchange.OpenFunc {
	return func() (directory.Store, error) {
		path := o.directory
		if path == "" {
			path = directory.DefaultPath(getenv)
		}
		var opts []directory.Option
		if o.noDemo || getenv("PSH_NO_DEMO") == "1" {
			opts = append(opts, directory.WithNewDirectory(directory.NewEmpty))
		}
		return directory.Open(path, opts...)
	}
}
