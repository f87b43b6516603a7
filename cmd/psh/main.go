package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"

	"golang.org/x/term"

	// Builds the parser in the background during start-up; see its doc.
	_ "github.com/psh-project/psh/cmd/psh/internal/warmup"
	"github.com/psh-project/psh/shell"
	"github.com/psh-project/psh/shell/repl"
)

const version = "0.1.0"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without the process exit, for testscript.
func run(argv []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o, err := parseArgs(argv)
	if err != nil {
		fmt.Fprintln(stderr, "psh:", err)
		return 64
	}
	switch {
	case o.help:
		fmt.Fprint(stdout, usage)
		return 0
	case o.version:
		fmt.Fprintln(stdout, "psh "+version)
		return 0
	case o.check != nil:
		return check(o.check, stderr)
	}
	if o.user != "" {
		var err error
		if stdin, err = signIn(o, stdin, stderr); err != nil {
			fmt.Fprintln(stderr, "psh:", err)
			return 1
		}
	}
	sh, err := newShell(o, stdin, stdout, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "psh:", err)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if !o.noProfile {
		if err := runProfile(ctx, sh); err != nil {
			var ee *shell.ExitError
			if errors.As(err, &ee) {
				return ee.Code
			}
		}
	}
	switch {
	case o.hasCommand && o.command == "-":
		src, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintln(stderr, "psh:", err)
			return 1
		}
		return commandExit(sh, sh.Run(ctx, string(src)))
	case o.hasCommand:
		return commandExit(sh, sh.Run(ctx, o.command))
	case o.file != "":
		return shell.ExitCode(sh.RunFile(ctx, o.file, o.args...))
	}
	if f, ok := stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		return interactive(ctx, sh, o, stdin, stdout, stderr)
	}
	src, err := io.ReadAll(stdin)
	if err != nil {
		fmt.Fprintln(stderr, "psh:", err)
		return 1
	}
	return commandExit(sh, sh.Run(ctx, string(src)))
}

// commandExit is the exit code of a -Command run: exit N, 1 after a
// terminating error, 1 when the last pipeline failed ($? false).
func commandExit(sh *shell.Shell, err error) int {
	if err != nil {
		return shell.ExitCode(err)
	}
	if !sh.LastStatusOK() {
		return 1
	}
	return 0
}

// profilePath is $PROFILE: ~/.config/psh/profile.ps1 ("" without a home).
func profilePath() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(home, ".config", "psh", "profile.ps1")
}

func runProfile(ctx context.Context, sh *shell.Shell) error {
	p := profilePath()
	if p == "" {
		return nil
	}
	if _, err := os.Stat(p); err != nil {
		return nil
	}
	return sh.DotSource(ctx, p)
}

// interactive is the prompt loop for a terminal: the REPL with history in
// ~/.local/share/psh/history. Ctrl-C cancels only the running line, so the
// REPL gets a context that the process's interrupt handler cannot cancel.
func interactive(ctx context.Context, sh *shell.Shell, o *options, stdin io.Reader, stdout, stderr io.Writer) int {
	ropts := repl.Options{Stdout: stdout, Stderr: stderr}
	if f, ok := stdin.(*os.File); ok {
		ropts.Stdin = f
	}
	if home, err := os.UserHomeDir(); err == nil {
		ropts.HistoryFile = filepath.Join(home, ".local", "share", "psh", "history")
	}
	if !o.noLogo {
		ropts.Banner = "psh " + version
	}
	code, err := repl.Run(context.WithoutCancel(ctx), sh, ropts)
	if err != nil {
		fmt.Fprintln(stderr, "psh:", err)
	}
	return code
}
