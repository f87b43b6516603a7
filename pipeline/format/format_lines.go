package format

import (
	"bufio"
	"io"
)

// lineWriter writes lines ("\n"-terminated) through a buffer and keeps the
// first write error, so renderers need not check every line.
type lineWriter struct {
	w   *bufio.Writer
	err error
}

func newLineWriter(w io.Writer) *lineWriter {
	if bw, ok := w.(*bufio.Writer); ok {
		return &lineWriter{w: bw}
	}
	return &lineWriter{w: bufio.NewWriterSize(w, 16<<10)}
}

// line writes s and a newline.
func (l *lineWriter) line(s string) {
	if l.err != nil {
		return
	}
	if _, err := l.w.WriteString(s); err != nil {
		l.err = err
		return
	}
	l.err = l.w.WriteByte('\n')
}

// lineBytes writes b, with trailing blanks removed, and a newline.
func (l *lineWriter) lineBytes(b []byte) {
	if l.err != nil {
		return
	}
	for len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	if _, err := l.w.Write(b); err != nil {
		l.err = err
		return
	}
	l.err = l.w.WriteByte('\n')
}

func (l *lineWriter) flush() error {
	if l.err != nil {
		return l.err
	}
	l.err = l.w.Flush()
	return l.err
}
