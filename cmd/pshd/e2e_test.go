package main

import (
	"bufio"
	"fmt"
	"net"
	"regexp"
	"strings"
	"testing"
)

// sendToRand delivers one message to Rand Zaher with Send-MailMessage.
func (e *env) sendToRand(subject string) {
	e.t.Helper()
	e.psh(fmt.Sprintf(`Send-MailMessage -To rzaher@contoso.com -From admin@contoso.com -Subject '%s' -Body 'Hello Rand.' -SmtpServer 127.0.0.1 -Port %d -WarningAction SilentlyContinue`, subject, e.smtp))
}

// randCurl reads Rand Zaher's first message with curl over url.
func (e *env) randCurl(url string, extra ...string) (string, int) {
	return e.curl(append([]string{"-k", "-u", "rzaher:" + randPassword, url}, extra...)...)
}

const curlLoginDenied = 67

// TestPageProcedure follows the reference page: disable POP3 and IMAP4
// for Rand Zaher, restart the services, verify them with Get-Service, see
// the client refused; enable again, and the client reads his mail.
func TestPageProcedure(t *testing.T) {
	need(t, "curl")
	e := newEnv(t)
	e.start()
	e.sendToRand("Quarterly figures")
	for _, u := range []string{e.url("pop3s", e.pops, "4"), e.url("imaps", e.imaps, "INBOX;UID=4")} {
		out, code := e.randCurl(u)
		if code != 0 || !strings.Contains(out, "Subject: Quarterly figures") {
			t.Fatalf("before: curl %s = %d\n%s\n%s", u, code, out, e.log)
		}
	}
	out := e.psh(`Set-CASMailbox -Identity "Rand Zaher" -PopEnabled $false -ImapEnabled $false
Restart-Service MSExchangePOP3; Restart-Service MSExchangePOP3BE
Restart-Service MSExchangeIMAP4; Restart-Service MSExchangeIMAP4BE
Get-Service MSExchangePOP3; Get-Service MSExchangePOP3BE; Get-Service MSExchangeIMAP4; Get-Service MSExchangeIMAP4BE`)
	for _, svc := range []string{"MSExchangePOP3 ", "MSExchangePOP3BE", "MSExchangeIMAP4 ", "MSExchangeIMAP4BE"} {
		if !regexp.MustCompile(`(?m)^Running +` + svc).MatchString(out) {
			t.Errorf("Get-Service does not show %s running:\n%s", svc, out)
		}
	}
	for _, u := range []string{e.url("pop3s", e.pops, "1"), e.url("imaps", e.imaps, "INBOX;UID=4"),
		e.url("pop3", e.pop, "1"), e.url("imap", e.imap, "INBOX;UID=4")} {
		if out, code := e.randCurl(u, "--ssl-reqd"); code != curlLoginDenied {
			t.Errorf("disabled: curl %s = %d, want %d (login denied)\n%s", u, code, curlLoginDenied, out)
		}
	}
	log := e.protocolLog()
	for _, reason := range []string{"PopEnabled is False", "ImapEnabled is False"} {
		if !strings.Contains(log, reason) {
			t.Errorf("the protocol log does not give the reason %q:\n%s", reason, log)
		}
	}
	e.psh(`Set-CASMailbox -Identity "Rand Zaher" -PopEnabled $true -ImapEnabled $true
Restart-Service MSExchangePOP3; Restart-Service MSExchangePOP3BE
Restart-Service MSExchangeIMAP4; Restart-Service MSExchangeIMAP4BE`)
	for _, u := range []string{e.url("pop3", e.pop, "4"), e.url("imap", e.imap, "INBOX;UID=4")} {
		out, code := e.randCurl(u, "--ssl-reqd")
		if code != 0 || !strings.Contains(out, "Subject: Quarterly figures") {
			t.Errorf("enabled again: curl %s = %d\n%s", u, code, out)
		}
	}
	if out := e.psh(`(Get-MailboxStatistics "Rand Zaher").LastLogonTime -ne $null`); strings.TrimSpace(out) != "True" {
		t.Errorf("LastLogonTime not set by the logins: %q", out)
	}
}

