package protolog

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// Log is a protocol log; the nil *Log writes nothing. It is safe for
// concurrent use.
type Log struct {
	dir, prefix string

	mu   sync.Mutex
	day  string
	file *os.File
}

// Open returns a log writing files prefix<yyyymmdd>.log under dir (created
// with mode 0700).
func Open(dir, prefix string) (*Log, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("cannot create the protocol log folder: %w", err)
	}
	return &Log{dir: dir, prefix: prefix}, nil
}

// Printf writes one event of session (its id and client address).
func (l *Log) Printf(session, remote, format string, args ...any) {
	if l == nil {
		return
	}
	now := time.Now().UTC()
	msg := strings.ReplaceAll(fmt.Sprintf(format, args...), "\n", " ")
	line := fmt.Sprintf("%s,%s,%s,%s\n", now.Format(time.RFC3339Nano), session, remote, msg)
	l.mu.Lock()
	defer l.mu.Unlock()
	day := now.Format("20060102")
	if l.file == nil || day != l.day {
		if l.file != nil {
			l.file.Close()
		}
		f, err := os.OpenFile(filepath.Join(l.dir, l.prefix+day+".log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
		if err != nil {
			l.file = nil
			return
		}
		l.file, l.day = f, day
	}
	l.file.WriteString(line)
}

// Close closes the current file.
func (l *Log) Close() error {
	if l == nil {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.file == nil {
		return nil
	}
	err := l.file.Close()
	l.file = nil
	return err
}
