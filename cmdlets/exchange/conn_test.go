package exchange

import (
	"context"
	"io"
	"path/filepath"
	"testing"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell"
)

// probe is Test-Probe: a changing cmdlet that checks writer.batch from
// inside a running pipeline, then cancels the run (Ctrl-C).
type probe struct {
	writer
	t      *testing.T
	cancel context.CancelFunc
}

func (p *probe) Process(c *pipeline.Context) error {
	t := p.t
	b, ctx, err := p.batch(c)
	if err != nil || b == nil || p.held != b || p.cn.batch != b {
		t.Fatalf("batch: %v, %v (held %v)", b, err, p.held)
	}
	// A second writer shares the batch and does not hold it.
	other := &writer{cn: p.cn}
	if b2, _, err := other.batch(c); err != nil || b2 != b || other.held != nil {
		t.Errorf("second writer: %v, %v, holds %v", b2, err, other.held)
	}
	other.Dispose()
	if p.cn.batch != b {
		t.Errorf("a writer that does not hold the batch ended it")
	}
	p.cancel()
	if ctx.Err() != nil {
		t.Errorf("the object's context was cancelled with the run's: %v", ctx.Err())
	}
	if _, _, err := p.batch(c); !pipeline.IsPipelineStopped(err) {
		t.Errorf("after Ctrl-C: %v, want PipelineStopped (no object started)", err)
	}
	return nil
}

// TestWriterBatchAndCancel pins the Ctrl-C contract of writer.batch: once
// the run's context is cancelled no object is started; an object already
// started is written with a context the cancellation does not reach, since
// SQLite would roll back the whole transaction if a write statement were
// interrupted. The holder's Dispose ends the batch; a sharer's does not.
func TestWriterBatchAndCancel(t *testing.T) {
	path := filepath.Join(t.TempDir(), "directory.db")
	cn := &conn{open: func() (directory.Store, error) {
		s, err := directory.Open(path)
		if err == nil {
			t.Cleanup(func() { s.Close() })
		}
		return s, err
	}}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	p := &probe{writer: writer{cn: cn}, t: t, cancel: cancel}
	sh, err := shell.New(shell.WithStdio(nil, io.Discard, io.Discard), shell.WithModule(&pipeline.Module{Name: "Test",
		Commands: []*pipeline.CommandInfo{{Name: "Test-Probe", Type: pipeline.CmdletCommand, New: func() pipeline.Cmdlet { return p }}}}))
	if err != nil {
		t.Fatal(err)
	}
	_ = sh.Run(ctx, `Test-Probe`)
	if cn.batch != nil || p.held != nil {
		t.Errorf("the holder's Dispose left the batch open")
	}
}
