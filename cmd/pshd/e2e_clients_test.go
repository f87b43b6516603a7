package main

import (
	"bufio"
	"context"
	"crypto/tls"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// TestFetchmail fetches Rand Zaher's mail with fetchmail (POP3S, then
// IMAP4 with STARTTLS), keeping it on the server.
func TestFetchmail(t *testing.T) {
	need(t, "fetchmail")
	e := newEnv(t)
	e.start()
	e.sendToRand("For fetchmail")
	for _, c := range []struct {
		proto, tls string
		port       int
	}{{"POP3", "ssl", e.pops}, {"IMAP", "sslproto 'TLS1.2+'", e.imap}} {
		mbox := filepath.Join(e.dir, "fetched-"+c.proto)
		rc := filepath.Join(e.dir, "fetchmailrc-"+c.proto)
		conf := fmt.Sprintf("poll 127.0.0.1 service %d protocol %s auth password\n  user \"rzaher\" password \"%s\" %s no sslcertck keep\n  mda \"/bin/sh -c 'cat >> %s'\"\n",
			c.port, c.proto, randPassword, c.tls, mbox)
		if err := os.WriteFile(rc, []byte(conf), 0o600); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), clientTimeout)
		cmd := exec.CommandContext(ctx, "fetchmail", "-f", rc, "--pidfile", filepath.Join(e.dir, "fetchmail.pid"), "--nosyslog", "-s")
		cmd.Env = append(os.Environ(), "HOME="+e.dir, "FETCHMAILHOME="+e.dir)
		out, err := cmd.CombinedOutput()
		cancel()
		if err != nil {
			t.Fatalf("fetchmail %s: %v\n%s\n%s", c.proto, err, out, e.log)
		}
		got, _ := os.ReadFile(mbox)
		if n := strings.Count(string(got), "\nSubject: "); n != 4 || !strings.Contains(string(got), "Subject: For fetchmail") {
			t.Errorf("fetchmail %s got %d messages:\n%s", c.proto, n, got)
		}
	}
}

// concurrentSessions is how many clients TestConcurrentSessions holds open
// at once.
const concurrentSessions = 200

// TestConcurrentSessions opens 200 sessions at once (half POP3 over STLS,
// half IMAP4 over implicit TLS), each waiting until all are connected
// before it talks; then every session logs in and reads, and ends.
func TestConcurrentSessions(t *testing.T) {
	e := newEnv(t)
	e.psh(`Set-PopSettings -MaxConnectionsPerUser 0 -WarningAction SilentlyContinue; Set-ImapSettings -MaxConnectionsPerUser 0 -WarningAction SilentlyContinue`)
	e.start()
	var connected, wg sync.WaitGroup
	connected.Add(concurrentSessions)
	errs := make(chan error, concurrentSessions)
	tcfg := &tls.Config{InsecureSkipVerify: true}
	for i := range concurrentSessions {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var err error
			if i%2 == 0 {
				err = popSession(e.pop, tcfg, &connected, i == 0)
			} else {
				err = imapSession(e.imaps, tcfg, &connected, i < 20)
			}
			if err != nil {
				errs <- fmt.Errorf("session %d: %w", i, err)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// line reads one reply line and checks its start.
func expect(r *bufio.Reader, want string) error {
	l, err := r.ReadString('\n')
	if err != nil {
		return err
	}
	if !strings.HasPrefix(l, want) {
		return fmt.Errorf("got %q, want %s", l, want)
	}
	return nil
}

func popSession(port int, cfg *tls.Config, connected *sync.WaitGroup, login bool) error {
	c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		connected.Done()
		return err
	}
	defer c.Close()
	r := bufio.NewReader(c)
	err = expect(r, "+OK")
	connected.Done()
	connected.Wait()
	if err != nil {
		return err
	}
	fmt.Fprint(c, "STLS\r\n")
	if err := expect(r, "+OK"); err != nil {
		return err
	}
	tc := tls.Client(c, cfg)
	r = bufio.NewReader(tc)
	if login {
		// Only some sessions log in: POP3 allows one session per mailbox.
		fmt.Fprintf(tc, "USER rzaher\r\nPASS %s\r\n", randPassword)
		if err := expect(r, "+OK"); err != nil {
			return err
		}
		if err := expect(r, "+"); err != nil {
			return err
		}
	}
	fmt.Fprint(tc, "NOOP\r\nQUIT\r\n")
	if err := expect(r, ""); err != nil {
		return err
	}
	return expect(r, "+OK")
}

func imapSession(port int, cfg *tls.Config, connected *sync.WaitGroup, login bool) error {
	c, err := tls.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port), cfg)
	if err != nil {
		connected.Done()
		return err
	}
	defer c.Close()
	r := bufio.NewReader(c)
	err = expect(r, "* OK")
	connected.Done()
	connected.Wait()
	if err != nil {
		return err
	}
	if login {
		fmt.Fprintf(c, "a LOGIN rzaher \"%s\"\r\n", randPassword)
		if err := skipTo(r, "a OK"); err != nil {
			return err
		}
		fmt.Fprint(c, "b SELECT INBOX\r\n")
		if err := skipTo(r, "b OK"); err != nil {
			return err
		}
	}
	fmt.Fprint(c, "z LOGOUT\r\n")
	return skipTo(r, "z OK")
}

