package exchange

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/pipeline"
)

// TestWriterBatchAndCancel pins the Ctrl-C contract of writer.batch: once
// the run's context is cancelled no object is started (the pipeline is
// stopped and no batch opened); an object already started is written with
// a context the cancellation does not reach, since SQLite would roll back
// the whole transaction if a write statement were interrupted.
func TestWriterBatchAndCancel(t *testing.T) {
	path := filepath.Join(t.TempDir(), "directory.db")
	cn := &conn{open: func() (directory.Store, error) {
		s, err := directory.Open(path)
		if err == nil {
			t.Cleanup(func() { s.Close() })
		}
		return s, err
	}}
	w := &writer{cn: cn}

	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := w.batch(cancelled); !pipeline.IsPipelineStopped(err) || w.held != nil || cn.batch != nil {
		t.Fatalf("after cancel: err %v, held %v, open %v; want PipelineStopped and no batch", err, w.held, cn.batch)
	}

	run, stop := context.WithCancel(context.Background())
	b, ctx, err := w.batch(run)
	if err != nil || b == nil || w.held != b || cn.batch != b {
		t.Fatalf("batch: %v, %v (held %v)", b, err, w.held)
	}
	stop()
	if ctx.Err() != nil {
		t.Errorf("the object's context was cancelled with the run's: %v", ctx.Err())
	}
	// A second writer shares the batch and does not hold it.
	other := &writer{cn: cn}
	if b2, _, err := other.batch(context.Background()); err != nil || b2 != b || other.held != nil {
		t.Errorf("second writer: %v, %v, holds %v", b2, err, other.held)
	}
	other.Dispose()
	if cn.batch != b {
		t.Errorf("a writer that does not hold the batch ended it")
	}
	w.Dispose()
	if cn.batch != nil || w.held != nil {
		t.Errorf("the holder's Dispose left the batch open")
	}
}
