package main

import (
	"bufio"
	"context"
	"fmt"
	"github.com/psh-project/psh/server/control"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The end-to-end tests run the real pshd and psh binaries on loopback
// ports the OS hands out, and drive them with clients nobody here wrote:
// curl, Python's poplib and imaplib, and fetchmail.

// binaries holds the paths of the psh and pshd binaries built for the
// end-to-end tests.
var binaries struct{ psh, pshd, dir string }

func TestMain(m *testing.M) {
	code := m.Run()
	if binaries.dir != "" {
		os.RemoveAll(binaries.dir)
	}
	os.Exit(code)
}

// build compiles psh and pshd once per test binary.
func build(t *testing.T) {
	t.Helper()
	if binaries.psh != "" {
		return
	}
	if testing.Short() {
		t.Skip("end-to-end test: skipped with -short")
	}
	dir, err := os.MkdirTemp("", "pshd-e2e")
	if err != nil {
		t.Fatal(err)
	}
	binaries.dir = dir
	for _, b := range []struct{ pkg, out string }{{"github.com/psh-project/psh/cmd/psh", "psh"}, {"github.com/psh-project/psh/cmd/pshd", "pshd"}} {
		cmd := exec.Command("go", "build", "-o", filepath.Join(dir, b.out), b.pkg)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build %s: %v\n%s", b.pkg, err, out)
		}
	}
	binaries.psh, binaries.pshd = filepath.Join(dir, "psh"), filepath.Join(dir, "pshd")
}

// need skips the test when a client program is missing, except under CI,
// where it fails.
func need(t *testing.T, progs ...string) {
	t.Helper()
	for _, p := range progs {
		if _, err := exec.LookPath(p); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is required under CI (.ci/run installs it): %v", p, err)
			}
			t.Skipf("%s is not installed", p)
		}
	}
}

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

// env is one directory with its pshd.
type env struct {
	t                            *testing.T
	dir, db                      string
	pop, pops, imap, imaps, smtp int
	cmd                          *exec.Cmd
	exited                       chan error
	log                          *lockedBuffer
}

const randPassword = "P@ssw0rd!"

// newEnv makes a small demo directory (Rand Zaher has a password), sets
// the POP3 and IMAP4 bindings to free loopback ports and writes the pshd
// configuration with a free SMTP port.
func newEnv(t *testing.T) *env {
	build(t)
	dir := t.TempDir()
	e := &env{t: t, dir: dir, db: filepath.Join(dir, "directory.db"), log: &lockedBuffer{}}
	e.pop, e.pops, e.imap, e.imaps, e.smtp = freePort(t), freePort(t), freePort(t), freePort(t), freePort(t)
	cfg := fmt.Sprintf(`{"SmtpBindings": ["127.0.0.1:%d"]}`, e.smtp)
	if err := os.WriteFile(filepath.Join(dir, "pshd.json"), []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	e.psh(fmt.Sprintf(`New-DemoOrganization -Users 40 -Confirm:$false
Set-Mailbox "Rand Zaher" -Password '%s'
Set-PopSettings -UnencryptedOrTLSBindings 127.0.0.1:%d -SSLBindings 127.0.0.1:%d -ProtocolLogEnabled $true -WarningAction SilentlyContinue
Set-ImapSettings -UnencryptedOrTLSBindings 127.0.0.1:%d -SSLBindings 127.0.0.1:%d -ProtocolLogEnabled $true -WarningAction SilentlyContinue`,
		randPassword, e.pop, e.pops, e.imap, e.imaps))
	t.Cleanup(e.stop)
	return e
}

// psh runs a script with psh on the env's directory and returns its
// output (stdout and stderr); a failing exit fails the test.
func (e *env) psh(script string) string {
	e.t.Helper()
	out, err := e.pshErr(script)
	if err != nil {
		e.t.Fatalf("psh failed: %v\n%s\nscript:\n%s", err, out, script)
	}
	return out
}

func (e *env) pshErr(script string) (string, error) {
	cmd := exec.Command(binaries.psh, "-NoProfile", "-NonInteractive", "-Directory", e.db, "-Command", "-")
	cmd.Stdin = strings.NewReader(script)
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "PSH_CONTROL_SOCKET=")
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// start runs pshd and waits until it says it is ready.
func (e *env) start() {
	e.t.Helper()
	cmd := exec.Command(binaries.pshd, "-Directory", e.db, "-Config", filepath.Join(e.dir, "pshd.json"))
	cmd.Env = append(os.Environ(), "PSH_CONTROL_SOCKET=")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		e.t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		e.t.Fatal(err)
	}
	ready := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		said := false
		for sc.Scan() {
			e.log.WriteString(sc.Text() + "\n")
			if !said && strings.Contains(sc.Text(), "pshd ready") {
				said = true
				ready <- true
			}
		}
		if !said {
			ready <- false
		}
	}()
	if !<-ready {
		cmd.Wait()
		e.t.Fatalf("pshd did not start:\n%s", e.log)
	}
	e.cmd = cmd
	e.exited = make(chan error, 1)
	go func() { e.exited <- cmd.Wait() }()
}

// stop sends SIGTERM and waits for pshd to exit; it returns the exit error.
func (e *env) stop() {
	if e.cmd == nil {
		return
	}
	e.cmd.Process.Signal(syscall.SIGTERM)
	err := <-e.exited
	e.cmd = nil
	if err != nil {
		e.t.Errorf("pshd exited with %v:\n%s", err, e.log)
	}
}

// curl runs curl and returns its output and exit code.
func (e *env) curl(args ...string) (string, int) {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), clientTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "curl", append([]string{"-sS", "--max-time", "60"}, args...)...)
	out, err := cmd.CombinedOutput()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		e.t.Fatalf("curl: %v", err)
	}
	return string(out), code
}

// python runs a Python script with args and returns its output and error.
func (e *env) python(script string, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), clientTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "python3", append([]string{"-c", script}, args...)...)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// protocolLog returns the POP3 and IMAP4 protocol logs.
func (e *env) protocolLog() string {
	var b strings.Builder
	for _, sub := range []string{"Pop3", "Imap4"} {
		files, _ := filepath.Glob(filepath.Join(control.RunDir(e.db), "logs", sub, "*.log"))
		for _, f := range files {
			data, _ := os.ReadFile(f)
			b.Write(data)
		}
	}
	return b.String()
}

func (e *env) url(scheme string, port int, path string) string {
	return fmt.Sprintf("%s://127.0.0.1:%d/%s", scheme, port, path)
}

// lockedBuffer is a strings.Builder safe for one writer and readers.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) WriteString(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.b.WriteString(s)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// clientTimeout stops a client that hangs (a guard against a hung test,
// not a speed requirement).
const clientTimeout = 2 * time.Minute
