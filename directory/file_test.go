package directory

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// rawDB opens path with SQLite directly, as another program would.
func rawDB(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return db
}

// TestUnusableFiles: a file psh did not write is refused with an error
// that names it and says what to do, and the file is left as it was.
func TestUnusableFiles(t *testing.T) {
	dir := t.TempDir()
	foreign := filepath.Join(dir, "o.db")
	if _, err := rawDB(t, foreign).Exec("CREATE TABLE foo(x); INSERT INTO foo VALUES (1)"); err != nil {
		t.Fatal(err)
	}
	version := func(name string, v int) string {
		p := filepath.Join(dir, name)
		if _, err := rawDB(t, p).Exec("PRAGMA user_version = " + strconv.Itoa(v)); err != nil {
			t.Fatal(err)
		}
		return p
	}
	odd, newer := version("odd.db", -5), version("newer.db", 9)
	other := filepath.Join(dir, "other.db") // tables of its own and a version
	if _, err := rawDB(t, other).Exec("CREATE TABLE t(x); PRAGMA user_version = 3"); err != nil {
		t.Fatal(err)
	}
	garbage := filepath.Join(dir, "garbage.db")
	if err := os.WriteFile(garbage, bytes.Repeat([]byte("not sqlite "), 100), 0o644); err != nil {
		t.Fatal(err)
	}
	folder := filepath.Join(dir, "folder.db")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	const elsewhere = "Name another file with -Directory or $PSH_DIRECTORY, or move this one away: psh creates a new directory where there is no file."
	cases := []struct {
		path, want string
	}{
		{foreign, "The directory file " + foreign + " is an SQLite database that psh did not create (1 table, schema version 0). psh won't change another program's database. " + elsewhere},
		{other, "The directory file " + other + " is an SQLite database that psh did not create (1 table, schema version 3). psh won't change another program's database. " + elsewhere},
		{odd, "The directory file " + odd + " has schema version -5, which no psh writes: it is damaged or not a psh directory. Restore it from a backup. " + elsewhere},
		{newer, "The directory file " + newer + " has schema version 9, but this psh supports up to " + strconv.Itoa(SchemaVersion) + ": a newer psh wrote it. Use that psh, or name another file with -Directory or $PSH_DIRECTORY."},
		{garbage, "The directory file " + garbage + " isn't an SQLite database (SQLite: file is not a database (26)). " + elsewhere},
		{folder, "The directory file " + folder + " is a folder, not a file. Name the file inside it, for example " + filepath.Join(folder, "directory.db") + "."},
	}
	for _, c := range cases {
		before, _ := os.ReadFile(c.path)
		s, err := Open(c.path)
		if err == nil {
			s.Close()
			t.Errorf("%s: opened", filepath.Base(c.path))
			continue
		}
		var fe *FileError
		if !errors.As(err, &fe) || err.Error() != c.want {
			t.Errorf("%s: %T %v\nwant %s", filepath.Base(c.path), err, err, c.want)
		}
		if after, _ := os.ReadFile(c.path); !bytes.Equal(before, after) {
			t.Errorf("%s: the file was changed", filepath.Base(c.path))
		}
	}
	if _, err := Open(newer); !errors.As(err, new(*VersionError)) {
		t.Errorf("a newer file's error does not wrap VersionError: %v", err)
	}
	var n int
	if err := rawDB(t, foreign).QueryRow("SELECT count(*) FROM sqlite_master").Scan(&n); err != nil || n != 1 {
		t.Errorf("the foreign database has %d objects (%v), want its 1 table", n, err)
	}
}

// TestLockedDirectory: while another connection holds the write lock, a
// batch fails its first object with an error that names the file and who
// holds the lock, and fails the rest at once with the same error without
// trying the lock again (even after it was released); the next batch
// writes.
func TestLockedDirectory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dir.db")
	s, err := Open(path, WithDemoSize(5, 1), WithBusyTimeout(time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	rs := all(t, s, KindMailbox)
	holder := rawDB(t, path)
	conn, err := holder.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	b, _ := s.Begin(ctx)
	_, err = b.Modify(ctx, rs[0].Guid, func(r *Recipient) error { r.CustomAttribute1 = "x"; return nil })
	var le *LockedError
	if !errors.As(err, &le) || !strings.HasPrefix(err.Error(), "The directory file "+path+" is locked by ") ||
		!strings.HasSuffix(err.Error(), ", so nothing was written. Try again when it has finished.") {
		t.Fatalf("first object: %T %v", err, err)
	}
	if want := "another connection of this process (" + strconv.Itoa(os.Getpid()) + ")"; lockHolder(path) != "" && le.Holder != want {
		t.Errorf("holder %q, want %q", le.Holder, want)
	}
	if _, err := conn.ExecContext(ctx, "ROLLBACK"); err != nil {
		t.Fatal(err)
	}
	_, err = b.Modify(ctx, rs[1].Guid, func(r *Recipient) error { r.CustomAttribute1 = "x"; return nil })
	if !errors.As(err, &le) {
		t.Errorf("second object of the failed batch: %v, want the same LockedError at once", err)
	}
	b.Rollback()
	if _, err := modify(t, s, rs[1].Guid, func(r *Recipient) error { r.CustomAttribute1 = "y"; return nil }); err != nil {
		t.Errorf("a new batch after the lock was released: %v", err)
	}
}
