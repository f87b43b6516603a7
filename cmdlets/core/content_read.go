package core

import (
	"bytes"
	"errors"
	"io"
	"os"

	"github.com/psh-project/psh/pipeline"
)

// readBounded reads a file for Get-Content within the session's limits:
// the whole file at most MaxStringBytes for -Raw, no line longer than
// MaxLineBytes otherwise; it stops reading once -TotalCount lines are in
// and observes cancellation, so /dev/zero or an endless pipe can neither
// exhaust memory nor run on.
func (g *GetContent) readBounded(c *pipeline.Context, path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }()
	lim := pipeline.SessionLimits(c.Session())
	wantLines := -1
	if c.IsBound("TotalCount") && g.TotalCount >= 0 && g.Delimiter == "" && g.Encoding == "" && !g.Raw.IsPresent() {
		wantLines = g.TotalCount
	}
	var data []byte
	buf := make([]byte, 64<<10)
	lineLen, lines := 0, 0
	ctx := c.Context()
	for {
		if ctx.Err() != nil {
			return nil, pipeline.PipelineStopped(ctx.Err())
		}
		n, err := f.Read(buf)
		chunk := buf[:n]
		if !g.Raw.IsPresent() {
			for len(chunk) > 0 {
				i := bytes.IndexAny(chunk, "\r\n")
				if i < 0 {
					lineLen += len(chunk)
					data = append(data, chunk...)
					chunk = nil
					break
				}
				if lineLen+i > lim.MaxLineBytes {
					return nil, lim.LineTooLong(path)
				}
				lineLen = 0
				if chunk[i] == '\n' {
					lines++
				}
				data = append(data, chunk[:i+1]...)
				chunk = chunk[i+1:]
				if wantLines >= 0 && lines >= wantLines {
					return data, nil
				}
			}
			if lineLen > lim.MaxLineBytes {
				return nil, lim.LineTooLong(path)
			}
		} else {
			data = append(data, chunk...)
			if e := lim.CheckString(len(data)); e != nil {
				return nil, e
			}
		}
		if errors.Is(err, io.EOF) {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
	}
}
