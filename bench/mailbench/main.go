// Command mailbench is the load client of bench/mail.sh: it measures POP3
// and IMAP4 logins per second, LOGIN+SELECT+FETCH of 100 messages with 50
// concurrent clients, and the server's memory per idle connection, against
// any server on loopback (pshd or Dovecot). It also prepares Dovecot's
// passwd file and Maildirs, and delivers the same messages to pshd over
// SMTP, so both servers hold the same users and messages.
//
//	mailbench -prepare-dovecot DIR -users 50 -messages 100 -password PW
//	mailbench -deliver 127.0.0.1:2525 -users 50 -messages 100
//	mailbench -pop 127.0.0.1:1110 -imap 127.0.0.1:1143 -pid PID -users 50 -password PW
package main

import (
	"bufio"
	"flag"
	"fmt"
	"net"
	"net/smtp"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/crypto/bcrypt"
)

var (
	users    = flag.Int("users", 50, "bench users bench1..benchN, one per concurrent client")
	messages = flag.Int("messages", 100, "messages per mailbox")
	password = flag.String("password", "B3nch!pw", "every bench user's password")
	domain   = flag.String("domain", "contoso.com", "the users' domain")
	prepare  = flag.String("prepare-dovecot", "", "write passwd and Maildirs for Dovecot under this folder, then exit")
	deliver  = flag.String("deliver", "", "deliver the messages over SMTP to this address, then exit")
	popAddr  = flag.String("pop", "", "POP3 address (clear text, PlainTextLogin)")
	imapAddr = flag.String("imap", "", "IMAP4 address (clear text, PlainTextLogin)")
	pid      = flag.Int("pid", 0, "the server's process id, for memory per idle connection")
	logins   = flag.Int("logins", 4, "logins per client per protocol")
	idle     = flag.Int("idle", 500, "idle connections for the memory figure")
	label    = flag.String("label", "server", "the name printed with the figures")
)

func main() {
	flag.Parse()
	var err error
	switch {
	case *prepare != "":
		err = prepareDovecot(*prepare)
	case *deliver != "":
		err = deliverAll(*deliver)
	default:
		err = run()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "mailbench:", err)
		os.Exit(1)
	}
}

func user(i int) string { return fmt.Sprintf("bench%d", i) }

// message is the i-th message of a mailbox: about 2 KB.
func message(i int, to string) []byte {
	body := strings.Repeat(fmt.Sprintf("Line of message %d, some text to give it a size.\r\n", i), 40)
	return fmt.Appendf(nil, "From: load@example.com\r\nTo: %s\r\nSubject: bench message %d\r\nMessage-ID: <bench-%d-%s>\r\n\r\n%s", to, i, i, to, body)
}

