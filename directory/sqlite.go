package directory

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// NewDirectory says what Open puts into a file that does not exist yet.
type NewDirectory int

const (
	// NewDemo seeds a new file with the demo organization.
	NewDemo NewDirectory = iota
	// NewEmpty creates the domain root, the accepted domains and the
	// Administrator mailbox only.
	NewEmpty
)

// Option configures Open.
type Option func(*options)

type options struct {
	newDir      NewDirectory
	demoUsers   int
	demoSeed    int
	batchSize   int
	busyTimeout time.Duration
	dc          string
	clock       func() time.Time
}

// WithNewDirectory chooses what a new (empty) file is filled with.
func WithNewDirectory(n NewDirectory) Option { return func(o *options) { o.newDir = n } }

// WithDemoSize sets the number of users and the seed of the demo
// organization a new file gets (default DemoUsers, DemoSeed).
func WithDemoSize(users, seed int) Option {
	return func(o *options) { o.demoUsers, o.demoSeed = users, seed }
}

// WithBatchSize sets how many objects a Batch changes per transaction
// (default DefaultBatchSize).
func WithBatchSize(n int) Option { return func(o *options) { o.batchSize = n } }

// WithBusyTimeout sets how long a write waits for another process's lock
// (default 10 s).
func WithBusyTimeout(d time.Duration) Option { return func(o *options) { o.busyTimeout = d } }

// WithDomainController sets the server name used in error texts (default
// DC01.contoso.com).
func WithDomainController(name string) Option { return func(o *options) { o.dc = name } }

// WithClock sets the clock that stamps WhenCreated and WhenChanged.
func WithClock(now func() time.Time) Option { return func(o *options) { o.clock = now } }

// DefaultBatchSize is the number of objects a Batch commits at a time.
const DefaultBatchSize = 2000

// sqliteStore is the SQLite implementation of Store.
type sqliteStore struct {
	db     *sql.DB
	opts   options
	domain string
	path   string
	// readOnly says why the file was opened read-only ("" when writable):
	// reads work, every write fails with a ReadOnlyError.
	readOnly string

	mu    sync.Mutex
	batch *sqliteBatch // the open batch, whose transaction reads go through
}

// Open opens (creating if needed) the directory database at path; ":memory:"
// is a private in-memory directory. A new file is filled as
// WithNewDirectory says.
func Open(path string, opts ...Option) (Store, error) {
	o := options{demoUsers: DemoUsers, demoSeed: DemoSeed, batchSize: DefaultBatchSize,
		busyTimeout: 10 * time.Second, dc: "DC01.contoso.com", clock: time.Now}
	for _, f := range opts {
		f(&o)
	}
	if o.batchSize <= 0 {
		return nil, fmt.Errorf("directory: batch size must be positive, got %d", o.batchSize)
	}
	if path == "" {
		return nil, fmt.Errorf("directory: empty path")
	}
	var readOnly string
	var immutable bool
	if path != ":memory:" {
		var err error
		if readOnly, immutable, err = readOnlyReason(path); err != nil {
			return nil, err
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, &FileError{Path: path, Problem: "can't be created (" + err.Error() + ")",
				Advice: "Check that this user may create its folder, or name another file with -Directory or $PSH_DIRECTORY.", Err: err}
		}
	}
	db, err := sql.Open("sqlite", dsn(path, o, readOnly != "", immutable))
	if err != nil {
		return nil, err
	}
	if path == ":memory:" {
		// Every connection to :memory: is a separate database: keep one.
		db.SetMaxOpenConns(1)
	}
	s := &sqliteStore{db: db, opts: o, path: path, readOnly: readOnly}
	if err := s.init(context.Background()); err != nil {
		db.Close()
		return nil, s.fileError(err)
	}
	return s, nil
}

// dsn builds the modernc.org/sqlite data source name: busy timeout,
// foreign keys, and IMMEDIATE write transactions. A read-only file is
// opened with SQLite's mode=ro, and immutable=1 when SQLite could not
// create the WAL index (-shm) beside it. WAL is switched on by init once
// the file is known to be psh's, since journal_mode changes the file.
func dsn(path string, o options, readOnly, immutable bool) string {
	q := url.Values{}
	q.Set("_txlock", "immediate")
	q.Set("_busy_timeout", fmt.Sprint(o.busyTimeout.Milliseconds()))
	q.Set("_foreign_keys", "1")
	q.Set("_synchronous", "NORMAL")
	// A bulk pipeline touches tens of thousands of pages: a 32 MiB page
	// cache and memory-mapped reads keep them out of read(2) calls.
	q.Add("_pragma", "cache_size(-32768)")
	q.Add("_pragma", "mmap_size(1073741824)")
	if readOnly {
		q.Set("mode", "ro")
		if immutable {
			q.Set("immutable", "1")
		}
	}
	return "file:" + path + "?" + q.Encode()
}

// init migrates the schema and fills a new file.
func (s *sqliteStore) init(ctx context.Context) error {
	if s.path != ":memory:" {
		if err := s.checkFile(ctx); err != nil {
			return err
		}
		if s.readOnly == "" {
			if _, err := s.db.ExecContext(ctx, "PRAGMA journal_mode = WAL"); err != nil {
				return err
			}
		}
	}
	if s.path != ":memory:" && s.readOnly == "" {
		if _, err := backupBeforeMigrate(ctx, s.db, s.path); err != nil {
			return err
		}
	}
	fresh, err := migrate(ctx, s.db)
	if err != nil {
		return err
	}
	if fresh {
		users := s.opts.demoUsers
		if s.opts.newDir == NewEmpty {
			users = 0
		}
		if err := s.Load(ctx, DemoOrganization(users, s.opts.demoSeed)); err != nil {
			return err
		}
	}
	return s.loadDomain(ctx)
}

// loadDomain reads the root domain's name.
func (s *sqliteStore) loadDomain(ctx context.Context) error {
	var name string
	err := s.db.QueryRowContext(ctx, "SELECT canonical_name FROM org_units WHERE parent_id IS NULL ORDER BY id LIMIT 1").Scan(&name)
	if err == sql.ErrNoRows {
		return nil
	}
	s.domain = name
	return err
}

// Domain implements Store.
func (s *sqliteStore) Domain() string { return s.domain }

// DomainController implements Store.
func (s *sqliteStore) DomainController() string { return s.opts.dc }

// Close implements Store. An open batch is rolled back.
func (s *sqliteStore) Close() error {
	s.mu.Lock()
	b := s.batch
	s.mu.Unlock()
	if b != nil {
		_ = b.Rollback()
	}
	return s.db.Close()
}

// querier is what *sql.DB and *sql.Tx share.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// q returns the open batch's transaction if there is one, else the database:
// reads inside a batch see its own changes, and an in-memory store's single
// connection is never asked for twice.
func (s *sqliteStore) q() querier {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.batch != nil && s.batch.tx != nil {
		return s.batch.tx
	}
	return s.db
}
