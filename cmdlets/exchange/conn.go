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
// cmdlets of one pipeline share.
type conn struct {
	open OpenFunc

	once  sync.Once
	store directory.Store
	err   error

	batch directory.Batch
	owner *writer // the writer that opened batch and commits it
	depth int     // writers currently inside Process or End

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

// flushIdle commits a batch whose owner is not running right now: it was
// left open by a pipeline that ended before its End ran (a terminating
// error, Select-Object -First), or its owner waits for more input. Either
// way committing early only changes how changes are grouped into
// transactions; the owner opens a new batch when it writes again.
func (cn *conn) flushIdle() error {
	if cn.batch == nil || cn.depth > 0 {
		return nil
	}
	b := cn.batch
	cn.batch, cn.owner = nil, nil
	return b.Commit()
}

// writer is embedded by changing cmdlets: it hands out the shared batch and
// commits it at End when this cmdlet opened it.
type writer struct {
	cn *conn

	DomainController string `param:"" help:"The domain controller to use. Accepted so that scripts written for Exchange run unchanged; psh has one recipient directory."`
}

// enter marks the writer as running (Process or End); leave undoes it.
func (w *writer) enter() { w.cn.depth++ }
func (w *writer) leave() { w.cn.depth-- }

// batch returns the open batch, opening one (owned by w) if there is none.
func (w *writer) batch(ctx context.Context) (directory.Batch, error) {
	cn := w.cn
	if cn.batch != nil {
		return cn.batch, nil
	}
	s, err := cn.get()
	if err != nil {
		return nil, err
	}
	b, err := s.Begin(ctx)
	if err != nil {
		return nil, err
	}
	cn.batch, cn.owner = b, w
	return b, nil
}

// commit commits the batch if w owns it.
func (w *writer) commit() error {
	cn := w.cn
	if cn.batch == nil || cn.owner != w {
		return nil
	}
	b := cn.batch
	cn.batch, cn.owner = nil, nil
	return b.Commit()
}
