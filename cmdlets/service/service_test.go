package service_test

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/cmdlets/service"
	"github.com/psh-project/psh/server"
	"github.com/psh-project/psh/shell"
)

// fake is a service whose Start and Stop only change its state.
type fake struct {
	name, display string
	running       bool
}

func (f *fake) Name() string                { return f.name }
func (f *fake) DisplayName() string         { return f.display }
func (f *fake) Start(context.Context) error { f.running = true; return nil }
func (f *fake) Stop(context.Context) error  { f.running = false; return nil }
func (f *fake) Status() server.Status {
	if f.running {
		return server.Running
	}
	return server.Stopped
}

// run runs script in a shell whose service cmdlets use the socket, and
// returns stdout and stderr.
func run(t *testing.T, socket, script string) (string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	sh, err := shell.New(shell.WithStdio(strings.NewReader(""), &out, &errs), shell.WithModule(core.Module()),
		shell.WithModule(service.Module(func() (string, string) { return socket, "pshd -Directory /srv/d.db" })))
	if err != nil {
		t.Fatal(err)
	}
	if err := sh.Run(context.Background(), script); err != nil {
		t.Fatalf("%s: %v\n%s", script, err, errs.String())
	}
	return out.String(), errs.String()
}

func TestNoServerRunning(t *testing.T) {
	sock := filepath.Join(t.TempDir(), "control.sock")
	out, errs := run(t, sock, `Get-Service *POP*; Stop-Service MSExchangePOP3 -PassThru | ForEach-Object Status`)
	want := `
Status  Name             DisplayName
------  ----             -----------
Stopped MSExchangePOP3   Microsoft Exchange POP3
Stopped MSExchangePOP3BE Microsoft Exchange POP3 Backend
Stopped
`
	if strings.TrimSpace(out) != strings.TrimSpace(want) || errs != "" {
		t.Errorf("got\n%s\nstderr %q", out, errs)
	}
	_, errs = run(t, sock, `Start-Service MSExchangePOP3`)
	if !strings.Contains(errs, "Service 'Microsoft Exchange POP3 (MSExchangePOP3)' cannot be started because the psh server is not running. Start it with: pshd -Directory /srv/d.db") {
		t.Errorf("Start-Service: %s", errs)
	}
	_, errs = run(t, sock, `Get-Service Nope`)
	if !strings.Contains(errs, "Cannot find any service with service name 'Nope'.") {
		t.Errorf("Get-Service Nope: %s", errs)
	}
}

func TestAgainstHost(t *testing.T) {
	h := server.NewHost(nil)
	h.Add(&fake{name: "MSExchangePOP3", display: "Microsoft Exchange POP3"}, server.Automatic)
	h.Add(&fake{name: "MSExchangePOP3BE", display: "Microsoft Exchange POP3 Backend"}, server.Automatic)
	sock := filepath.Join(t.TempDir(), "run", "control.sock")
	cs, err := server.ListenControl(sock, h)
	if err != nil {
		t.Fatal(err)
	}
	defer cs.Close()
	for _, tc := range []struct{ script, out, errs string }{
		{`Restart-Service MSExchangePOP3; Restart-Service MSExchangePOP3BE; (Get-Service MSExchangePOP3*).Status -join ','`, "Running,Running\n", ""},
		{`Restart-Service MSExchangePOP3 -WhatIf`, "What if: Performing the operation \"Restart-Service\" on target \"Microsoft Exchange POP3 (MSExchangePOP3)\".\n", ""},
		{`Stop-Service MSExchangePOP3BE -PassThru | ForEach-Object { "$($_.Name) $($_.Status) $($_.StartType)" }`, "MSExchangePOP3BE Stopped Automatic\n", ""},
		{`Set-Service MSExchangePOP3BE -StartupType Disabled; Start-Service MSExchangePOP3BE`, "",
			"Service 'Microsoft Exchange POP3 Backend (MSExchangePOP3BE)' cannot be started because it is disabled: run Set-Service MSExchangePOP3BE -StartupType Manual first."},
		{`Set-Service MSExchangePOP3BE -StartupType Manual; Start-Service MSExchangePOP3BE -PassThru | ForEach-Object { "$($_.Status) $($_.StartType)" }`, "Running Manual\n", ""},
	} {
		out, errs := run(t, sock, tc.script)
		if out != tc.out || (tc.errs == "" && errs != "") || !strings.Contains(errs, tc.errs) {
			t.Errorf("%s:\n got %q, %q\nwant %q, %q", tc.script, out, errs, tc.out, tc.errs)
		}
	}
}
