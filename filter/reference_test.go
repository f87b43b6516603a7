package filter

import (
	"strings"
	"testing"
)

// TestReferenceFilters compiles every filter string from
// shared/reference/pop3-imap4-mailbox-access.md and shared/reference/opath.md,
// written as Exchange receives it (after PowerShell has processed the
// enclosing quotes), against the cmdlet the page runs it on.
func TestReferenceFilters(t *testing.T) {
	tests := []struct {
		schema *Schema
		filter string
		want   string // normalised form, or the error message prefix after "ERR "
	}{
		// pop3-imap4-mailbox-access.md
		{mailboxSchema(), "RecipientTypeDetails -eq 'UserMailbox'", "(RecipientTypeDetails -eq 'UserMailbox')"},
		{userSchema(), "RecipientType -eq 'UserMailbox' -and Department -like 'Engineering*' -and StateOrProvince -eq 'WA'",
			"(((RecipientType -eq 'UserMailbox') -and (Department -like 'Engineering*')) -and (StateOrProvince -eq 'WA'))"},
		{recipientSchema(), "RecipientType -eq 'UserMailbox' -and Department -like 'Engineering*' -and StateOrProvince -eq 'WA'",
			"(((RecipientType -eq 'UserMailbox') -and (Department -like 'Engineering*')) -and (StateOrProvince -eq 'WA'))"},
		{casSchema(), "PopEnabled -eq $false -and ImapEnabled -eq $false", "((PopEnabled -eq $false) -and (ImapEnabled -eq $false))"},
		{casSchema(), "PopEnabled -eq `$false -and ImapEnabled -eq `$false", "((PopEnabled -eq $false) -and (ImapEnabled -eq $false))"},
		// opath.md §1: the same filter on the wrong cmdlets.
		{casSchema(), "RecipientType -eq 'UserMailbox' -and Department -like 'Engineering*' -and StateOrProvince -eq 'WA'",
			`ERR "RecipientType" is not a recognized filterable property for Get-CASMailbox.`},
		{mailboxSchema(), "Department -like 'Engineering*' -and StateOrProvince -eq 'WA'",
			`ERR "Department" is not a recognized filterable property for Get-Mailbox.`},
		{userSchema(), "Department -like 'Engineering*' -and StateOrProvince -eq 'WA'",
			"((Department -like 'Engineering*') -and (StateOrProvince -eq 'WA'))"},
		// opath.md §2 operators.
		{mailboxSchema(), "WhenCreated -gt '8/1/2017 2:00:00 PM'", "(WhenCreated -gt '2017-08-01T14:00:00Z')"},
		{mailboxSchema(), "ResourceCapacity -gt 15", "(ResourceCapacity -gt 15)"},
		{mailboxSchema(), "ExchangeVersion -lt 88218628259840", "(ExchangeVersion -lt 88218628259840)"},
		{mailboxSchema(), "SCLJunkThresholdInt -ge -2147483645", "(SCLJunkThresholdInt -ge -2147483645)"},
		{queueSchema(), "MessageCount -le 1000", "(MessageCount -le 1000)"},
		{queueSchema(), "SCL -le 6", "(SCL -le 6)"},
		{mailboxSchema(), "Name -NotLike 'DiscoverySearchMailbox*'", "(Name -notlike 'DiscoverySearchMailbox*')"},
		{mailboxSchema(), "ArchiveGuid -Eq `$null -AND ArchiveDomain -eq `$null -AND Name -NotLike 'DiscoverySearchMailbox*'",
			"(((ArchiveGuid -eq $null) -and (ArchiveDomain -eq $null)) -and (Name -notlike 'DiscoverySearchMailbox*'))"},
		{mailboxSchema(), "ArchiveGuid -Eq $null -AND ArchiveDomain -eq $null -AND Name -NotLike 'DiscoverySearchMailbox*'",
			"(((ArchiveGuid -eq $null) -and (ArchiveDomain -eq $null)) -and (Name -notlike 'DiscoverySearchMailbox*'))"},
		{casSchema(), "POPEnabled -eq $false", "(PopEnabled -eq $false)"},
		{recipientSchema(), "(RecipientTypeDetails -eq 'UserMailbox') -and (Title -like 'Director*' -or Title -like 'Manager*') -and (StateOrProvince -eq 'WA')",
			"(((RecipientTypeDetails -eq 'UserMailbox') -and ((Title -like 'Director*') -or (Title -like 'Manager*'))) -and (StateOrProvince -eq 'WA'))"},
		{casSchema(), "HasActiveSyncDevicePartnership -eq `$true -and -not DisplayName -like 'CAS_{*'",
			"((HasActiveSyncDevicePartnership -eq $true) -and (DisplayName -notlike 'CAS_{*'))"},
		{mailboxSchema(), "((Alias -ne $null) -and (-not(Database -ne $null)))", "((Alias -ne $null) -and (Database -eq $null))"},
		{mailboxSchema(), "(Alias -ne )", `ERR Invalid filter syntax.`},
		// opath.md §3 values.
		{userSchema(), "Manager -eq 'CN=Rand Zaher,OU=Finance,OU=North America,DC=contoso,DC=com'",
			"(Manager -eq 'CN=Rand Zaher,OU=Finance,OU=North America,DC=contoso,DC=com')"},
		{userSchema(), "IsSecurityPrincipal -eq 'True'", "(IsSecurityPrincipal -eq $true)"},
		{userSchema(), "IsSecurityPrincipal -eq '$True'", "(IsSecurityPrincipal -eq $true)"},
		{recipientSchema(), "IsSecurityPrincipal -eq 'True'", `ERR "IsSecurityPrincipal" is not a recognized filterable property for Get-Recipient.`},
		{mailboxSchema(), "ArchiveDatabase -ne $null", "(ArchiveDatabase -ne $null)"},
		{mailboxSchema(), "ArchiveDatabase -ne ", `ERR Invalid filter syntax.`},
		{queueSchema(), "NextHopDomain -eq contoso.com -and Status -eq 'Retry'", "((NextHopDomain -eq 'contoso.com') -and (Status -eq 'Retry'))"},
		{queueSchema(), `{NextHopDomain -eq "contoso.com" -and Status -eq 'Retry'}`, "((NextHopDomain -eq 'contoso.com') -and (Status -eq 'Retry'))"},
		{userSchema(), "UserAccountControl -eq 'AccountDisabled,NormalAccount'", "(UserAccountControl -eq 'AccountDisabled, NormalAccount')"},
		{mailboxSchema(), "ResourceType -eq 'Equipment'", "(ResourceType -eq 'Equipment')"},
		{mailboxSchema(), "WhenCreated -gt '8/13/2017'", "(WhenCreated -gt '2017-08-13T00:00:00Z')"},
		{mailboxSchema(), "MaxReceiveSize -eq 'Unlimited'", "(MaxReceiveSize -eq 'Unlimited')"},
		{mailboxSchema(), "UsageLocation -eq \"US\"", "(UsageLocation -eq 'US')"},
		{userSchema(), "{Department -eq 'Sales'}", "(Department -eq 'Sales')"},
		// opath.md §4 wildcards.
		{mailboxSchema(), "UserPrincipalName -like 'A*B*C'", "(UserPrincipalName -like 'A*B*C')"},
		{mailboxSchema(), "UserPrincipalName -like 'A*' -and UserPrincipalName -like '*C' -and UserPrincipalName -like '*B*'",
			"(((UserPrincipalName -like 'A*') -and (UserPrincipalName -like '*C')) -and (UserPrincipalName -like '*B*'))"},
		{mailboxSchema(), "UPN -like 'A*B*C'", `ERR "UPN" is not a recognized filterable property for Get-Mailbox.`},
		{mailboxSchema(), "EmailAddresses -eq 'lila@fabrikam.com'", "(EmailAddresses -eq 'lila@fabrikam.com')"},
		{mailboxSchema(), "EmailAddresses -like 'smtp:lila*'", "(EmailAddresses -like 'smtp:lila*')"},
		{mailboxSchema(), "PrimarySMTPAddress -like '*@fabrikam.com'", "(PrimarySmtpAddress -like '*@fabrikam.com')"},
		{mailboxSchema(), "PrimarySmtpAddress -like 'vasil*'", "(PrimarySmtpAddress -like 'vasil*')"},
		// opath.md §7 and §8.
		{casSchema(), "OWAEnabled -eq $true", "(OWAEnabled -eq $true)"},
		{userSchema(), "RecipientType -eq 'UserMailbox' -or 'MailUser'", `ERR Invalid filter syntax.`},
	}
	for _, tt := range tests {
		p, err := Compile(tt.filter, tt.schema)
		if msg, ok := strings.CutPrefix(tt.want, "ERR "); ok {
			if err == nil || !strings.HasPrefix(err.(*Error).Msg, msg) {
				t.Errorf("%s on %s: got %v, want error %q", tt.filter, tt.schema.Cmdlet(), err, msg)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s on %s: %v", tt.filter, tt.schema.Cmdlet(), err)
			continue
		}
		if p.String() != tt.want {
			t.Errorf("%s on %s:\n got %s\nwant %s", tt.filter, tt.schema.Cmdlet(), p, tt.want)
		}
	}
}
