package directory

import (
	"context"
	"database/sql"
	"errors"
)

// sqliteBatch is the Batch of the SQLite store. Its transaction is opened on
// the first change and committed every opts.batchSize objects, so a killed
// process loses at most the uncommitted objects and never half an object.
type sqliteBatch struct {
	s     *sqliteStore
	tx    *sql.Tx
	n     int // objects changed in the open transaction
	done  bool
	stmts map[string]*sql.Stmt
	// failed is the error that stopped the batch from opening a
	// transaction (the file is locked or read-only): the remaining
	// objects fail with it at once instead of each waiting for the lock.
	failed error
	// auditOn caches for the open transaction whether the admin audit log
	// is on (0: not read yet, 1: on, 2: off).
	auditOn int
	// audits holds the values of the audit records of the transaction's
	// changes, inserted (many per statement) just before it commits.
	audits []any
	// auditParams caches the JSON of the audited parameters.
	auditParams auditParams
}

// nestedBatch is handed out when a batch is already open (a pipeline inside
// a pipeline): it shares the outer transaction and leaves committing to it.
type nestedBatch struct{ *sqliteBatch }

// Commit implements Batch; the outer batch commits.
func (nestedBatch) Commit() error { return nil }

// Rollback implements Batch; the outer batch decides.
func (nestedBatch) Rollback() error { return nil }

// Begin implements Store.
func (s *sqliteStore) Begin(ctx context.Context) (Batch, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.batch != nil {
		return nestedBatch{s.batch}, nil
	}
	s.batch = &sqliteBatch{s: s}
	return s.batch, nil
}

// ensureTx opens the batch's transaction if none is open. The transaction
// outlives any one call's ctx, so it is begun with the background context.
func (b *sqliteBatch) ensureTx() (*sql.Tx, error) {
	if b.done {
		return nil, ErrBatchDone
	}
	if b.tx != nil {
		return b.tx, nil
	}
	if b.failed != nil {
		return nil, b.failed
	}
	tx, err := b.s.beginWrite(context.Background())
	if err != nil {
		b.failed = err
		return nil, err
	}
	b.s.mu.Lock()
	b.tx, b.n, b.stmts, b.auditOn = tx, 0, map[string]*sql.Stmt{}, 0
	b.s.mu.Unlock()
	return tx, nil
}

// object runs fn as the change of one object and counts it towards the
// batch size. fn writes either one statement or, through atomically,
// several inside a savepoint, so a failure never leaves half an object.
// fn calls ch.check with the record it changes: the write-scope check of
// the Invocation in ctx. The audit record of the change (or of its refusal
// by the store) is written in the same transaction.
func (b *sqliteBatch) object(ctx context.Context, fn func(tx *sql.Tx, ch *change) error) error {
	tx, err := b.ensureTx()
	if err != nil {
		return err
	}
	ch := change{inv: InvocationOf(ctx)}
	err = fn(tx, &ch)
	if ch.inv != nil && ch.object != "" && (err == nil || refusedByStore(err)) {
		var aerr error
		if b.audits, aerr = b.s.appendAuditRow(ctx, b.audits, tx, &b.auditOn, &b.auditParams, ch.inv, ch.object, err); aerr != nil {
			return aerr
		}
	}
	if err != nil {
		return err
	}
	b.n++
	if b.n >= b.s.opts.batchSize {
		return b.flush()
	}
	return nil
}

// change is what object knows about the change of one object: the cmdlet
// run it belongs to and the identity of the object.
type change struct {
	inv    *Invocation
	object string
}

// check records r as the changed object and refuses the change when r is
// outside the invocation's write scope.
func (ch *change) check(r *Recipient) error {
	if ch.inv == nil {
		return nil
	}
	ch.object = r.Identity
	return ch.inv.checkScope(r)
}

// refusedByStore reports whether err is the store's own refusal of a change
// (write scope, validation, the Administrator rule), which the audit log
// records as a failed run; other errors are the cmdlet's or the system's.
func refusedByStore(err error) bool {
	var ws *WriteScopeError
	var ve *ValidationError
	return errors.As(err, &ws) || errors.As(err, &ve) || errors.Is(err, ErrAdministratorProtocol)
}

// atomically runs fn inside a savepoint: a failure undoes exactly fn's
// statements and leaves the transaction usable.
func atomically(ctx context.Context, tx *sql.Tx, fn func() error) error {
	if _, err := tx.ExecContext(ctx, "SAVEPOINT psh_object"); err != nil {
		return err
	}
	if err := fn(); err != nil {
		_, _ = tx.ExecContext(context.Background(), "ROLLBACK TO psh_object")
		_, _ = tx.ExecContext(context.Background(), "RELEASE psh_object")
		return err
	}
	_, err := tx.ExecContext(ctx, "RELEASE psh_object")
	return err
}

// stmt returns a statement prepared on the open transaction.
func (b *sqliteBatch) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := b.stmts[query]; ok {
		return st, nil
	}
	st, err := b.tx.PrepareContext(ctx, query)
	if err == nil {
		b.stmts[query] = st
	}
	return st, err
}

// flush commits the open transaction, if any.
func (b *sqliteBatch) flush() error {
	if b.tx == nil {
		return nil
	}
	tx := b.tx
	err := b.writeAudits()
	b.s.mu.Lock()
	b.tx, b.stmts = nil, nil
	b.s.mu.Unlock()
	if err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// auditsPerStatement is how many audit records one INSERT writes (7
// values each, well under SQLite's limit of bound values).
const auditsPerStatement = 200

// writeAudits inserts the pending audit records into the open transaction.
func (b *sqliteBatch) writeAudits() error {
	ctx := context.Background()
	rows := b.audits
	b.audits = b.audits[:0]
	for len(rows) > 0 {
		n := min(len(rows)/auditColumns, auditsPerStatement)
		st, err := b.stmt(ctx, auditInsertSQL(n))
		if err != nil {
			return err
		}
		if _, err := st.ExecContext(ctx, rows[:n*auditColumns]...); err != nil {
			return err
		}
		rows = rows[n*auditColumns:]
	}
	return nil
}

// Commit implements Batch.
func (b *sqliteBatch) Commit() error {
	if b.done {
		return ErrBatchDone
	}
	err := b.flush()
	b.end()
	return err
}

// Rollback implements Batch.
func (b *sqliteBatch) Rollback() error {
	if b.done {
		return ErrBatchDone
	}
	var err error
	b.audits = b.audits[:0]
	if b.tx != nil {
		err = b.tx.Rollback()
		b.s.mu.Lock()
		b.tx, b.stmts = nil, nil
		b.s.mu.Unlock()
	}
	b.end()
	return err
}

func (b *sqliteBatch) end() {
	b.done = true
	b.s.mu.Lock()
	if b.s.batch == b {
		b.s.batch = nil
	}
	b.s.mu.Unlock()
}

// write runs fn in a transaction of its own, or as one object of the open
// batch when there is one.
func (s *sqliteStore) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	s.mu.Lock()
	b := s.batch
	s.mu.Unlock()
	if b != nil {
		return b.object(ctx, func(tx *sql.Tx, _ *change) error { return fn(tx) })
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}
