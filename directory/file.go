package directory

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"modernc.org/sqlite"
)

// This file checks the directory file before and while psh opens it, so
// that every problem names the file and says what to do: a path that is a
// folder, a file that is not an SQLite database, another program's
// database, a schema version no psh writes, a read-only file or folder, and
// a write lock another process holds.

// SQLite's primary result codes that psh explains.
const (
	sqliteBusy     = 5
	sqliteReadOnly = 8
	sqliteCorrupt  = 11
	sqliteCantOpen = 14
	sqliteNotADB   = 26
)

// advice is what to do about a file psh can't use.
const advice = "Name another file with -Directory or $PSH_DIRECTORY, or move this one away: psh creates a new directory where there is no file."

// sqliteCode returns SQLite's primary result code in err, or 0.
func sqliteCode(err error) int {
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code() & 0xff
	}
	return 0
}

// readOnlyReason says why an existing directory file must be opened
// read-only, or "" when this process may write it and create the WAL files
// beside it. immutable is set when SQLite can't create the -shm file
// either, so it must read the file as unchanging.
func readOnlyReason(path string) (reason string, immutable bool, err error) {
	st, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return "", false, nil
	}
	if err != nil {
		return "", false, &FileError{Path: path, Problem: "can't be read (" + err.Error() + ")", Advice: "Check the path and its permissions.", Err: err}
	}
	if st.IsDir() {
		return "", false, &FileError{Path: path, Problem: "is a folder, not a file", Advice: "Name the file inside it, for example " + filepath.Join(path, "directory.db") + "."}
	}
	dir := filepath.Dir(path)
	_, walErr := os.Stat(path + "-wal")
	_, shmErr := os.Stat(path + "-shm")
	walFiles := walErr == nil && shmErr == nil
	dirOK, dirWhy := writable(dir)
	if ok, why := writable(path); !ok {
		return "the file: " + why, !dirOK && !walFiles, nil
	}
	if !dirOK && !walFiles {
		return "its folder " + dir + ": " + dirWhy, true, nil
	}
	return "", false, nil
}

// checkFile refuses a database psh did not write: a schema version below 0
// or above SchemaVersion, or tables without psh's schema version or
// without psh's tables. A read-only file must not need a migration.
func (s *sqliteStore) checkFile(ctx context.Context) error {
	var v, tables, ours int
	err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	if err == nil {
		err = s.db.QueryRowContext(ctx, `SELECT count(*), count(CASE WHEN name IN ('recipients', 'org_units', 'accepted_domains') THEN 1 END)
			FROM sqlite_master WHERE type = 'table'`).Scan(&tables, &ours)
	}
	path := s.path
	switch {
	case err != nil:
		return s.fileError(err)
	case v < 0:
		return &FileError{Path: path, Problem: fmt.Sprintf("has schema version %d, which no psh writes: it is damaged or not a psh directory", v),
			Advice: "Restore it from a backup. " + advice}
	case v > SchemaVersion:
		return &FileError{Path: path, Problem: fmt.Sprintf("has schema version %d, but this psh supports up to %d: a newer psh wrote it", v, SchemaVersion),
			Advice: "Use that psh, or name another file with -Directory or $PSH_DIRECTORY.", Err: &VersionError{Found: v, Supported: SchemaVersion}}
	case v == 0 && tables > 0, v > 0 && ours < 3:
		return &FileError{Path: path, Problem: fmt.Sprintf("is an SQLite database that psh did not create (%s, schema version %d)", plural(tables, "table"), v),
			Advice: "psh won't change another program's database. " + advice}
	case s.readOnly != "" && v < SchemaVersion:
		what := "is empty"
		if v > 0 {
			what = fmt.Sprintf("has schema version %d and needs upgrading to %d", v, SchemaVersion)
		}
		return &FileError{Path: path, Problem: what + ", but it is read-only (" + s.readOnly + ")",
			Advice: "Make it and its folder writable for this user once, or name another file with -Directory or $PSH_DIRECTORY."}
	}
	return nil
}

// fileError explains an error SQLite gave while opening the file.
func (s *sqliteStore) fileError(err error) error {
	var fe *FileError
	if errors.As(err, &fe) {
		return err
	}
	switch sqliteCode(err) {
	case sqliteNotADB:
		return &FileError{Path: s.path, Problem: "isn't an SQLite database (SQLite: " + err.Error() + ")", Advice: advice, Err: err}
	case sqliteCantOpen:
		return &FileError{Path: s.path, Problem: "can't be opened (SQLite: " + err.Error() + ")",
			Advice: "Check that the path names a file, not a folder, and that this user may read the file and write its folder.", Err: err}
	case sqliteCorrupt:
		return &FileError{Path: s.path, Problem: "is damaged (SQLite: " + err.Error() + ")", Advice: "Restore it from a backup. " + advice, Err: err}
	case sqliteReadOnly:
		return &ReadOnlyError{Path: s.path, Reason: "SQLite: " + err.Error()}
	case sqliteBusy:
		return &LockedError{Path: s.path, Holder: lockHolder(s.path), Err: err}
	}
	return err
}

// beginWrite begins a write transaction, or explains why it can't: the
// file is read-only, or another process holds the write lock (after the
// busy timeout).
func (s *sqliteStore) beginWrite(ctx context.Context) (*sql.Tx, error) {
	if s.readOnly != "" {
		return nil, &ReadOnlyError{Path: s.path, Reason: s.readOnly}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, s.fileError(err)
	}
	return tx, nil
}

// writeError explains an error of a write statement (a lock taken by a
// read-only mount or a lock lost mid-transaction); other errors pass.
func (s *sqliteStore) writeError(err error) error {
	switch sqliteCode(err) {
	case sqliteBusy, sqliteReadOnly, sqliteCantOpen:
		return s.fileError(err)
	}
	return err
}

// plural is "1 table" or "n tables".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
