package exchange_test

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/cmdlets/exchange"
	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/shell"
)

// session is a shell with the core and Exchange modules on one directory
// file, and the output it wrote.
type session struct {
	t        testing.TB
	sh       *shell.Shell
	out, err bytes.Buffer
}

// newSession starts a shell on the directory file path (created with the
// demo organization if it does not exist).
func newSession(t testing.TB, path string, opts ...directory.Option) *session {
	t.Helper()
	s, err := openSession(t, path, nil, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// openSession is newSession with more shell options (shell.WithUser).
func openSession(t testing.TB, path string, shellOpts []shell.Option, opts ...directory.Option) (*session, error) {
	t.Helper()
	s := &session{t: t}
	var store directory.Store
	open := func() (directory.Store, error) {
		var err error
		store, err = directory.Open(path, opts...)
		return store, err
	}
	t.Cleanup(func() {
		if store != nil {
			store.Close()
		}
	})
	sh, err := shell.New(append([]shell.Option{shell.WithStdio(strings.NewReader(""), &s.out, &s.err),
		shell.WithModule(core.Module()), shell.WithModule(exchange.Module(open)), shell.WithFileSystem(true)}, shellOpts...)...)
	s.sh = sh
	return s, err
}

// demoSession starts a shell on a new demo directory in a temporary
// directory; it returns the file's path too.
func demoSession(t testing.TB) (*session, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "directory.db")
	return newSession(t, path), path
}

// run runs script and returns what it wrote to stdout and stderr; a
// terminating error fails the test.
func (s *session) run(script string) (stdout, stderr string) {
	s.t.Helper()
	s.out.Reset()
	s.err.Reset()
	if err := s.sh.Run(context.Background(), script); err != nil {
		s.t.Fatalf("%s: %v\nstderr: %s", script, err, s.err.String())
	}
	return s.out.String(), s.err.String()
}

// line runs script and returns its stdout without the final newline,
// failing the test if it wrote to stderr.
func (s *session) line(script string) string {
	s.t.Helper()
	out, errs := s.run(script)
	if errs != "" {
		s.t.Fatalf("%s: unexpected stderr %q", script, errs)
	}
	return strings.TrimRight(out, "\n")
}
