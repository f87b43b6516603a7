package admin

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/chromedp/chromedp"
)

// freePort asks the OS for a free loopback port.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// pshdLog is pshd's log as it is written; waitFor blocks until a line
// holds a text, or the log ends.
type pshdLog struct {
	mu    sync.Mutex
	cond  *sync.Cond
	text  strings.Builder
	ended bool
}

func (l *pshdLog) add(line string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.text.WriteString(line + "\n")
	l.cond.Broadcast()
}

func (l *pshdLog) end() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.ended = true
	l.cond.Broadcast()
}

// waitFor reports whether the log came to hold want before it ended.
func (l *pshdLog) waitFor(want string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	for !strings.Contains(l.text.String(), want) {
		if l.ended {
			return false
		}
		l.cond.Wait()
	}
	return true
}

func (l *pshdLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.text.String()
}

// startPshd runs the pshd binary on a copy of the test directory, every
// service on a free loopback port and the admin center on plain HTTP, and
// returns the fixture (for psh) and the admin center's URL. pshd gets
// SIGTERM at the end of the test.
func startPshd(t *testing.T) (*fixture, string, *pshdLog) {
	t.Helper()
	f := newFixture(t, Options{})
	f.psh(fmt.Sprintf(`Set-PopSettings -UnencryptedOrTLSBindings 127.0.0.1:%d -SSLBindings 127.0.0.1:%d -WarningAction SilentlyContinue
Set-ImapSettings -UnencryptedOrTLSBindings 127.0.0.1:%d -SSLBindings 127.0.0.1:%d -WarningAction SilentlyContinue`,
		freePort(t), freePort(t), freePort(t), freePort(t)))
	cfg := filepath.Join(filepath.Dir(f.path), "pshd.json")
	json := fmt.Sprintf(`{"SmtpBindings": ["127.0.0.1:%d"], "AdminBinding": "127.0.0.1:0", "AdminPlainHTTP": true}`, freePort(t))
	if err := os.WriteFile(cfg, []byte(json), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(binary(t, "pshd"), "-Directory", f.path, "-Config", cfg)
	cmd.Env = append(os.Environ(), "PSH_CONTROL_SOCKET=")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		if err := <-exited; err != nil {
			t.Errorf("pshd exited with %v", err)
		}
	})
	urlPattern := regexp.MustCompile(`msg="admin center" url=(http://127\.0\.0\.1:\d+)/`)
	found := make(chan string, 1)
	log := &pshdLog{}
	log.cond = sync.NewCond(&log.mu)
	go func() {
		defer log.end()
		sc := bufio.NewScanner(stderr)
		url := ""
		for sc.Scan() {
			log.add(sc.Text())
			if m := urlPattern.FindStringSubmatch(sc.Text()); m != nil && url == "" {
				url = m[1]
			}
			if strings.Contains(sc.Text(), "pshd ready") {
				found <- url
				url = "sent"
			}
		}
		if url != "sent" {
			found <- ""
		}
		exited <- cmd.Wait()
	}()
	base := <-found
	if base == "" {
		t.Fatalf("pshd did not start its admin center:\n%s", log.String())
	}
	return f, base, log
}

// TestBrowserServicesRestart: the admin center that pshd serves restarts
// MSExchangePOP3 from its Services page, and psh's Get-Service agrees.
func TestBrowserServicesRestart(t *testing.T) {
	f, base, log := startPshd(t)
	b := newBrowser(t, base)
	b.signIn("Administrator", adminPassword)
	b.do(chromedp.WaitVisible(chromedp.ID("mailboxes")),
		chromedp.Click(chromedp.CSS(`nav a[href="/services"]`)), chromedp.WaitVisible(chromedp.ID("services")))
	if got := b.text("#svc-MSExchangePOP3 .status"); got != "Running" {
		t.Fatalf("MSExchangePOP3 is %q before the restart", got)
	}
	b.do(chromedp.Click(chromedp.ID("restart-MSExchangePOP3")), chromedp.WaitVisible(chromedp.CSS(".notice")))
	if got := b.text(".notice"); got != "Restart-Service ran for MSExchangePOP3." {
		t.Fatalf("after Restart: %q", got)
	}
	if got := b.text("#svc-MSExchangePOP3 .status"); got != "Running" {
		t.Fatalf("MSExchangePOP3 is %q after the restart", got)
	}
	// pshd stopped and started it (its log is written before it answers).
	if !log.waitFor(`msg="service stopped" service=MSExchangePOP3`) {
		t.Fatalf("pshd never stopped MSExchangePOP3:\n%s", log)
	}
	if out := f.psh(`(Get-Service MSExchangePOP3).Status`); strings.TrimSpace(out) != "Running" {
		t.Fatalf("Get-Service after the restart: %q", out)
	}
}
