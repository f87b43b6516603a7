package admin

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/cmdlets/exchange"
	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell"
)

// result is what one script run gave back.
type result struct {
	out      []any
	errors   []*pipeline.ErrorRecord // non-terminating and statement-ending errors
	warnings string                  // what the script wrote to its error output (warnings)
	err      error                   // the error that ended the run
}

// failed reports whether anything went wrong.
func (r *result) failed() bool { return r.err != nil || len(r.errors) > 0 }

// messages returns every error's message.
func (r *result) messages() []string {
	var out []string
	for _, e := range r.errors {
		out = append(out, errorMessage(e))
	}
	if r.err != nil {
		out = append(out, errorMessage(r.err))
	}
	return out
}

// errorMessage returns the message of err without a position.
func errorMessage(err error) string {
	if rec, ok := err.(*pipeline.ErrorRecord); ok && rec.Err != nil {
		return rec.Err.Error()
	}
	return err.Error()
}

// newShell builds the shell one request runs its cmdlets in, as the
// signed-in account identity (shell.WithUser: only the cmdlets and
// parameters its management roles grant, writes only in its scope, audited
// under its name): the core and Exchange cmdlets on the Center's directory,
// plus the embedder's modules. It is the one place a request's shell is
// made. It reads the directory: call it with c.mu held.
func (c *Center) newShell(identity string, onError func(*pipeline.ErrorRecord), stderr *bytes.Buffer) (*shell.Shell, error) {
	open := func() (directory.Store, error) { return c.opts.Store, nil }
	opts := []shell.Option{
		shell.WithUser(identity),
		shell.WithStdio(strings.NewReader(""), nil, stderr),
		shell.WithErrorHandler(onError),
		shell.WithModule(core.Module()),
		shell.WithModule(exchange.Module(open)),
	}
	if c.opts.Modules != nil {
		for _, m := range c.opts.Modules() {
			opts = append(opts, shell.WithModule(m))
		}
	}
	return shell.New(opts...)
}

// run runs script as s's user, records it in s's command log when log is
// set, and returns its output. Runs are serialized: the directory store is
// used by one goroutine at a time.
func (c *Center) run(ctx context.Context, s *session, script string, log bool) *result {
	if log {
		s.logCommand(script)
	}
	res := &result{}
	var stderr bytes.Buffer
	c.mu.Lock()
	defer c.mu.Unlock()
	sh, err := c.newShell(s.identity, func(rec *pipeline.ErrorRecord) { res.errors = append(res.errors, rec) }, &stderr)
	if err != nil {
		res.err = err
		return res
	}
	res.out, res.err = sh.Invoke(ctx, script)
	res.warnings = strings.TrimSpace(stderr.String())
	return res
}

// access returns what the account identity may do in the admin center,
// from the commands its shell has: view (Get-Mailbox) and change
// (Set-CASMailbox).
func (c *Center) access(ctx context.Context, identity string) (view, change bool, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var stderr bytes.Buffer
	sh, err := c.newShell(identity, func(*pipeline.ErrorRecord) {}, &stderr)
	if err != nil {
		return false, false, err
	}
	out, err := sh.Invoke(ctx, "Get-Command -Name Get-Mailbox,Set-CASMailbox -ErrorAction SilentlyContinue | ForEach-Object Name")
	if err != nil {
		return false, false, err
	}
	for _, v := range out {
		switch fmt.Sprint(v) {
		case "Get-Mailbox":
			view = true
		case "Set-CASMailbox":
			change = true
		}
	}
	return view, change, nil
}
