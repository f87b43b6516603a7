package exchange_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/psh-project/psh/cmdlets/exchange"
)

const randZaher = "contoso.com/North America/Finance/Rand Zaher"

// TestIdentityForms: every identity form of exchange-cmdlets.md §2 names the
// same mailbox, for Get-Mailbox, Get-CASMailbox and Set-CASMailbox.
func TestIdentityForms(t *testing.T) {
	s, _ := demoSession(t)
	guid := s.line(`(Get-Mailbox "Rand Zaher").Guid.ToString()`)
	// Get-User resolves user identities: no alias or proxy address.
	forms := []struct {
		id      string
		getUser bool
	}{
		{"Rand Zaher", true},              // name
		{"rzaher", true},                  // alias (Get-User: SamAccountName)
		{"rzaher@contoso.com", true},      // primary SMTP address (Get-User: UPN)
		{"rand.zaher@contoso.com", false}, // secondary address
		{"CN=Rand Zaher,OU=Finance,OU=North America,DC=contoso,DC=com", true}, // DN
		{randZaher, true},        // canonical name
		{guid, true},             // GUID
		{`contoso\rzaher`, true}, // domain\SamAccountName
		{`CONTOSO\rzaher`, true},
	}
	for _, f := range forms {
		cmds := []string{"Get-Mailbox", "Get-CASMailbox"}
		if f.getUser {
			cmds = append(cmds, "Get-User")
		}
		for _, cmd := range cmds {
			got := s.line(cmd + " '" + f.id + "' | ForEach-Object { $_.Identity.ToString() }")
			if got != randZaher {
				t.Errorf("%s %q = %q, want %q", cmd, f.id, got, randZaher)
			}
		}
		if out, errs := s.run("Set-CASMailbox '" + f.id + "' -ActiveSyncEnabled $false"); out != "" || (errs != "" && !strings.Contains(errs, "no settings")) {
			t.Errorf("Set-CASMailbox %q: stdout %q stderr %q", f.id, out, errs)
		}
	}
	if got := s.line(`(Get-CASMailbox "Rand Zaher").ActiveSyncEnabled`); got != "False" {
		t.Errorf("ActiveSyncEnabled = %s, want False", got)
	}
}

// TestNumericIdentity: a name or alias that looks like a number is looked
// up as typed, positionally, by name and with -Identity:, not as the
// number (`Get-Mailbox 007` is not `Get-Mailbox 7`).
func TestNumericIdentity(t *testing.T) {
	s, _ := demoSession(t)
	s.line(`New-Mailbox -Name 007 -Alias 0x10 -UserPrincipalName 007@contoso.com -Password (ConvertTo-SecureString 'P@ssw0rd1' -AsPlainText -Force) | Out-Null`)
	for _, cmd := range []string{"Get-Mailbox 007", "Get-Mailbox -Identity 007", "Get-Mailbox -Identity:007", "Get-CASMailbox 0x10", "Get-User 007"} {
		if got := s.line(cmd + " | ForEach-Object Name"); got != "007" {
			t.Errorf("%s = %q, want 007", cmd, got)
		}
	}
	if out, errs := s.run(`Set-CASMailbox 007 -PopEnabled $false; Set-User 007 -Manager 007; (Get-CASMailbox 007).PopEnabled`); out != "False\n" || errs != "" {
		t.Errorf("Set-CASMailbox 007: stdout %q stderr %q", out, errs)
	}
}

