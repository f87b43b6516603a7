package core

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/psh-project/psh/pipeline"
)

// streams reports whether read can read the file line by line as it
// sends the lines on: not for -Raw, -Tail or -Delimiter, nor the
// encodings that are decoded as a whole.
func (g *GetContent) streams(c *pipeline.Context) bool {
	if bool(g.Raw) || g.Delimiter != "" || c.IsBound("Tail") {
		return false
	}
	switch strings.ToLower(g.Encoding) {
	case "unicode", "bigendianunicode", "utf32", "latin1":
		return false
	}
	return true
}

// streamLines sends the lines of the open file f, read as they are needed,
// so that a downstream stop (Select-Object -First) ends the reading. It
// reports false, having read nothing, when the file starts with a UTF-16
// or UTF-32 byte-order mark (read decodes those whole).
func (g *GetContent) streamLines(c *pipeline.Context, f *os.File) (bool, error) {
	br := bufio.NewReaderSize(f, 64<<10)
	if b, _ := br.Peek(2); len(b) == 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF) {
		return false, nil
	}
	if b, _ := br.Peek(3); bytes.Equal(b, []byte{0xEF, 0xBB, 0xBF}) {
		_, _ = br.Discard(3)
	}
	lim := pipeline.SessionLimits(c.Session())
	sc := bufio.NewScanner(br)
	// The line and its break; the first buffer is no larger than that,
	// since the Scanner enforces its maximum only when it grows the buffer.
	sc.Buffer(make([]byte, 0, min(64<<10, lim.MaxLineBytes+2)), lim.MaxLineBytes+2)
	ctx := c.Context()
	sc.Split(splitLineBreaks)
	limit := -1
	if c.IsBound("TotalCount") && g.TotalCount >= 0 {
		limit = g.TotalCount
	}
	for n := 0; n != limit && sc.Scan(); n++ {
		if n&1023 == 0 && ctx.Err() != nil {
			return true, pipeline.PipelineStopped(ctx.Err())
		}
		line := sc.Bytes()
		var s string
		if utf8.Valid(line) {
			s = string(line)
		} else {
			s = strings.ToValidUTF8(string(line), "\uFFFD")
		}
		if err := c.Emit(s); err != nil {
			return true, err
		}
	}
	if err := sc.Err(); errors.Is(err, bufio.ErrTooLong) {
		return true, lim.LineTooLong(f.Name())
	} else if err != nil {
		c.WriteError(ioError(err, "GetContentReaderIOError", f.Name()))
	}
	return true, nil
}

// splitLineBreaks is a bufio.SplitFunc that splits at \n, \r\n or \r, as
// splitLines does: a final line break does not start another line.
func splitLineBreaks(data []byte, atEOF bool) (int, []byte, error) {
	i := bytes.IndexAny(data, "\r\n")
	if i < 0 {
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
	if data[i] == '\n' {
		return i + 1, data[:i], nil
	}
	if i+1 < len(data) {
		if data[i+1] == '\n' {
			return i + 2, data[:i], nil
		}
		return i + 1, data[:i], nil
	}
	if atEOF {
		return i + 1, data[:i], nil
	}
	return 0, nil, nil // a \r at the end: is a \n next?
}
