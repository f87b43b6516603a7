package exchange_test

import (
	"strings"
	"testing"
)

// TestNewMailboxSecurePassword: New-Mailbox takes the SecureString that
// ConvertTo-SecureString and Read-Host -AsSecureString return, as in the
// New-Mailbox help's example, and the account is created.
func TestNewMailboxSecurePassword(t *testing.T) {
	s, _ := demoSession(t)
	out, errs := s.run(`$password = ConvertTo-SecureString -String 'P@ssw0rd1' -AsPlainText -Force
New-Mailbox -UserPrincipalName chris2@contoso.com -Alias chris2 -Database "Mailbox Database 1" -Name ChrisAshton2 -OrganizationalUnit Users -Password $password -FirstName Chris -LastName Ashton -DisplayName "Chris Ashton 2" | ForEach-Object Identity`)
	if errs != "" || strings.TrimSpace(out) != "contoso.com/Users/ChrisAshton2" {
		t.Fatalf("New-Mailbox with a SecureString: stdout %q stderr %q", out, errs)
	}
	if got := s.line(`(Get-Mailbox chris2).DisplayName`); got != "Chris Ashton 2" {
		t.Errorf("DisplayName = %q", got)
	}
	// A value that is neither a SecureString nor a string is refused.
	if _, errs := s.run(`New-Mailbox -Name X -UserPrincipalName x@contoso.com -Password (Get-Date)`); !strings.Contains(errs, "Cannot bind parameter 'Password'") {
		t.Errorf("-Password (Get-Date): stderr %q", errs)
	}
}

// TestTypeNames: the objects carry Exchange's type names, a Guid is a
// System.Guid, and an Identity on its own prints as its canonical path.
func TestTypeNames(t *testing.T) {
	s, _ := demoSession(t)
	tests := []struct{ script, want string }{
		{`(Get-Mailbox rzaher).GetType().FullName`, "Microsoft.Exchange.Data.Directory.Management.Mailbox"},
		{`(Get-User rzaher).GetType().FullName`, "Microsoft.Exchange.Data.Directory.Management.User"},
		{`(Get-CASMailbox rzaher).GetType().FullName`, "Microsoft.Exchange.Data.Directory.Management.CASMailbox"},
		{`(Get-Recipient rzaher).GetType().FullName`, "Microsoft.Exchange.Data.Directory.Management.ReducedRecipient"},
		{`(Get-OrganizationalUnit Finance).GetType().FullName`, "Microsoft.Exchange.Data.Directory.Management.ExtendedOrganizationalUnit"},
		{`(Get-Mailbox rzaher).Guid.GetType().FullName`, "System.Guid"},
		{`(Get-Mailbox rzaher).Identity.GetType().FullName`, "Microsoft.Exchange.Data.Directory.ADObjectId"},
		{`(Get-Mailbox rzaher).Identity`, randZaher},
		{`Get-Mailbox rzaher | ForEach-Object Identity`, randZaher},
	}
	for _, tt := range tests {
		if got := s.line(tt.script); got != tt.want {
			t.Errorf("%s = %q, want %q", tt.script, got, tt.want)
		}
	}
	// The default views still apply under the new names.
	if got := s.line(`Get-CASMailbox rzaher`); !strings.Contains(got, "Name       ActiveSyncEnabled OWAEnabled PopEnabled ImapEnabled MapiEnabled") {
		t.Errorf("Get-CASMailbox view:\n%s", got)
	}
}