// TestIdentityProperty: an object with an Identity property (an Import-Csv
// row) binds by that property, as Exchange's typed Identity parameter does;
// values that name nothing are PowerShell's argument transformation error,
// never a lookup of their text.
func TestIdentityProperty(t *testing.T) {
	s, _ := demoSession(t)
	csv := filepath.Join(t.TempDir(), "ids.csv")
	if err := os.WriteFile(csv, []byte("Identity\nrzaher\nglaureano\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, errs := s.run("Import-Csv '" + csv + "' | Set-CASMailbox -PopEnabled $false"); out != "" || errs != "" {
		t.Fatalf("Import-Csv | Set-CASMailbox: stdout %q stderr %q", out, errs)
	}
	if got := s.line(`(Get-CASMailbox rzaher).PopEnabled, (Get-CASMailbox glaureano).PopEnabled -join ','`); got != "False,False" {
		t.Errorf("PopEnabled after the CSV = %s", got)
	}
	if got := s.line(`[pscustomobject]@{Identity = 'rzaher'} | Get-Mailbox | ForEach-Object Name`); got != "Rand Zaher" {
		t.Errorf("piped Identity property = %q", got)
	}
	const prefix = "Get-Mailbox: Cannot process argument transformation on parameter 'Identity'. "
	for _, c := range []struct{ script, want string }{
		{`Get-Mailbox rzaher, glaureano`, "Cannot convert 'System.Object[]' to the type 'Microsoft.Exchange.Configuration.Tasks.MailboxIdParameter' required by parameter 'Identity'. Specified method is not supported."},
		{`[pscustomobject]@{Mail = 'x'} | Get-Mailbox`, `Cannot convert the "@{Mail=x}" value of type "System.Management.Automation.PSCustomObject" to type "Microsoft.Exchange.Configuration.Tasks.MailboxIdParameter".`},
	} {
		if out, errs := s.run(c.script); out != "" || errs != prefix+c.want+"\n" {
			t.Errorf("%s: stdout %q\nstderr %q\nwant   %q", c.script, out, errs, prefix+c.want+"\n")
		}
	}
}

// TestMissingIdentity: a missing identity is a non-terminating error that
// names it, in Exchange's words; the script goes on and nothing changes.
func TestMissingIdentity(t *testing.T) {
	s, _ := demoSession(t)
	out, errs := s.run(`Get-Mailbox "Nobody Here"; Set-CASMailbox "Nobody Here" -PopEnabled $false; "after"`)
	if out != "after\n" {
		t.Errorf("stdout = %q", out)
	}
	want := "Get-Mailbox: The operation couldn't be performed because object 'Nobody Here' couldn't be found on 'DC01.contoso.com'.\n" +
		"Set-CASMailbox: The operation couldn't be performed because object 'Nobody Here' couldn't be found on 'DC01.contoso.com'.\n"
	if errs != want {
		t.Errorf("stderr = %q\nwant     %q", errs, want)
	}
	if got := s.line(`try { Get-Mailbox "Nobody Here" -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }`); !strings.HasPrefix(got, "ManagementObjectNotFoundException") {
		t.Errorf("FullyQualifiedErrorId = %q", got)
	}
}

// TestAmbiguousIdentity: a name two objects share is an error listing both;
// the objects piped from Get-Mailbox bind by GUID and both change.
func TestAmbiguousIdentity(t *testing.T) {
	s, _ := demoSession(t)
	s.line(`New-Mailbox -Name "Pat Lee" -UserPrincipalName plee1@contoso.com -Password "P@ssw0rd1" | Out-Null
New-Mailbox -Name "Pat Lee" -UserPrincipalName plee2@contoso.com -Password "P@ssw0rd1" -OrganizationalUnit "North America/Sales" | Out-Null`)
	_, errs := s.run(`Set-CASMailbox "Pat Lee" -PopEnabled $false`)
	want := "The operation couldn't be performed because 'Pat Lee' matches multiple entries. Matching objects: contoso.com/Users/Pat Lee; contoso.com/North America/Sales/Pat Lee."
	if !strings.Contains(errs, want) {
		t.Errorf("stderr = %q, want it to contain %q", errs, want)
	}
	if got := s.line(`@(Get-CASMailbox -Filter "PopEnabled -eq ` + "`" + `$false" -ResultSize Unlimited | Where-Object Name -eq "Pat Lee").Count`); got != "0" {
		t.Errorf("after the ambiguous Set-CASMailbox %s Pat Lee mailboxes have POP3 off, want 0", got)
	}
	s.line(`Get-Mailbox "Pat Lee" | Set-CASMailbox -PopEnabled $false`)
	if got := s.line(`Get-Mailbox "Pat Lee" | Get-CASMailbox | ForEach-Object { "$($_.Identity) $($_.PopEnabled)" }`); got != "contoso.com/Users/Pat Lee False\ncontoso.com/North America/Sales/Pat Lee False" {
		t.Errorf("piped Set-CASMailbox left %q", got)
	}
}

// TestResultSize: 1000 objects by default with Exchange's warning,
// Unlimited returns all, a number cuts with the other warning, a bad value
// is a binding error.
func TestResultSize(t *testing.T) {
	s, _ := demoSession(t)
	s.line(`New-DemoOrganization -Users 1200 -Seed 7`)
	tests := []struct {
		script, out, warning string
	}{
		{`@(Get-User).Count`, "1000\n", "WARNING: " + exchange.ResultSizeWarning + "\n"},
		{`@(Get-User -ResultSize Unlimited).Count`, "1200\n", ""},
		{`@(Get-User -ResultSize unlimited).Count`, "1200\n", ""},
		{`@(Get-User -ResultSize 1200).Count`, "1200\n", ""},
		{`@(Get-User -ResultSize 10).Count`, "10\n", "WARNING: There are more results available than are currently displayed. To view them, increase the value for the ResultSize parameter.\n"},
	}
	for _, tt := range tests {
		out, errs := s.run(tt.script)
		if out != tt.out || errs != tt.warning {
			t.Errorf("%s: stdout %q stderr %q, want %q %q", tt.script, out, errs, tt.out, tt.warning)
		}
	}
	_, errs := s.run(`Get-User -ResultSize lots`)
	want := "Get-User: Cannot bind parameter 'ResultSize'. Cannot convert value \"lots\" to type \"Microsoft.Exchange.Data.Unlimited`1[System.UInt32]\". Error: \"The value must be a positive number or \"Unlimited\".\"\n"
	if errs != want {
		t.Errorf("-ResultSize lots: stderr %q, want %q", errs, want)
	}
}
