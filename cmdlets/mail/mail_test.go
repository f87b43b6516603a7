package mail

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/shell"
)

func TestCheckBinding(t *testing.T) {
	for _, tc := range []struct{ in, err string }{
		{"0.0.0.0:995", ""},
		{"[::]:110", ""},
		{"127.0.0.1:0", ""},
		{"localhost", "The binding 'localhost' is not valid: use address:port, such as 0.0.0.0:995 or [::]:995."},
		{"1.2.3.4:99999", "The binding '1.2.3.4:99999' is not valid: the port must be a number from 0 to 65535."},
		{"1.2.3.4:x", "The binding '1.2.3.4:x' is not valid: the port must be a number from 0 to 65535."},
	} {
		got := ""
		if err := checkBinding(tc.in); err != nil {
			got = err.Error()
		}
		if got != tc.err {
			t.Errorf("checkBinding(%q) = %q, want %q", tc.in, got, tc.err)
		}
	}
}

func TestByteSize(t *testing.T) {
	for n, want := range map[int64]string{0: "0 B (0 bytes)", 909: "909 B (909 bytes)", 1260: "1.23 KB (1,260 bytes)", 5 << 20: "5.00 MB (5,242,880 bytes)"} {
		if got := byteSize(n); got != want {
			t.Errorf("byteSize(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestSettingsCmdlets(t *testing.T) {
	dir := t.TempDir()
	st := &Stores{
		Directory: func() (directory.Store, error) { return directory.Open(filepath.Join(dir, "d.db")) },
		MailPath:  func() string { return filepath.Join(dir, "d.mail.db") },
	}
	var out, errs bytes.Buffer
	sh, err := shell.New(shell.WithStdio(strings.NewReader(""), &out, &errs), shell.WithModule(core.Module()), shell.WithModule(Module(st)))
	if err != nil {
		t.Fatal(err)
	}
	run := func(script string) {
		out.Reset()
		errs.Reset()
		sh.Run(context.Background(), script)
	}
	run(`Set-PopSettings -LoginType PlainTextLogin -SSLBindings 127.0.0.1:1995; $s = Get-PopSettings; "$($s.LoginType) $($s.SSLBindings) $($s.UnencryptedOrTLSBindings -join ',')"; (Get-ImapSettings).LoginType`)
	if got := out.String(); got != "PlainTextLogin 127.0.0.1:1995 [::]:110,0.0.0.0:110\nSecureLogin\n" {
		t.Errorf("settings: %q", got)
	}
	if !strings.Contains(errs.String(), "Changes to POP3 settings will only take effect after the MSExchangePOP3 and MSExchangePOP3BE services are restarted (Restart-Service).") {
		t.Errorf("no restart warning: %q", errs.String())
	}
	run(`Set-ImapSettings -SSLBindings nowhere`)
	if !strings.Contains(errs.String(), "The binding 'nowhere' is not valid") {
		t.Errorf("bad binding: %q", errs.String())
	}
	run(`Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject x -WarningAction SilentlyContinue`)
	if !strings.Contains(errs.String(), "The email cannot be sent because no SMTP server was specified.") {
		t.Errorf("no server: %q", errs.String())
	}
	run(`Send-MailMessage -To 'not an address' -From b@contoso.com -SmtpServer localhost -WarningAction SilentlyContinue`)
	if !strings.Contains(errs.String(), "The specified string 'not an address' is not in the form required for an e-mail address.") {
		t.Errorf("bad address: %q", errs.String())
	}
}

func TestSendMailAttachmentsNeedFileSystem(t *testing.T) {
	var out, errs bytes.Buffer
	sh, err := shell.New(shell.WithStdio(strings.NewReader(""), &out, &errs), shell.WithModule(core.Module()),
		shell.WithModule(Module(&Stores{})))
	if err != nil {
		t.Fatal(err)
	}
	sh.Run(context.Background(), `Send-MailMessage -To a@contoso.com -From b@contoso.com -SmtpServer 127.0.0.1 -Attachments x.txt -WarningAction SilentlyContinue`)
	if !strings.Contains(errs.String(), "WithFileSystem") && !strings.Contains(errs.String(), "file system") {
		t.Errorf("a sealed shell read an attachment: %q", errs.String())
	}
}