// TestFlagChangeWithoutRestart proves the documented choice: the back end
// reads the directory at every login, so a change applies to the next
// login without a restart.
func TestFlagChangeWithoutRestart(t *testing.T) {
	need(t, "curl")
	e := newEnv(t)
	e.start()
	e.psh(`Set-CASMailbox "Rand Zaher" -PopEnabled $false`)
	if out, code := e.randCurl(e.url("pop3s", e.pops, "")); code != curlLoginDenied {
		t.Fatalf("POP3 login after PopEnabled $false = %d, want %d\n%s", code, curlLoginDenied, out)
	}
	if out, code := e.randCurl(e.url("imaps", e.imaps, "INBOX")); code != 0 {
		t.Fatalf("IMAP4 must still work = %d\n%s", code, out)
	}
	e.psh(`Set-CASMailbox "Rand Zaher" -PopEnabled $true`)
	if out, code := e.randCurl(e.url("pop3s", e.pops, "")); code != 0 {
		t.Fatalf("POP3 login after PopEnabled $true = %d\n%s", code, out)
	}
}

// TestRefusals: the Administrator mailbox, a bad password, a removed
// mailbox, and a clear-text login under SecureLogin are all refused with
// the protocol's ordinary failure, and logged with the reason.
func TestRefusals(t *testing.T) {
	need(t, "curl")
	e := newEnv(t)
	e.psh(`Set-Mailbox Administrator -Password 'Adm1n!pw'
New-Mailbox -Name "Temp User" -Alias temp -UserPrincipalName temp@contoso.com -Password 'T3mp!pw' | Out-Null`)
	e.start()
	cases := []struct{ user, url, reason string }{
		{"Administrator:Adm1n!pw", e.url("pop3s", e.pops, ""), "the Administrator mailbox can't use POP3 or IMAP4"},
		{"administrator@contoso.com:Adm1n!pw", e.url("imaps", e.imaps, "INBOX"), "the Administrator mailbox can't use POP3 or IMAP4"},
		{"rzaher:wrong", e.url("pop3s", e.pops, ""), "wrong password for"},
		{"rzaher:wrong", e.url("imaps", e.imaps, "INBOX"), "wrong password for"},
		{"nobody:x", e.url("pop3s", e.pops, ""), "no mailbox is named nobody"},
	}
	for _, c := range cases {
		if out, code := e.curl("-k", "-u", c.user, c.url); code != curlLoginDenied {
			t.Errorf("%s at %s = %d, want %d\n%s", c.user, c.url, code, curlLoginDenied, out)
		}
		if !strings.Contains(e.protocolLog(), c.reason) {
			t.Errorf("protocol log lacks %q", c.reason)
		}
	}
	// Each login form works: UPN, primary SMTP address, domain\alias, alias.
	for _, u := range []string{"temp", "temp@contoso.com", `contoso\temp`, `CONTOSO.COM\temp`} {
		if out, code := e.curl("-k", "-u", u+":T3mp!pw", e.url("pop3s", e.pops, "")); code != 0 {
			t.Errorf("login form %s = %d\n%s", u, code, out)
		}
	}
	e.psh(`Remove-Mailbox "Temp User" -Confirm:$false`)
	if out, code := e.curl("-k", "-u", "temp:T3mp!pw", e.url("pop3s", e.pops, "")); code != curlLoginDenied {
		t.Errorf("removed mailbox = %d\n%s", code, out)
	}
	// SecureLogin (the default): no password before TLS.
	for _, u := range []string{e.url("pop3", e.pop, ""), e.url("imap", e.imap, "INBOX")} {
		if out, code := e.randCurl(u); code != curlLoginDenied {
			t.Errorf("clear-text login at %s = %d, want %d\n%s", u, code, curlLoginDenied, out)
		}
	}
	if log := e.protocolLog(); strings.Contains(log, randPassword) || strings.Contains(log, "T3mp!pw") {
		t.Errorf("a password is in the protocol log:\n%s", log)
	}
}

