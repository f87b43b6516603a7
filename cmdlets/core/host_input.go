package core

import (
	"bufio"
	"errors"
	"fmt"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// hlp builds a Help value with one example.

// SecureString holds a secret that never prints.
type SecureString struct{ secret string }

// String hides the content, as .NET's SecureString does.
func (s *SecureString) String() string { return "System.Security.SecureString" }

// PSTypeNames names the type.
func (s *SecureString) PSTypeNames() []string {
	return []string{"System.Security.SecureString", "System.Object"}
}

// PropertyNames shows only the length.
func (s *SecureString) PropertyNames() []string { return []string{"Length"} }

// GetProperty exposes Length only.
func (s *SecureString) GetProperty(name string) (any, bool) {
	if strings.EqualFold(name, "Length") {
		return int32(len([]rune(s.secret))), true
	}
	return nil, false
}

// Plaintext returns the secret, for Go code (credentials) that needs it.
func (s *SecureString) Plaintext() string { return s.secret }

// ConvertToSecureString is ConvertTo-SecureString.
type ConvertToSecureString struct {
	String      string          `param:"Position=0,Mandatory,ValueFromPipeline" help:"The text to protect."`
	AsPlainText pipeline.Switch `param:"" help:"The text is plain text (required: psh has no encrypted form)."`
	Force       pipeline.Switch `param:"" help:"Confirms that plain text is intended."`
}

// Process wraps the text.
func (cs *ConvertToSecureString) Process(c *pipeline.Context) error {
	if !cs.AsPlainText {
		return pipeline.Errorf("ImportSecureString", pipeline.InvalidArgument, nil,
			"Cannot convert the text: psh reads only plain text. Use -AsPlainText -Force.")
	}
	return c.Emit(&SecureString{secret: cs.String})
}

// ReadHost is Read-Host: a line from the session's standard input.
type ReadHost struct {
	Prompt         any             `param:"Position=0,ValueFromRemainingArguments" help:"The prompt text (\": \" is appended)."`
	AsSecureString pipeline.Switch `param:"" help:"Return a SecureString (input is not echoed on a terminal)."`
	MaskInput      pipeline.Switch `param:"" help:"Do not echo the input."`
}

// Process prompts and reads.
func (r *ReadHost) Process(c *pipeline.Context) error {
	s := c.Session()
	if !pipeline.CanPrompt(s) {
		return pipeline.NonInteractiveError(nil)
	}
	if r.Prompt != nil {
		fmt.Fprintf(s.Stderr(), "%s: ", pipeline.ToString(r.Prompt))
	}
	line, err := pipeline.ReadWithContext(c.Context(), func() (string, error) { return readLine(s) })
	if pipeline.IsPipelineStopped(err) {
		fmt.Fprintln(s.Stderr())
		return err
	}
	if errors.Is(err, pipeline.ErrLimitExceeded) {
		return err
	}
	if err != nil && line == "" {
		return pipeline.Errorf("ReadHostEOF", pipeline.ResourceUnavailable, nil, "No more input: standard input is at its end.")
	}
	if r.AsSecureString {
		return c.Emit(&SecureString{secret: line})
	}
	return c.Emit(line)
}

// readLine reads one line byte by byte, so that no input beyond it is
// consumed from the shared stdin.
func readLine(s pipeline.Session) (string, error) {
	lim := pipeline.SessionLimits(s)
	if br, ok := s.Stdin().(*bufio.Reader); ok {
		var b []byte
		for {
			part, err := br.ReadSlice('\n')
			b = append(b, part...)
			if len(b) > lim.MaxLineBytes {
				return "", lim.LineTooLong("standard input")
			}
			if err != bufio.ErrBufferFull {
				return strings.TrimRight(string(b), "\r\n"), err
			}
		}
	}
	var b []byte
	one := make([]byte, 1)
	for {
		n, err := s.Stdin().Read(one)
		if n == 1 {
			if one[0] == '\n' {
				return strings.TrimRight(string(b), "\r"), nil
			}
			if b = append(b, one[0]); len(b) > lim.MaxLineBytes {
				return "", lim.LineTooLong("standard input")
			}
			continue
		}
		if err != nil {
			return string(b), err
		}
	}
}

// WriteProgress is Write-Progress: a progress line on a terminal's stderr,
// nothing otherwise.
type WriteProgress struct {
	Activity         string          `param:"Position=0" help:"What is being done."`
	Status           string          `param:"Position=1" help:"The current state."`
	PercentComplete  int             `param:"" help:"How far along, 0-100."`
	CurrentOperation string          `param:"" help:"The current step."`
	Id               int             `param:"" help:"The progress record's id."`
	Completed        pipeline.Switch `param:"" help:"Remove the progress bar."`
	SecondsRemaining int             `param:"" help:"Estimated seconds left."`
}

// Process draws the bar.
func (w *WriteProgress) Process(c *pipeline.Context) error {
	s := c.Session()
	if !s.IsTerminal() {
		return nil
	}
	if v, ok := s.GetVariable("ProgressPreference"); ok && pipeline.ParsePreference(v, pipeline.Continue) != pipeline.Continue {
		return nil
	}
	if w.Completed {
		fmt.Fprint(s.Stderr(), "\r\x1b[K")
		return nil
	}
	pct := min(max(w.PercentComplete, 0), 100)
	const width = 30
	n := pct * width / 100
	fmt.Fprintf(s.Stderr(), "\r\x1b[K%s [%s%s] %d%% %s", w.Activity, strings.Repeat("=", n), strings.Repeat(" ", width-n), pct, w.Status)
	return nil
}

// DisplayText makes Out-Default show a SecureString as its type name,
// never its content.
func (s *SecureString) DisplayText() string { return s.String() }
