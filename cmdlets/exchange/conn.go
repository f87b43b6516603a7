package exchange

import (
	"context"
	"sync"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/pipeline"
)

// OpenFunc opens the directory store. Module calls it at most once, when
// the first cmdlet needs the directory.
type OpenFunc func() (directory.Store, error)

// conn is the module's lazily opened store and the batch that changing
// cmdlets share while it is open.
type conn struct {
	open     OpenFunc
	demoMail func(ctx context.Context, s directory.Store) error // New-DemoOrganization's mail; nil: none

	once  sync.Once
	store directory.Store
	err   error

	// batch is the open batch, if any: every changing cmdlet that runs
	// while it is open writes into it; the writer that opened it (and only
	// that one) commits it and sets batch back to nil.
	batch directory.Batch

	who      *principal              // the session's user (rbac_session.go); nil until known
	commands []*pipeline.CommandInfo // the module's commands, for role entries
}

// get returns the store, opening it on first use.
func (cn *conn) get() (directory.Store, error) {
	cn.once.Do(func() {
		if cn.open == nil {
			cn.err = errNoDirectory
			return
		}
		cn.store, cn.err = cn.open()
	})
	return cn.store, cn.err
}

// writer is embedded by changing cmdlets. The first change it makes when no
// batch is open opens one; the writer holds that batch and commits it in
// End, or in Dispose when the pipeline ended without End (a thrown or
// terminating error, break, exit, a cancelled context, Select-Object
// -First). Writers running while the batch is open (later stages, commands
// in a nested pipeline) share it and never commit it.
type writer struct {
	cn   *conn
	held directory.Batch // the batch this writer opened, until committed

	DomainController string `param:"" help:"The domain controller to use. Accepted so that scripts written for Exchange run unchanged; psh has one recipient directory."`
}

// batch returns the open batch, opening one (held by w) if there is none,
// and the context to change one object with. Once ctx is cancelled (Ctrl-C)
// no object is started; an object already started is finished, since the
// returned context cannot be cancelled: SQLite rolls back the whole
// transaction when a write statement is interrupted, which would lose the
// objects processed before. So after Ctrl-C every object is either changed
// completely and committed, or not touched.
//
// The context also carries the invocation (the session's user, its write
// scope, the command and its parameters) that the directory checks each
// change against and writes to the admin audit log.
func (w *writer) batch(c *pipeline.Context) (directory.Batch, context.Context, error) {
	if err := c.Context().Err(); err != nil {
		return nil, nil, pipeline.PipelineStopped(err)
	}
	ctx := context.WithoutCancel(w.cn.invocation(c))
	cn := w.cn
	if cn.batch != nil {
		return cn.batch, ctx, nil
	}
	s, err := cn.get()
	if err != nil {
		return nil, nil, err
	}
	b, err := s.Begin(ctx)
	if err != nil {
		return nil, nil, err
	}
	cn.batch, w.held = b, b
	return b, ctx, nil
}

// commit commits the batch w holds, if any.
func (w *writer) commit() error {
	b := w.held
	if b == nil {
		return nil
	}
	w.held = nil
	if w.cn.batch == b {
		w.cn.batch = nil
	}
	return b.Commit()
}

// End implements pipeline.Ender: the batch w holds is committed and a
// failure to commit is a terminating error.
func (w *writer) End(c *pipeline.Context) error {
	if err := w.commit(); err != nil {
		return terminating(c, err, nil)
	}
	return nil
}

// Dispose implements pipeline.Disposer: a batch still held (End did not
// run) is committed, so every object processed so far stays changed, as in
// Exchange. The pipeline has already ended with an error or a stop; a
// failure to commit here has nobody left to report it to.
func (w *writer) Dispose() { _ = w.commit() }
