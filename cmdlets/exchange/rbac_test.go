package exchange_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/shell"
)

// userSession starts a shell as user on the directory file path.
func userSession(t *testing.T, path, user string) (*session, error) {
	t.Helper()
	return openSession(t, path, []shell.Option{shell.WithUser(user)})
}

// TestWithUser: an unknown user fails shell.New with Exchange's error; a
// shell without a module that authorizes refuses WithUser; a session's
// permissions are read when it starts, so a change of membership applies
// to the next session only; a shell without WithUser runs as the
// Administrator, which the audit log names.
func TestWithUser(t *testing.T) {
	admin, path := demoSession(t)
	if _, err := userSession(t, path, "nobody"); err == nil ||
		!strings.Contains(err.Error(), `shell: WithUser("nobody"): The operation couldn't be performed because object 'nobody' couldn't be found`) {
		t.Errorf("unknown user: %v", err)
	}
	var out bytes.Buffer
	if _, err := shell.New(shell.WithStdio(nil, &out, &out), shell.WithModule(core.Module()), shell.WithUser("x")); err == nil ||
		err.Error() != `shell: WithUser("x"): no module checks permissions (add exchange.Module)` {
		t.Errorf("no Exchange module: %v", err)
	}

	admin.line(`$null = New-Mailbox -Name "Rita Recipients" -UserPrincipalName rita@contoso.com -Password "Rita-Pa55"`)
	rita, err := userSession(t, path, "rita@contoso.com")
	if err != nil {
		t.Fatal(err)
	}
	if got := rita.line(`@(Get-Command -Module ExchangeRecipients).Count`); got != "0" {
		t.Errorf("a user without roles sees %s Exchange cmdlets", got)
	}
	admin.line(`Add-RoleGroupMember "Recipient Management" -Member rita`)
	if got := rita.line(`@(Get-Command -Module ExchangeRecipients).Count`); got != "0" {
		t.Errorf("the running session changed: %s cmdlets", got)
	}
	next, err := userSession(t, path, "rita")
	if err != nil {
		t.Fatal(err)
	}
	if got := next.line(`(Get-Command New-Mailbox, Set-CASMailbox).Name -join ","; @(Get-Command Search-AdminAuditLog -ErrorAction SilentlyContinue).Count`); got != "New-Mailbox,Set-CASMailbox\n0" {
		t.Errorf("next session: %q", got)
	}
	next.line(`Set-CASMailbox "Rita Recipients" -ImapEnabled $false`)
	got := admin.line(`Search-AdminAuditLog -Cmdlets Set-CASMailbox,Add-RoleGroupMember | ForEach-Object { "$($_.CmdletName) $($_.Caller) $($_.ObjectModified)" }`)
	want := "Set-CASMailbox contoso.com/Users/Rita Recipients contoso.com/Users/Rita Recipients\n" +
		"Add-RoleGroupMember contoso.com/Users/Administrator Recipient Management"
	if got != want {
		t.Errorf("audit log:\n%s\nwant:\n%s", got, want)
	}
}
