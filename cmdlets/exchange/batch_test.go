package exchange_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/cmdlets/exchange"
	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell"
)

// committed counts, in a store of its own on path (which sees only what
// was committed), the mailboxes with OWA off and all mailboxes.
func committed(t *testing.T, path string) (owaOff, mailboxes int) {
	t.Helper()
	s, err := directory.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res, err := s.Query(context.Background(), directory.Query{Kind: directory.KindMailbox})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res.Recipients {
		if !r.OWAEnabled {
			owaOff++
		}
	}
	return owaOff, len(res.Recipients)
}

// cancelCmdlet is Stop-TestRun: it cancels the context the script runs in,
// as Ctrl-C does.
type cancelCmdlet struct{ cancel context.CancelFunc }

func (c *cancelCmdlet) Process(*pipeline.Context) error { c.cancel(); return nil }

// TestBatchCommittedHoweverThePipelineEnds: each object a changing cmdlet
// has processed stays changed whatever ends the pipeline afterwards: a
// throw, break, exit, Ctrl-C (a cancelled context), Select-Object -First
// or the normal end. The changes are checked from a store of its own on
// the same file while the session is still open, before the session runs
// anything else, so nothing but the pipeline's own end can commit them.
func TestBatchCommittedHoweverThePipelineEnds(t *testing.T) {
	const upTo4 = `$n = 0; Get-Mailbox -ResultSize 6 | ForEach-Object { $n++; if ($n -gt 4) { STOP }; $_ } | Set-CASMailbox -OWAEnabled $false`
	for _, tc := range []struct {
		name, script      string
		owaOff, mailboxes int // changes from the demo organization
		wantErr           string
	}{
		{"throw", `try { ` + strings.Replace(upTo4, "STOP", `throw "stop"`, 1) + ` } catch { "caught: $_" }`, 4, 0, ""},
		{"break", `foreach ($x in 1) { ` + strings.Replace(upTo4, "STOP", "break", 1) + ` }`, 4, 0, ""},
		{"exit", strings.Replace(upTo4, "STOP", "exit 3", 1), 4, 0, "exit 3"},
		{"cancel", strings.Replace(upTo4, "STOP", "Stop-TestRun", 1), 4, 0, "The pipeline has been stopped."},
		{"terminating error", `Get-Mailbox -ResultSize 6 | ForEach-Object { $_; "no such mailbox" } | Set-CASMailbox -OWAEnabled $false -ErrorAction Stop`, 1, 0, "no such mailbox"},
		{"Select-Object -First", `Get-User -RecipientTypeDetails User -ResultSize 6 | Enable-Mailbox | Select-Object -First 2 | Out-Null`, 0, 2, ""},
		{"normal end", `Get-Mailbox -ResultSize 4 | Set-CASMailbox -OWAEnabled $false`, 4, 0, ""},
		// A later stage shares the batch an inner pipeline opened; the
		// inner pipeline's end commits it and the next object opens
		// another: no stage is left with a finished batch.
		{"shared with an inner pipeline", `Get-User -RecipientTypeDetails User -ResultSize 3 | ForEach-Object { Enable-Mailbox $_ } | Set-CASMailbox -OWAEnabled $false`, 3, 3, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "directory.db")
			owa0, n0 := committed(t, path) // creates the demo organization
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var stdout, stderr strings.Builder
			sh, err := shell.New(shell.WithStdio(strings.NewReader(""), &stdout, &stderr),
				shell.WithModule(core.Module()), shell.WithModule(exchange.Module(func() (directory.Store, error) {
					st, err := directory.Open(path)
					t.Cleanup(func() { st.Close() })
					return st, err
				})),
				shell.WithModule(&pipeline.Module{Name: "Test", Commands: []*pipeline.CommandInfo{{Name: "Stop-TestRun",
					Type: pipeline.CmdletCommand, New: func() pipeline.Cmdlet { return &cancelCmdlet{cancel} }}}}))
			if err != nil {
				t.Fatal(err)
			}
			err = sh.Run(ctx, tc.script)
			switch {
			case tc.wantErr == "" && err != nil:
				t.Fatalf("%v\n%s", err, stderr.String())
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Errorf("error %v, want one saying %q", err, tc.wantErr)
			}
			owa, n := committed(t, path)
			if owa-owa0 != tc.owaOff || n-n0 != tc.mailboxes {
				t.Errorf("committed: %d more with OWA off, %d more mailboxes; want %d, %d\nstdout: %s\nstderr: %s",
					owa-owa0, n-n0, tc.owaOff, tc.mailboxes, stdout.String(), stderr.String())
			}
		})
	}
}
