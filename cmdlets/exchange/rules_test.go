package exchange_test

import (
	"testing"

	"github.com/psh-project/psh/directory"
)

// TestWhatIfChangesNothing: -WhatIf says what it would do, for one identity
// and for a whole pipeline, and stores nothing (not even WhenChanged).
func TestWhatIfChangesNothing(t *testing.T) {
	s, path := demoSession(t)
	before := s.line(`$m = Get-CASMailbox "Rand Zaher"; "$($m.PopEnabled) $($m.WhenChangedUTC.Ticks)"`)
	out := s.line(`Set-CASMailbox "Rand Zaher" -PopEnabled $false -WhatIf`)
	if want := `What if: Performing the operation "Set-CASMailbox" on target "` + randZaher + `".`; out != want {
		t.Errorf("-WhatIf said %q, want %q", out, want)
	}
	s.line(`Get-User -Filter "Department -like 'Engineering*'" -ResultSize Unlimited | Set-CASMailbox -PopEnabled $false -ImapEnabled $false -WhatIf | Out-Null`)
	if got := s.line(`$m = Get-CASMailbox "Rand Zaher"; "$($m.PopEnabled) $($m.WhenChangedUTC.Ticks)"`); got != before {
		t.Errorf("after -WhatIf: %q, want %q", got, before)
	}
	// A second process sees the original data too.
	other := newSession(t, path)
	if got := other.line(`@(Get-CASMailbox -ResultSize Unlimited -Filter "PopEnabled -eq ` + "`" + `$false").Count`); got != "1" {
		t.Errorf("mailboxes with POP3 off after -WhatIf = %s, want 1 (the Administrator)", got)
	}
}

// TestAdministratorRule: POP3 and IMAP4 settings for the Administrator
// mailbox write the warning and are not stored; other settings in the same
// call are.
func TestAdministratorRule(t *testing.T) {
	s, _ := demoSession(t)
	warning := "WARNING: " + directory.AdministratorWarning + "\n"
	tests := []struct {
		script, stderr, after string
	}{
		{`Set-CASMailbox Administrator -PopEnabled $true -ImapEnabled $true`, warning, "False False True"},
		{`Set-CASMailbox Administrator -PopEnabled $true -OWAEnabled $false`, warning, "False False False"},
		{`Get-Mailbox Administrator | Set-CASMailbox -ImapEnabled $true -ImapUseProtocolDefaults $false`, warning, "False False False"},
		{`Set-CASMailbox Administrator -OWAEnabled $true`, "", "False False True"},
	}
	for _, tt := range tests {
		out, errs := s.run(tt.script)
		if out != "" || errs != tt.stderr {
			t.Errorf("%s: stdout %q stderr %q, want stderr %q", tt.script, out, errs, tt.stderr)
		}
		if got := s.line(`$a = Get-CASMailbox Administrator; "$($a.PopEnabled) $($a.ImapEnabled) $($a.OWAEnabled)"`); got != tt.after {
			t.Errorf("after %s: %q, want %q", tt.script, got, tt.after)
		}
	}
	if got := s.line(`(Get-CASMailbox Administrator).ImapUseProtocolDefaults`); got != "True" {
		t.Errorf("ImapUseProtocolDefaults = %s: a protocol setting was stored for the Administrator", got)
	}
}

// TestEmailAddressesWildcardNeedsPrefix: opath.md §4: -eq matches a proxy
// address without its prefix, a wildcard search only with it; a filter on
// PrimarySmtpAddress matches bare addresses.
func TestEmailAddressesWildcardNeedsPrefix(t *testing.T) {
	s, _ := demoSession(t)
	for _, c := range []struct{ filter, want string }{
		{`EmailAddresses -eq 'rand.zaher@contoso.com'`, "1"},
		{`EmailAddresses -like 'rand.zaher*'`, "0"},
		{`EmailAddresses -like 'smtp:rand.zaher*'`, "1"},
		{`EmailAddresses -like 'SMTP:rzaher@*'`, "1"},
		{`PrimarySmtpAddress -like 'rzaher*'`, "1"},
	} {
		got := s.line(`@(Get-Mailbox -ResultSize Unlimited -Filter "` + c.filter + `").Count`)
		if got != c.want {
			t.Errorf("-Filter %q: %s mailboxes, want %s", c.filter, got, c.want)
		}
	}
}

// TestDomainControllerAccepted: scripts written for Exchange pass
// -DomainController; psh accepts it on the Get and Set cmdlets.
func TestDomainControllerAccepted(t *testing.T) {
	s, _ := demoSession(t)
	if got := s.line(`Get-Mailbox rzaher -DomainController DC01.contoso.com | ForEach-Object Name`); got != "Rand Zaher" {
		t.Errorf("Get-Mailbox -DomainController = %q", got)
	}
	if out, errs := s.run(`Set-CASMailbox rzaher -ImapEnabled $false -DomainController DC01; (Get-CASMailbox rzaher).ImapEnabled`); out != "False\n" || errs != "" {
		t.Errorf("Set-CASMailbox -DomainController: stdout %q stderr %q", out, errs)
	}
}

// TestFilterPropertyOfAnotherCmdlet: a property another Get cmdlet can
// filter on is named as such, instead of guessing a typo.
func TestFilterPropertyOfAnotherCmdlet(t *testing.T) {
	s, _ := demoSession(t)
	_, errs := s.run(`Get-Mailbox -Filter "PopEnabled -eq 'True'"`)
	want := `Get-Mailbox: Cannot bind parameter 'Filter' to the target. Exception setting "Filter": ""PopEnabled" is not a recognized filterable property for Get-Mailbox. It can be filtered with Get-CASMailbox. "PopEnabled -eq 'True'" at position 0."` + "\n"
	if errs != want {
		t.Errorf("stderr = %q\nwant     %q", errs, want)
	}
}