func prepareDovecot(dir string) error {
	h, err := bcrypt.GenerateFromPassword([]byte(*password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	var pw strings.Builder
	for u := 1; u <= *users; u++ {
		fmt.Fprintf(&pw, "%s:{BLF-CRYPT}%s\n", user(u), h)
		md := filepath.Join(dir, "mail", user(u))
		for _, sub := range []string{"cur", "new", "tmp"} {
			if err := os.MkdirAll(filepath.Join(md, sub), 0o700); err != nil {
				return err
			}
		}
		for i := 1; i <= *messages; i++ {
			name := fmt.Sprintf("%d.M%dP1.bench:2,", 1700000000+i, i)
			if err := os.WriteFile(filepath.Join(md, "cur", name), message(i, user(u)+"@"+*domain), 0o600); err != nil {
				return err
			}
		}
	}
	return os.WriteFile(filepath.Join(dir, "passwd"), []byte(pw.String()), 0o600)
}

func deliverAll(addr string) error {
	c, err := smtp.Dial(addr)
	if err != nil {
		return err
	}
	defer c.Close()
	for u := 1; u <= *users; u++ {
		to := user(u) + "@" + *domain
		for i := 1; i <= *messages; i++ {
			if err := c.Mail("load@example.com"); err != nil {
				return err
			}
			if err := c.Rcpt(to); err != nil {
				return err
			}
			w, err := c.Data()
			if err != nil {
				return err
			}
			w.Write(message(i, to))
			if err := w.Close(); err != nil {
				return err
			}
		}
	}
	return c.Quit()
}

// conn is a line-oriented client connection.
type conn struct {
	c net.Conn
	r *bufio.Reader
}

func dial(addr string) (*conn, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	c.SetDeadline(time.Now().Add(5 * time.Minute))
	return &conn{c: c, r: bufio.NewReaderSize(c, 64<<10)}, nil
}

func (c *conn) line() (string, error) { return c.r.ReadString('\n') }

// expect reads lines until one starts with prefix; a line starting with
// fail is an error.
func (c *conn) until(prefix, fail string) error {
	for {
		l, err := c.line()
		if err != nil {
			return err
		}
		if strings.HasPrefix(l, prefix) {
			return nil
		}
		if fail != "" && strings.HasPrefix(l, fail) {
			return fmt.Errorf("server said %q", strings.TrimSpace(l))
		}
	}
}

func popLogin(addr, u string) error {
	c, err := dial(addr)
	if err != nil {
		return err
	}
	defer c.c.Close()
	if err := c.until("+OK", "-ERR"); err != nil {
		return err
	}
	fmt.Fprintf(c.c, "USER %s\r\nPASS %s\r\n", u, *password)
	if err := c.until("+OK", "-ERR"); err != nil {
		return err
	}
	if err := c.until("+OK", "-ERR"); err != nil {
		return err
	}
	fmt.Fprint(c.c, "QUIT\r\n")
	return c.until("+OK", "-ERR")
}

func imapSession(addr, u string, fetch bool) (int, error) {
	c, err := dial(addr)
	if err != nil {
		return 0, err
	}
	defer c.c.Close()
	if err := c.until("* OK", "* BYE"); err != nil {
		return 0, err
	}
	fmt.Fprintf(c.c, "a LOGIN %s \"%s\"\r\n", u, *password)
	if err := c.until("a OK", "a "); err != nil {
		return 0, err
	}
	n := 0
	if fetch {
		fmt.Fprint(c.c, "b SELECT INBOX\r\n")
		if err := c.until("b OK", "b "); err != nil {
			return 0, err
		}
		fmt.Fprintf(c.c, "c FETCH 1:%d (BODY.PEEK[])\r\n", *messages)
		for {
			l, err := c.line()
			if err != nil {
				return n, err
			}
			if strings.HasPrefix(l, "* ") && strings.Contains(l, " FETCH ") {
				n++
			}
			if strings.HasPrefix(l, "c ") {
				if !strings.HasPrefix(l, "c OK") {
					return n, fmt.Errorf("FETCH: %s", strings.TrimSpace(l))
				}
				break
			}
		}
	}
	fmt.Fprint(c.c, "z LOGOUT\r\n")
	return n, c.until("z OK", "z ")
}

// parallel runs fn for every client at once, rounds times each, and
// returns the operations per second.
func parallel(rounds int, fn func(client int) error) (float64, error) {
	var wg sync.WaitGroup
	var firstErr atomic.Value
	start := time.Now()
	for cl := 1; cl <= *users; cl++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range rounds {
				if err := fn(cl); err != nil {
					firstErr.CompareAndSwap(nil, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	if err, _ := firstErr.Load().(error); err != nil {
		return 0, err
	}
	return float64(*users*rounds) / time.Since(start).Seconds(), nil
}

func run() error {
	fmt.Printf("== %s: %d clients at once, %d messages per mailbox\n", *label, *users, *messages)
	if *popAddr != "" {
		r, err := parallel(*logins, func(cl int) error { return popLogin(*popAddr, user(cl)) })
		if err != nil {
			return fmt.Errorf("POP3 logins: %w", err)
		}
		fmt.Printf("%-10s POP3 logins/s                        %8.1f\n", *label, r)
	}
	if *imapAddr != "" {
		r, err := parallel(*logins, func(cl int) error { _, err := imapSession(*imapAddr, user(cl), false); return err })
		if err != nil {
			return fmt.Errorf("IMAP4 logins: %w", err)
		}
		fmt.Printf("%-10s IMAP4 logins/s                       %8.1f\n", *label, r)
		var fetched atomic.Int64
		start := time.Now()
		r, err = parallel(1, func(cl int) error {
			n, err := imapSession(*imapAddr, user(cl), true)
			fetched.Add(int64(n))
			return err
		})
		if err != nil {
			return fmt.Errorf("IMAP4 fetch: %w", err)
		}
		if want := int64(*users * *messages); fetched.Load() != want {
			return fmt.Errorf("fetched %d messages, want %d", fetched.Load(), want)
		}
		fmt.Printf("%-10s IMAP4 LOGIN+SELECT+FETCH %d msgs: %.1f sessions/s, %.0f msgs/s (%.2fs)\n", *label, *messages, r,
			float64(fetched.Load())/time.Since(start).Seconds(), time.Since(start).Seconds())
	}
	if *pid != 0 && *popAddr != "" {
		return idleMemory()
	}
	return nil
}

// idleMemory opens idle POP3 connections (greeting read) and reports the
// growth of the server's resident memory (the process and its children).
func idleMemory() error {
	before := rss(*pid)
	var cs []*conn
	defer func() {
		for _, c := range cs {
			c.c.Close()
		}
	}()
	for range *idle {
		c, err := dial(*popAddr)
		if err != nil {
			return err
		}
		if err := c.until("+OK", "-ERR"); err != nil {
			return err
		}
		cs = append(cs, c)
	}
	after := rss(*pid)
	fmt.Printf("%-10s memory per idle POP3 connection     %8.1f KB (%d connections, RSS %d -> %d KB)\n", *label,
		float64(after-before)/float64(*idle), *idle, before, after)
	return nil
}

// rss sums VmRSS (KB) of pid and its descendants.
func rss(root int) int {
	children := map[int][]int{}
	procs, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, p := range procs {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		s := string(b)
		i := strings.LastIndexByte(s, ')')
		var pidv, ppid int
		var state string
		fmt.Sscan(s[:strings.IndexByte(s, ' ')], &pidv)
		fmt.Sscan(s[i+2:], &state, &ppid)
		children[ppid] = append(children[ppid], pidv)
	}
	total := 0
	var walk func(p int)
	walk = func(p int) {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", p))
		if err == nil {
			for _, l := range strings.Split(string(b), "\n") {
				if strings.HasPrefix(l, "VmRSS:") {
					var kb int
					fmt.Sscan(strings.TrimPrefix(l, "VmRSS:"), &kb)
					total += kb
				}
			}
		}
		for _, c := range children[p] {
			walk(c)
		}
	}
	walk(root)
	return total
}
