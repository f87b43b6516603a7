package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/psh-project/psh/server/control"
)

// readyWriter collects pshd's log and closes ready at "pshd ready".
type readyWriter struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	ready chan struct{}
	once  sync.Once
}

func (w *readyWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	if strings.Contains(w.buf.String(), "pshd ready") {
		w.once.Do(func() { close(w.ready) })
	}
	return len(p), nil
}

func (w *readyWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

func TestRunServesControlSocketAndStops(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "directory.db")
	ctx, cancel := context.WithCancel(context.Background())
	log := &readyWriter{ready: make(chan struct{})}
	code := make(chan int, 1)
	env := func(k string) string { return map[string]string{"PSH_NO_DEMO": "1"}[k] }
	go func() { code <- run(ctx, []string{"-Directory", db}, &bytes.Buffer{}, log, env) }()
	select {
	case <-log.ready:
	case c := <-code:
		t.Fatalf("pshd exited with %d: %s", c, log)
	}
	c := control.NewClient(control.DefaultPath(db, env))
	if _, err := c.List(context.Background()); err != nil {
		t.Fatalf("List: %v\n%s", err, log)
	}
	cancel()
	if c := <-code; c != 0 {
		t.Fatalf("exit %d: %s", c, log)
	}
	if !strings.Contains(log.String(), "pshd stopped") {
		t.Errorf("no clean stop in the log:\n%s", log)
	}
}

func TestFlags(t *testing.T) {
	for _, tc := range []struct {
		argv []string
		err  string
	}{
		{[]string{"-dir", "x"}, ""},
		{[]string{"-Nope"}, "unknown flag -Nope (pshd -Help lists them)"},
		{[]string{"-Directory"}, "the flag -Directory needs a value"},
		{[]string{"x"}, `unexpected argument "x": pshd takes only flags (pshd -Help lists them)`},
	} {
		_, err := parseFlags(tc.argv)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tc.err {
			t.Errorf("%v: got %q, want %q", tc.argv, got, tc.err)
		}
	}
}
