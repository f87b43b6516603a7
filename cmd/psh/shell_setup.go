package main

import (
	"io"
	"os"

	"golang.org/x/term"

	"github.com/psh-project/psh/cmdlets/core"
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
	color := isTerm && os.Getenv("NO_COLOR") == ""
	opts := []shell.Option{
		shell.WithStdio(stdin, stdout, stderr),
		shell.WithEnv(os.Environ()),
		shell.WithDir(dir),
		shell.WithNativeCommands(true),
		shell.WithWidth(width),
		shell.WithTerminal(isTerm, color),
		shell.WithModule(core.Module()),
	}
	return shell.New(opts...)
}