func skipTo(r *bufio.Reader, tagged string) error {
	for {
		l, err := r.ReadString('\n')
		if err != nil {
			return err
		}
		if strings.HasPrefix(l, tagged[:2]) {
			if !strings.HasPrefix(l, tagged) {
				return fmt.Errorf("got %q, want %s", l, tagged)
			}
			return nil
		}
	}
}

// TestSessionLimits: IMAP4 refuses a login over MaxConnectionsPerUser (read
// at the service's start) and POP3 allows one session per mailbox.
func TestSessionLimits(t *testing.T) {
	e := newEnv(t)
	e.psh(`Set-ImapSettings -MaxConnectionsPerUser 1 -LoginType PlainTextLogin -WarningAction SilentlyContinue
Set-PopSettings -LoginType PlainTextLogin -WarningAction SilentlyContinue`)
	e.start()
	imapLogin := func() (net.Conn, string) {
		c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", e.imap))
		if err != nil {
			t.Fatal(err)
		}
		r := bufio.NewReader(c)
		r.ReadString('\n')
		fmt.Fprintf(c, "a LOGIN rzaher \"%s\"\r\n", randPassword)
		for {
			l, err := r.ReadString('\n')
			if err != nil || strings.HasPrefix(l, "a ") {
				return c, l
			}
		}
	}
	first, l := imapLogin()
	if !strings.HasPrefix(l, "a OK") {
		t.Fatalf("first login: %q", l)
	}
	second, l := imapLogin()
	second.Close()
	if !strings.HasPrefix(l, "a NO [LIMIT]") {
		t.Errorf("second login over the limit: %q", l)
	}
	pop := func() (net.Conn, string) {
		c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", e.pop))
		if err != nil {
			t.Fatal(err)
		}
		r := bufio.NewReader(c)
		r.ReadString('\n')
		fmt.Fprintf(c, "USER rzaher\r\nPASS %s\r\n", randPassword)
		r.ReadString('\n')
		l, _ := r.ReadString('\n')
		return c, l
	}
	p1, l := pop()
	defer p1.Close()
	if !strings.HasPrefix(l, "+OK") {
		t.Fatalf("POP3 login: %q", l)
	}
	p2, l := pop()
	p2.Close()
	if !strings.HasPrefix(l, "-ERR [IN-USE]") {
		t.Errorf("second POP3 session: %q", l)
	}
	// End the first session cleanly before stopping.
	fmt.Fprint(first, "z LOGOUT\r\n")
	bufio.NewReader(first).ReadString('\n')
	first.Close()
	e.stop() // a clean stop also proves no session was left behind
}
