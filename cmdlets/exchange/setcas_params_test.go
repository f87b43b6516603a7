package exchange_test

import (
	"strings"
	"testing"

	"github.com/psh-project/psh/directory"
)

// tonyState reads what the tests below change of Tony Smith's mailbox,
// through Get-CASMailbox.
const tonyState = `$m = Get-CASMailbox tony@contoso.com; "$($m.DisplayName)|$($m.MAPIBlockOutlookRpcHttp)|$($m.PrimarySmtpAddress)|$($m.EmailAddresses -join ',')|$($m.WhenChangedUTC.Ticks)"`

// stateOf drops the WhenChanged ticks from a tonyState line.
func stateOf(line string) string { return line[:strings.LastIndex(line, "|")] }

// TestSetCASMailboxDocumentedExample runs the reference's example verbatim
// in another process, then reads the result in a new shell on the file.
func TestSetCASMailboxDocumentedExample(t *testing.T) {
	s, path := demoSession(t)
	// Tony Smith is in the demo organization as "Tony Smith": another name
	// first, so the example's -DisplayName has something to change.
	s.line(`Set-Mailbox tony@contoso.com -DisplayName "T. Smith"`)
	if got := stateOf(s.line(tonyState)); got != "T. Smith|False|tony@contoso.com|SMTP:tony@contoso.com" {
		t.Fatalf("before: %s", got)
	}
	cmd := child(path, `Set-CASMailbox tony@contoso.com -DisplayName "Tony Smith" -MAPIBlockOutlookRpcHttp $true`, directory.DefaultBatchSize)
	if out, err := cmd.Output(); err != nil || len(out) != 0 {
		t.Fatalf("the documented example: %v, stdout %q", err, out)
	}
	fresh := newSession(t, path)
	if got := stateOf(fresh.line(tonyState)); got != "Tony Smith|True|tony@contoso.com|SMTP:tony@contoso.com" {
		t.Errorf("a new shell reads %s", got)
	}
	// Format-List * shows the setting after MAPIEnabled, as Exchange does.
	list := fresh.line(`Get-CASMailbox tony@contoso.com | Format-List *`)
	if !strings.Contains(list, "\nMAPIEnabled                             : True\nMAPIBlockOutlookRpcHttp                 : True\n") {
		t.Errorf("Format-List *:\n%s", list)
	}
	// $false turns it off again.
	fresh.line(`Set-CASMailbox tony@contoso.com -MAPIBlockOutlookRpcHttp $false`)
	if got := stateOf(newSession(t, path).line(tonyState)); got != "Tony Smith|False|tony@contoso.com|SMTP:tony@contoso.com" {
		t.Errorf("after -MAPIBlockOutlookRpcHttp $false: %s", got)
	}
}

// TestSetCASMailboxAddressParams: -DisplayName, -PrimarySmtpAddress and
// -EmailAddresses do in Set-CASMailbox exactly what they do in Set-Mailbox:
// the same steps on two copies of the demo organization give the same state
// and the same errors, and both are pinned here.
func TestSetCASMailboxAddressParams(t *testing.T) {
	mbx, _ := demoSession(t)
	cas, _ := demoSession(t)
	const inUse = `The proxy address "SMTP:rzaher@contoso.com" is already being used by the proxy addresses or LegacyExchangeDN of "` + randZaher + `". Please choose another proxy address.`
	tests := []struct {
		args, stderr, after string
	}{
		{`-DisplayName "Tony S."`, "", "Tony S.|False|tony@contoso.com|SMTP:tony@contoso.com"},
		{`-EmailAddresses @{Add="tony.smith@contoso.com"}`, "", "Tony S.|False|tony@contoso.com|SMTP:tony@contoso.com,smtp:tony.smith@contoso.com"},
		{`-PrimarySmtpAddress tony.smith@contoso.com`, "", "Tony S.|False|tony.smith@contoso.com|SMTP:tony.smith@contoso.com,smtp:tony@contoso.com"},
		{`-EmailAddresses "SMTP:tony@contoso.com","smtp:ts@tailspintoys.com"`, "", "Tony S.|False|tony@contoso.com|SMTP:tony@contoso.com,smtp:ts@tailspintoys.com"},
		{`-EmailAddresses @{Remove="ts@tailspintoys.com"} -DisplayName "Tony Smith"`, "", "Tony Smith|False|tony@contoso.com|SMTP:tony@contoso.com"},
		{`-EmailAddresses "not an address"`, `The email address "not an address" isn't correct. Please use this format: user name, the @ sign, followed by the domain name. For example, tonysmith@contoso.com or tony.smith@contoso.com.`, ""},
		{`-PrimarySmtpAddress rzaher@contoso.com -DisplayName "Not Stored"`, inUse, ""},
		{`-EmailAddresses "SMTP:t2@fabrikam.com"`, `The email address "t2@fabrikam.com" isn't correct because "fabrikam.com" isn't an accepted domain for your organization.`, ""},
		{`-EmailAddresses @{Foo="x"}`, `Cannot bind parameter 'EmailAddresses'. Cannot convert value "System.Collections.Hashtable" to type "Microsoft.Exchange.Data.ProxyAddressCollection". Error: "The key "Foo" is not valid; use Add or Remove."`, ""},
	}
	last := ""
	for _, tt := range tests {
		want := tt.after
		if want == "" {
			want = last // a failed change stores nothing
		}
		for _, c := range []struct {
			cmdlet string
			s      *session
		}{{"Set-Mailbox", mbx}, {"Set-CASMailbox", cas}} {
			script := c.cmdlet + " tony@contoso.com " + tt.args
			out, errs := c.s.run(script)
			wantErr := ""
			if tt.stderr != "" {
				wantErr = c.cmdlet + ": " + tt.stderr + "\n"
			}
			if out != "" || errs != wantErr {
				t.Errorf("%s: stdout %q stderr %q, want stderr %q", script, out, errs, wantErr)
			}
			if got := stateOf(c.s.line(tonyState)); got != want {
				t.Errorf("after %s: %s, want %s", script, got, want)
			}
		}
		last = want
	}
}

