package main

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"golang.org/x/term"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/cmdlets/exchange"
	"github.com/psh-project/psh/cmdlets/lua"
	"github.com/psh-project/psh/cmdlets/mail"
	"github.com/psh-project/psh/cmdlets/service"
	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/mailstore"
	"github.com/psh-project/psh/server/control"
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
	mailStores := &mail.Stores{MailPath: func() string {
		return mailstore.PathFor(directoryPath(o, os.Getenv))
	}}
	demoMail := mail.DemoMail(mailStores)
	mailStores.Directory = directoryOpener(o, os.Getenv, demoMail)
	exchangeModule := exchange.Module(directoryOpener(o, os.Getenv, demoMail), exchange.WithDemoMail(demoMail))
	// The service cmdlets are in the roles' entries (Organization Client
	// Access): a -User session has them only when its roles grant them.
	serviceModule := service.Module(controlSocket(o, os.Getenv))
	serviceModule.Authorize = exchangeModule.Authorize
	opts := []shell.Option{
		shell.WithStdio(stdin, stdout, stderr),
		shell.WithEnv(os.Environ()),
		shell.WithDir(dir),
		shell.WithNativeCommands(true),
		shell.WithFileSystem(true),
		shell.WithHostEnvironment(true),
		shell.WithWidth(width),
		shell.WithTerminal(isTerm, color),
		shell.WithModule(core.Module()),
		shell.WithModule(exchangeModule),
		shell.WithModule(lua.Module()),
		shell.WithModule(serviceModule),
		shell.WithModule(mail.Module(mailStores)),
		shell.WithVariable("PROFILE", profilePath()),
		shell.WithLimits(o.limits),
	}
	if o.nonInteract {
		opts = append(opts, shell.WithNonInteractive())
	}
	if o.user != "" {
		opts = append(opts, shell.WithUser(o.user)) // signIn checked the password
	}
	return shell.New(opts...)
}

// directoryOpener returns how the Exchange cmdlets open the recipient
// directory, on first use: -Directory, else $PSH_DIRECTORY, else the
// default path; -NoDemo or PSH_NO_DEMO=1 makes a new file empty instead of
// seeding the demo organization. A file it creates with the demo
// organization also gets the demo mailboxes' messages (demoMail).
func directoryOpener(o *options, getenv func(string) string, demoMail func(context.Context, directory.Store) error) exchange.OpenFunc {
	return func() (directory.Store, error) {
		path := directoryPath(o, getenv)
		var opts []directory.Option
		demo := !o.noDemo && getenv("PSH_NO_DEMO") != "1"
		if !demo {
			opts = append(opts, directory.WithNewDirectory(directory.NewEmpty))
		}
		_, statErr := os.Stat(path)
		created := path != ":memory:" && errors.Is(statErr, fs.ErrNotExist)
		s, err := directory.Open(path, opts...)
		if err != nil || !created || !demo || demoMail == nil {
			return s, err
		}
		if err := demoMail(context.Background(), s); err != nil {
			s.Close()
			return nil, err
		}
		return s, nil
	}
}

// directoryPath is the directory file this psh uses: -Directory, else
// $PSH_DIRECTORY, else the default path.
func directoryPath(o *options, getenv func(string) string) string {
	if o.directory != "" {
		return o.directory
	}
	return directory.DefaultPath(getenv)
}

// controlSocket returns where the service cmdlets find pshd for this
// directory, and the command that starts it.
func controlSocket(o *options, getenv func(string) string) service.SocketFunc {
	return func() (string, string) {
		p := directoryPath(o, getenv)
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		return control.DefaultPath(p, getenv), "pshd -Directory " + p
	}
}