// TestBulkDisableOU disables POP3 for a whole OU; every mailbox there is
// refused, a mailbox elsewhere is not.
func TestBulkDisableOU(t *testing.T) {
	need(t, "curl")
	e := newEnv(t)
	out := e.psh(`$m = Get-Mailbox -OrganizationalUnit "North America/Finance" -RecipientTypeDetails UserMailbox
$m | Set-Mailbox -Password 'Fin4nce!'
$m | ForEach-Object { $_.PrimarySmtpAddress }`)
	finance := strings.Fields(out)
	if len(finance) < 2 {
		t.Fatalf("expected several Finance mailboxes, got %q", out)
	}
	e.psh(`Get-Mailbox -OrganizationalUnit "North America/Finance" | Set-CASMailbox -PopEnabled $false`)
	e.start()
	for _, a := range finance {
		if out, code := e.curl("-k", "-u", a+":Fin4nce!", e.url("pop3s", e.pops, "")); code != curlLoginDenied {
			t.Errorf("%s after the OU was disabled = %d\n%s", a, code, out)
		}
		if out, code := e.curl("-k", "-u", a+":Fin4nce!", e.url("imaps", e.imaps, "INBOX")); code != 0 {
			t.Errorf("%s IMAP4 still enabled = %d\n%s", a, code, out)
		}
	}
}

// TestStoppedBackEnd: with a back end stopped, the front end answers the
// protocol's temporary failure at once; started again, it serves.
func TestStoppedBackEnd(t *testing.T) {
	e := newEnv(t)
	e.start()
	out := e.psh(`Stop-Service MSExchangePOP3BE, MSExchangeIMAP4BE -PassThru | ForEach-Object { "$($_.Name) $($_.Status)" }`)
	if !strings.Contains(out, "MSExchangePOP3BE Stopped") || !strings.Contains(out, "MSExchangeIMAP4BE Stopped") {
		t.Fatalf("Stop-Service: %s", out)
	}
	for _, c := range []struct {
		port int
		want string
	}{{e.pop, "-ERR [SYS/TEMP]"}, {e.imap, "* BYE [UNAVAILABLE]"}} {
		if g := greeting(t, c.port); !strings.HasPrefix(g, c.want) {
			t.Errorf("greeting on %d = %q, want %s...", c.port, g, c.want)
		}
	}
	e.psh(`Start-Service MSExchangePOP3BE, MSExchangeIMAP4BE`)
	if g := greeting(t, e.pop); !strings.HasPrefix(g, "+OK") {
		t.Errorf("POP3 greeting after start = %q", g)
	}
	if g := greeting(t, e.imap); !strings.HasPrefix(g, "* OK") {
		t.Errorf("IMAP4 greeting after start = %q", g)
	}
}

func greeting(t *testing.T, port int) string {
	t.Helper()
	c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		t.Fatalf("no greeting on %d: %v", port, err)
	}
	return strings.TrimSpace(line)
}

// TestNoServer: with pshd not running, Get-Service lists the services as
// Stopped and Start-Service says how to start pshd.
func TestNoServer(t *testing.T) {
	e := newEnv(t)
	out, _ := e.pshErr(`Get-Service *POP*; Start-Service MSExchangePOP3`)
	for _, want := range []string{"Stopped MSExchangePOP3   Microsoft Exchange POP3", "Stopped MSExchangePOP3BE Microsoft Exchange POP3 Backend",
		"Service 'Microsoft Exchange POP3 (MSExchangePOP3)' cannot be started because the psh server is not running. Start it with: pshd -Directory " + e.db} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestSIGTERMMidSession: a session that marked a message deleted but did
// not QUIT is cut by SIGTERM; pshd exits cleanly and the message is still
// there after a restart.
func TestSIGTERMMidSession(t *testing.T) {
	e := newEnv(t)
	e.psh(`Set-PopSettings -LoginType PlainTextLogin -WarningAction SilentlyContinue`)
	e.start()
	c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", e.pop))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	say := func(cmd, want string) {
		t.Helper()
		if cmd != "" {
			fmt.Fprintf(c, "%s\r\n", cmd)
		}
		line, err := r.ReadString('\n')
		if err != nil || !strings.HasPrefix(line, want) {
			t.Fatalf("%s: %q %v", cmd, line, err)
		}
	}
	say("", "+OK")
	say("USER rzaher", "+OK")
	say("PASS "+randPassword, "+OK")
	say("DELE 1", "+OK")
	e.stop() // SIGTERM; fails the test unless pshd exits 0
	if _, err := r.ReadString('\n'); err == nil {
		t.Error("the session survived SIGTERM")
	}
	if !strings.Contains(e.log.String(), "pshd stopped") {
		t.Errorf("no clean stop:\n%s", e.log)
	}
	if out := e.psh(`(Get-MailboxStatistics "Rand Zaher").ItemCount`); strings.TrimSpace(out) != "3" {
		t.Errorf("ItemCount after the cut session = %q, want 3 (nothing lost)", out)
	}
}