// TestSetCASMailboxNewParamsWhatIf: -WhatIf with the new parameters says
// what it would do and stores nothing, as a second shell confirms.
func TestSetCASMailboxNewParamsWhatIf(t *testing.T) {
	s, path := demoSession(t)
	before := s.line(tonyState)
	out := s.line(`Set-CASMailbox tony@contoso.com -DisplayName "Tony Smith 2" -MAPIBlockOutlookRpcHttp $true -EmailAddresses @{Add="t2@contoso.com"} -WhatIf`)
	if want := `What if: Performing the operation "Set-CASMailbox" on target "contoso.com/North America/Marketing/Tony Smith".`; out != want {
		t.Errorf("-WhatIf said %q, want %q", out, want)
	}
	if got := s.line(tonyState); got != before {
		t.Errorf("after -WhatIf: %s, want %s", got, before)
	}
	if got := newSession(t, path).line(tonyState); got != before {
		t.Errorf("a second shell after -WhatIf: %s, want %s", got, before)
	}
}

// TestSetCASMailboxAdministratorOther: the new parameters are not protocol
// settings, so the Administrator rule skips only the POP3 part of a call.
func TestSetCASMailboxAdministratorOther(t *testing.T) {
	s, _ := demoSession(t)
	out, errs := s.run(`Set-CASMailbox Administrator -PopEnabled $true -DisplayName "Admin" -MAPIBlockOutlookRpcHttp $true`)
	if out != "" || !strings.HasPrefix(errs, "WARNING: ") || strings.Count(errs, "\n") != 1 {
		t.Errorf("stdout %q stderr %q, want the Administrator warning", out, errs)
	}
	if got := s.line(`$a = Get-CASMailbox Administrator; "$($a.DisplayName) $($a.PopEnabled) $($a.MAPIBlockOutlookRpcHttp)"`); got != "Admin False True" {
		t.Errorf("Administrator after the call: %s", got)
	}
}

// TestMAPIBlockOutlookRpcHttpNotFilterable: opath.md does not list the
// property, so -Filter refuses it as it refuses any unknown name.
func TestMAPIBlockOutlookRpcHttpNotFilterable(t *testing.T) {
	s, _ := demoSession(t)
	for _, cmdlet := range []string{"Get-CASMailbox", "Get-Mailbox"} {
		out, errs := s.run(cmdlet + " -Filter \"MAPIBlockOutlookRpcHttp -eq `$true\"")
		want := cmdlet + `: Cannot bind parameter 'Filter' to the target. Exception setting "Filter": ""MAPIBlockOutlookRpcHttp" is not a recognized filterable property for ` +
			cmdlet + `. See the command help for the valid property names. "MAPIBlockOutlookRpcHttp -eq $true" at position 0."` + "\n"
		if out != "" || errs != want {
			t.Errorf("%s: stdout %q stderr %q, want %q", cmdlet, out, errs, want)
		}
	}
}

// TestSetCASMailboxHelp: Get-Help lists each new parameter with its text.
func TestSetCASMailboxHelp(t *testing.T) {
	s, _ := demoSession(t)
	for _, p := range []struct{ name, text string }{
		{"DisplayName <string>", "The display name."},
		{"PrimarySmtpAddress <string>", "The primary SMTP address; the old one stays as a secondary address."},
		{"EmailAddresses <Object>", "Replaces the address list, or edits it with @{Add=...; Remove=...}. SMTP: marks the primary address."},
		{"MAPIBlockOutlookRpcHttp <bool>", "Blocks (or with $false allows) Outlook clients that connect with Outlook Anywhere (RPC over HTTP). Default $false."},
	} {
		name := strings.Fields(p.name)[0]
		got := s.line(`Get-Help Set-CASMailbox -Parameter ` + name)
		if !strings.HasPrefix(got, "    -"+p.name+"\n        "+p.text+"\n") {
			t.Errorf("Get-Help -Parameter %s:\n%s", name, got)
		}
	}
	full := s.line(`Get-Help Set-CASMailbox -Full`)
	if !strings.Contains(full, `PS> Set-CASMailbox tony@contoso.com -DisplayName "Tony Smith" -MAPIBlockOutlookRpcHttp $true`) {
		t.Errorf("the documented example is not in the help:\n%s", full)
	}
}
