package fuzzcheck

import (
	"context"
	"testing"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell"
)

// Errors collects the error records a shell reports.
type Errors struct {
	recs []*pipeline.ErrorRecord
}

// Option is the shell option that reports the shell's errors to e (in
// place of writing them to stderr).
func (e *Errors) Option() shell.Option {
	return shell.WithErrorHandler(func(rec *pipeline.ErrorRecord) { e.recs = append(e.recs, rec) })
}

// Check fails t if the script's run ended with an internal error (runErr),
// reported one, or left one in $Error (where caught and silenced errors
// go).
func (e *Errors) Check(t testing.TB, sh *shell.Shell, script string, runErr error) {
	t.Helper()
	if pipeline.IsInternalError(runErr) {
		t.Fatalf("script %q: internal error: %v", script, runErr)
	}
	for _, rec := range e.recs {
		if pipeline.IsInternalError(rec) {
			t.Fatalf("script %q: internal error reported: %v", script, rec)
		}
	}
	e.recs = e.recs[:0]
	// $Error is read with a context of its own: the script's may be over.
	all, _ := sh.Invoke(context.Background(), `$global:Error`)
	for _, v := range all {
		if err, ok := v.(error); ok && pipeline.IsInternalError(err) {
			t.Fatalf("script %q: internal error in $Error: %v", script, err)
		}
	}
}
