package interp

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"

	"github.com/psh-project/psh/pipeline"
)

// nativeCmdlet runs a program found on $env:PATH. Pipeline input becomes
// its stdin (one line per object); its stdout lines come back as strings.
type nativeCmdlet struct {
	in    *Interp
	path  string
	name  string
	args  []any
	input bytes.Buffer
	fed   bool

	// A program piped straight into another (yes | head) is connected to
	// it by an OS pipe, as PowerShell 7.4 does: pipeTo is set on the
	// first, which starts and hands over its output (upstream) instead of
	// reading it; the second reads it as its stdin and waits for it.
	pipeTo   *nativeCmdlet
	upstream *startedProgram
}

// startedProgram is a program started by the stage before, whose stdout
// the next program reads.
type startedProgram struct {
	cmd    *exec.Cmd
	stdout io.ReadCloser
	errs   *lineSink
	prev   *startedProgram // the program before it, for a | b | c
}

// linkNatives connects each program in cmds that is directly followed by
// another program.
func linkNatives(cmds []*pipeline.Command) {
	for i := 0; i+1 < len(cmds); i++ {
		a, ok1 := cmds[i].Cmdlet.(*nativeCmdlet)
		b, ok2 := cmds[i+1].Cmdlet.(*nativeCmdlet)
		if ok1 && ok2 {
			a.pipeTo = b
		}
	}
}

var _ pipeline.DynamicCmdlet = (*nativeCmdlet)(nil)

// Parameters: a native program takes no named parameters; -x tokens are
// passed through as text.
func (n *nativeCmdlet) Parameters() *pipeline.CommandMeta { return &pipeline.CommandMeta{} }

// SetParameter is never called: there are no parameters.
func (n *nativeCmdlet) SetParameter(*pipeline.ParamMeta, any) error { return nil }

// SetArgs receives the program's arguments.
func (n *nativeCmdlet) SetArgs(args []any) { n.args = args }

// Process collects one input object as a line of stdin.
func (n *nativeCmdlet) Process(c *pipeline.Context) error {
	if v, ok := c.Input(); ok {
		n.fed = true
		n.input.WriteString(pipeline.ToString(v))
		n.input.WriteByte('\n')
	}
	return nil
}

// End runs the program.
func (n *nativeCmdlet) End(c *pipeline.Context) error {
	var argv []string
	for _, a := range n.args {
		_ = pipeline.EnumerateForeach(a, func(x any) error {
			argv = append(argv, pipeline.ToString(x))
			return nil
		})
	}
	cmd := exec.CommandContext(c.Context(), n.path, argv...)
	cmd.Dir = n.in.dir
	cmd.Env = n.in.Environ()
	// Under a redirection of the error stream (2>$null, 2>&1, 2> file) the
	// program's stderr lines become error records, as in PowerShell 7;
	// otherwise they go straight to the console.
	var errLines *lineSink
	if n.in.streams != nil {
		errLines = &lineSink{emit: func(line string) {
			c.WriteError(&pipeline.ErrorRecord{Err: errors.New(line), ID: "NativeCommandError",
				Category: pipeline.NotSpecified, Target: line})
		}}
		cmd.Stderr = errLines
	} else {
		cmd.Stderr = n.in.cfg.Stderr
	}
	up := n.upstream
	n.upstream = nil
	switch {
	case up != nil:
		cmd.Stdin = up.stdout
	case n.fed:
		cmd.Stdin = &n.input
	case !c.ExpectingInput():
		cmd.Stdin = n.in.cfg.Stdin
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		up.stop()
		return err
	}
	if err := cmd.Start(); err != nil {
		up.stop()
		return err
	}
	if up != nil {
		// Our copy of the pipe's read end is not needed once the program
		// has its own; when it exits, the writer gets SIGPIPE and ends.
		_ = up.stdout.Close()
	}
	if n.pipeTo != nil {
		// The next program reads our output; the last one waits for all.
		n.pipeTo.upstream = &startedProgram{cmd: cmd, stdout: out, errs: errLines, prev: up}
		return nil
	}
	if up != nil {
		defer up.wait()
	}
	sc := bufio.NewScanner(out)
	sc.Buffer(make([]byte, 64*1024), 64*1024*1024)
	var emitErr error
	for sc.Scan() {
		if emitErr = c.Emit(sc.Text()); emitErr != nil {
			// Nobody wants more (Select-Object -First) or the run is
			// stopping: end the program instead of reading all it writes
			// (`yes | Select-Object -First 2` must return).
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
			return emitErr
		}
	}
	werr := cmd.Wait()
	if cerr := c.Context().Err(); cerr != nil {
		return pipeline.PipelineStopped(cerr) // killed because the run was cancelled
	}
	if errLines != nil {
		errLines.flush()
	}
	code := 0
	var ee *exec.ExitError
	if errors.As(werr, &ee) {
		code = ee.ExitCode()
	} else if werr != nil && emitErr == nil {
		return werr
	}
	_ = n.in.SetVariable("global:LASTEXITCODE", int32(code))
	if code != 0 {
		n.in.nativeFailed = true
	}
	return emitErr
}

// findExecutable looks a program up on the session's PATH (or as a path).
func (in *Interp) findExecutable(name string) (string, bool) {
	if strings.ContainsRune(name, '/') {
		p := in.ResolvePath(name)
		if isExecutable(p) {
			return p, true
		}
		return "", false
	}
	path, _ := in.getenv("PATH")
	for _, dir := range filepath.SplitList(path) {
		if dir == "" {
			continue
		}
		p := filepath.Join(dir, name)
		if isExecutable(p) {
			return p, true
		}
	}
	return "", false
}

func isExecutable(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir() && st.Mode()&0o111 != 0
}

// lineSink splits written bytes into lines. Writes come from the
// goroutine os/exec copies stderr on, so lines are buffered and delivered
// in the pipeline's goroutine by flush.
type lineSink struct {
	mu    sync.Mutex
	buf   []byte
	lines []string
	emit  func(string)
}

// Write collects complete lines.
func (s *lineSink) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.buf = append(s.buf, p...)
	for {
		i := bytes.IndexByte(s.buf, '\n')
		if i < 0 {
			break
		}
		s.lines = append(s.lines, strings.TrimRight(string(s.buf[:i]), "\r"))
		s.buf = s.buf[i+1:]
	}
	return len(p), nil
}

// flush delivers the collected lines (and a last unterminated one).
func (s *lineSink) flush() {
	s.mu.Lock()
	lines := s.lines
	if len(s.buf) > 0 {
		lines = append(lines, string(s.buf))
	}
	s.lines, s.buf = nil, nil
	s.mu.Unlock()
	for _, l := range lines {
		s.emit(l)
	}
}

// stop ends the upstream programs when their reader could not start.
func (p *startedProgram) stop() {
	for q := p; q != nil; q = q.prev {
		_ = q.cmd.Process.Kill()
		_ = q.stdout.Close()
	}
	p.wait()
}

// wait waits for the upstream programs, once their reader is done.
func (p *startedProgram) wait() {
	for q := p; q != nil; q = q.prev {
		_ = q.cmd.Wait()
		if q.errs != nil {
			q.errs.flush()
		}
	}
}

// Dispose stops an upstream program this one never came to read (the
// pipeline ended before this stage's End).
func (n *nativeCmdlet) Dispose() {
	if n.upstream != nil {
		n.upstream.stop()
		n.upstream = nil
	}
}