// TestPythonClients reads Rand Zaher's mail with Python's poplib and
// imaplib (STLS, STARTTLS, implicit TLS, IDLE, UIDPLUS).
func TestPythonClients(t *testing.T) {
	need(t, "python3")
	e := newEnv(t)
	e.start()
	e.sendToRand("From the SMTP service")
	out, err := e.python(pythonClients, fmt.Sprint(e.pop), fmt.Sprint(e.pops), fmt.Sprint(e.imap), fmt.Sprint(e.imaps), randPassword, fmt.Sprint(e.smtp))
	if err != nil {
		t.Fatalf("python: %v\n%s\n%s", err, out, e.log)
	}
	for _, want := range []string{"pop3 stls 4", "pop3 uidl 4", "pop3 top Subject: Welcome to contoso.com", "pop3s retr From the SMTP service",
		"imap starttls OK", "imap caps IDLE UIDPLUS", "imap search 1 2 3 4", "imaps fetch From the SMTP service", "imap append [APPENDUID", "imap idle EXISTS"} {
		if !strings.Contains(out, want) {
			t.Errorf("python output lacks %q:\n%s", want, out)
		}
	}
}

const pythonClients = `
import imaplib, poplib, smtplib, ssl, sys
pop, pops, imap, imaps, pw, smtp = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], int(sys.argv[6])
ctx = ssl.create_default_context(); ctx.check_hostname = False; ctx.verify_mode = ssl.CERT_NONE
p = poplib.POP3('127.0.0.1', pop); p.stls(context=ctx); p.user('rzaher'); p.pass_(pw)
print('pop3 stls', p.stat()[0]); print('pop3 uidl', len(p.uidl()[1]))
print('pop3 top', [l.decode() for l in p.top(1, 0)[1] if l.startswith(b'Subject')][0]); p.quit()
p = poplib.POP3_SSL('127.0.0.1', pops, context=ctx); p.user('rzaher@contoso.com'); p.pass_(pw)
print('pop3s retr', b'\n'.join(p.retr(4)[1]).decode().split('Subject: ')[1].splitlines()[0]); p.quit()
m = imaplib.IMAP4('127.0.0.1', imap); print('imap starttls', m.starttls(ssl_context=ctx)[0]); m.login('rzaher', pw)
caps = m.capability()[1][0].decode().split(); print('imap caps', 'IDLE' if 'IDLE' in caps else '-', 'UIDPLUS' if 'UIDPLUS' in caps else '-')
m.select('INBOX'); print('imap search', m.search(None, 'ALL')[1][0].decode())
print('imap append', m.append('INBOX', None, None, b'Subject: appended\r\n\r\nbody\r\n')[1][0].decode())
tag = m._new_tag().decode(); m.send(('%s IDLE\r\n' % tag).encode())
assert m.readline().startswith(b'+')
s = smtplib.SMTP('127.0.0.1', smtp); s.sendmail('a@example.com', ['rzaher@contoso.com'], 'Subject: while idle\r\n\r\nhi\r\n'); s.quit()
while True:
    line = m.readline()
    if b'EXISTS' in line:
        print('imap idle EXISTS'); break
m.send(b'DONE\r\n')
while not m.readline().startswith(tag.encode()):
    pass
m.logout()
m = imaplib.IMAP4_SSL('127.0.0.1', imaps, ssl_context=ctx); m.login('rzaher@contoso.com', pw)
m.select('INBOX'); typ, data = m.fetch('4', '(BODY.PEEK[HEADER.FIELDS (SUBJECT)])')
print('imaps fetch', data[0][1].decode().strip().split(': ', 1)[1]); m.logout()
`
