package repl_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// These tests drive the real psh binary in a pseudo-terminal. They wait
// for expected output with a generous deadline and never assert timing.

const deadline = 10 * time.Second

var (
	buildOnce sync.Once
	pshPath   string
	buildErr  error
)

// pshBinary builds cmd/psh once per test run.
func pshBinary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "psh-repl-test")
		if err != nil {
			buildErr = err
			return
		}
		pshPath = filepath.Join(dir, "psh")
		out, err := exec.Command("go", "build", "-o", pshPath, "github.com/psh-project/psh/cmd/psh").CombinedOutput()
		if err != nil {
			buildErr = errors.New("go build: " + err.Error() + "\n" + string(out))
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return pshPath
}

// console is a psh process on a pseudo-terminal and everything it printed.
type console struct {
	t    testing.TB
	cmd  *exec.Cmd
	pty  *os.File
	dir  string
	mu   sync.Mutex
	out  bytes.Buffer
	mark int // expect searches the output after this offset
	done chan struct{}
}

// startPsh runs psh -NoProfile -NoLogo with HOME and the location set to
// home; env adds to (or, for NO_COLOR=, clears from) the environment.
func startPsh(t testing.TB, home string, env ...string) *console {
	t.Helper()
	cmd := exec.Command(pshBinary(t), "-NoProfile", "-NoLogo")
	cmd.Dir = home
	cmd.Env = []string{"HOME=" + home, "TERM=xterm", "PATH=" + os.Getenv("PATH")}
	if len(env) == 0 {
		env = []string{"NO_COLOR=1"}
	}
	for _, kv := range env {
		if !strings.HasSuffix(kv, "=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 250})
	if err != nil {
		t.Fatal(err)
	}
	c := &console{t: t, cmd: cmd, pty: f, dir: home, done: make(chan struct{})}
	go func() {
		defer close(c.done)
		b := make([]byte, 4096)
		for {
			n, err := f.Read(b)
			c.mu.Lock()
			c.out.Write(b[:n])
			c.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = f.Close()
		<-c.done
	})
	return c
}

var ansi = regexp.MustCompile(`\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]`)

// text is the output so far without terminal escapes.
func (c *console) text() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return ansi.ReplaceAllString(c.out.String(), "")
}

// expect waits until want appears after the last match and moves past it.
func (c *console) expect(want string) {
	c.t.Helper()
	stop := time.Now().Add(deadline)
	for {
		s := c.text()
		if i := strings.Index(s[c.mark:], want); i >= 0 {
			c.mark += i + len(want)
			return
		}
		if time.Now().After(stop) {
			c.t.Fatalf("never saw %q; output after the last match:\n%q", want, s[c.mark:])
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (c *console) prompt() string { return "PS " + c.dir + "> " }

func (c *console) send(s string) {
	c.t.Helper()
	if _, err := c.pty.Write([]byte(s)); err != nil {
		c.t.Fatal(err)
	}
}

// wait waits for the process to exit and returns its exit code.
func (c *console) wait() int {
	c.t.Helper()
	res := make(chan error, 1)
	go func() { res <- c.cmd.Wait() }()
	select {
	case err := <-res:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode()
		}
		if err != nil {
			c.t.Fatal(err)
		}
		return 0
	case <-time.After(deadline):
		c.t.Fatalf("psh did not exit; output:\n%q", c.text()[c.mark:])
		return -1
	}
}

func TestPtyCompletion(t *testing.T) {
	c := startPsh(t, t.TempDir())
	c.expect(c.prompt())
	// The typed part is respelled as the command spells it.
	c.send("'zeta', 'alpha' | sort-obj\t")
	c.expect("Sort-Object")
	c.send(" -Desc\t")
	c.expect("-Descending")
	c.send("\r")
	c.expect("zeta\r\nalpha")
	c.expect(c.prompt())
}

func TestPtyContinuationPrompt(t *testing.T) {
	c := startPsh(t, t.TempDir())
	c.expect(c.prompt())
	c.send("if ($true) {\r")
	c.expect(">> ")
	c.send("'inside' +\r")
	c.expect(">> ")
	c.send("' the block' }\r")
	c.expect("inside the block")
	c.expect(c.prompt())
}

func TestPtyHistory(t *testing.T) {
	home := t.TempDir()
	c := startPsh(t, home)
	c.expect(c.prompt())
	c.send("Write-Output ('mark' + 'one')\r")
	c.expect("markone")
	c.expect(c.prompt())
	c.send("\x1b[A") // Up
	c.expect("Write-Output ('mark' + 'one')")
	c.send("\r")
	c.expect("markone")
	c.expect(c.prompt())
	c.send("\x04") // Ctrl-D
	if code := c.wait(); code != 0 {
		t.Fatalf("exit code %d", code)
	}
	data, err := os.ReadFile(filepath.Join(home, ".local", "share", "psh", "history"))
	if err != nil || !strings.Contains(string(data), "Write-Output ('mark' + 'one')\n") {
		t.Fatalf("history file: %q, %v", data, err)
	}

	// The next session finds yesterday's command, with Up and with Ctrl-R.
	c2 := startPsh(t, home)
	c2.expect(c2.prompt())
	c2.send("\x12mark")
	c2.expect("Write-Output ('mark' + 'one')")
	c2.send("\r")
	c2.expect("markone")
}

// A multi-line entry is one history item: Up brings the whole entry back,
// and running it again runs every line.
func TestPtyMultiLineHistory(t *testing.T) {
	home := t.TempDir()
	c := startPsh(t, home)
	c.expect(c.prompt())
	c.send("foreach ($i in 1..2) {\r")
	c.expect(">> ")
	c.send("'multi' + $i\r")
	c.expect(">> ")
	c.send("}\r")
	c.expect("multi1\r\nmulti2")
	c.expect(c.prompt())
	c.send("\x1b[A") // Up
	c.expect("foreach ($i in 1..2) {␤'multi' + $i␤}")
	c.send("\r")
	c.expect("multi1\r\nmulti2")
	c.expect(c.prompt())
	c.send("\x04")
	if code := c.wait(); code != 0 {
		t.Fatalf("exit code %d", code)
	}
	data, err := os.ReadFile(filepath.Join(home, ".local", "share", "psh", "history"))
	if want := "foreach ($i in 1..2) {␤'multi' + $i␤}\n"; err != nil || string(data) != want {
		t.Fatalf("history file: %q, %v; want the entry once (running it again adds no duplicate), on one line", data, err)
	}
}

func TestPtyCtrlCCancelsLine(t *testing.T) {
	c := startPsh(t, t.TempDir())
	c.expect(c.prompt())
	c.send("Write-Output ('loop' + 'ing'); while ($true) {}\r")
	c.expect("looping")
	c.send("\x03")
	c.expect(c.prompt())
	if strings.Contains(c.text(), "PipelineStopped") {
		t.Fatalf("Ctrl-C should stop the line silently, as PowerShell does:\n%s", c.text())
	}
	c.send("Write-Output ('still' + 'alive')\r")
	c.expect("stillalive")
	c.expect(c.prompt())
	// At the prompt Ctrl-C clears the line.
	c.send("Write-Output discarded\x03")
	c.expect(c.prompt())
	c.send("Write-Output ('kept' + 'line')\r")
	c.expect("keptline")
	if strings.Contains(c.text(), "discarded\r\n") {
		t.Fatalf("the cleared line ran:\n%q", c.text())
	}
}

func TestPtyColors(t *testing.T) {
	for _, noColor := range []bool{false, true} {
		env := "NO_COLOR="
		if noColor {
			env = "NO_COLOR=1"
		}
		c := startPsh(t, t.TempDir(), env)
		c.expect(c.prompt())
		c.send("Write-Error ('bo' + 'om'); Write-Warning ('care' + 'ful')\r")
		c.expect("WARNING: careful")
		c.expect(c.prompt())
		c.mu.Lock()
		raw := c.out.String()
		c.mu.Unlock()
		red := strings.Contains(raw, "\x1b[31;1mWrite-Error: boom")
		yellow := strings.Contains(raw, "\x1b[33mWARNING: careful")
		if red == noColor || yellow == noColor {
			t.Errorf("NO_COLOR=%v: red error %v, yellow warning %v in %q", noColor, red, yellow, raw)
		}
	}
}

func TestPtyExit(t *testing.T) {
	c := startPsh(t, t.TempDir())
	c.expect(c.prompt())
	c.send("exit 3\r")
	if code := c.wait(); code != 3 {
		t.Fatalf("exit code %d, want 3", code)
	}
}

func TestPtyPromptFunction(t *testing.T) {
	c := startPsh(t, t.TempDir())
	c.expect(c.prompt())
	c.send("function prompt { 'custom' + '> ' }\r")
	c.expect("custom> ")
	// What the prompt function writes with Write-Host is part of the
	// prompt (readline would otherwise erase it).
	c.send("function prompt { Write-Host '[host]' -NoNewline; ' > ' }\r")
	c.expect("[host] > ")
}

// BenchmarkStartToPrompt measures psh's start to its first prompt on a
// pseudo-terminal (target <= 30 ms).
func BenchmarkStartToPrompt(b *testing.B) {
	home := b.TempDir()
	pshBinary(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c := startPsh(b, home)
		c.expect(c.prompt())
		b.StopTimer()
		c.send("\x04")
		c.wait()
		b.StartTimer()
	}
}

// TestPtyHangingPrompt: Ctrl-C stops a prompt function that never returns
// and the default prompt comes back, so the console stays usable.
func TestPtyHangingPrompt(t *testing.T) {
	c := startPsh(t, t.TempDir())
	c.expect(c.prompt())
	c.send("function prompt { Set-Content ./started 1; while ($true) {} }\r")
	// Wait until the prompt function runs (it marks that with a file).
	for stop := time.Now().Add(deadline); ; time.Sleep(5 * time.Millisecond) {
		if _, err := os.Stat(filepath.Join(c.dir, "started")); err == nil {
			break
		}
		if time.Now().After(stop) {
			t.Fatal("the prompt function never ran")
		}
	}
	c.send("\x03")
	c.expect(c.prompt())
	c.send("function prompt { 'fix' + 'ed> ' }\r")
	c.expect("fixed> ")
}
