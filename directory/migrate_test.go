package directory

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"testing"
)

func userVersion(t *testing.T, path string) int {
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v int
	db.QueryRow("PRAGMA user_version").Scan(&v)
	return v
}

func TestMigrateFromZero(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new", "dir.db")
	s, err := Open(path, WithNewDirectory(NewEmpty))
	if err != nil {
		t.Fatal(err)
	}
	rs := all(t, s, KindUser)
	s.Close()
	if len(rs) != 1 || rs[0].Name != "Administrator" {
		t.Errorf("empty directory holds %v", names(rs))
	}
	if v := userVersion(t, path); v != SchemaVersion {
		t.Errorf("user_version = %d, want %d", v, SchemaVersion)
	}
	// Opening again does not seed again.
	s, _ = Open(path)
	if n := len(all(t, s, KindUser)); n != 1 {
		t.Errorf("reopened directory holds %d users", n)
	}
	ds, _ := s.AcceptedDomains(context.Background())
	if len(ds) != 2 || ds[0].DomainName != "contoso.com" || !ds[0].Default || ds[1].DomainName != "tailspintoys.com" {
		t.Errorf("accepted domains: %+v", ds)
	}
	s.Close()
}

func TestMigrateFromOne(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dir.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	tx, _ := db.Begin()
	if err := migrateTx(context.Background(), tx, 0, 1); err != nil {
		t.Fatal(err)
	}
	tx.Exec("INSERT INTO org_units (guid, kind, name, distinguished_name, canonical_name) VALUES ('00000000-0000-4000-8000-000000000001', 'Domain', 'fabrikam.com', 'DC=fabrikam,DC=com', 'fabrikam.com')")
	tx.Commit()
	db.Close()
	if v := userVersion(t, path); v != 1 {
		t.Fatalf("setup: user_version %d", v)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if s.Domain() != "fabrikam.com" {
		t.Errorf("domain %q after migration", s.Domain())
	}
	s.Close()
	if v := userVersion(t, path); v != SchemaVersion {
		t.Errorf("user_version = %d, want %d", v, SchemaVersion)
	}
	db, _ = sql.Open("sqlite", "file:"+path)
	defer db.Close()
	var n int
	db.QueryRow("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'recipients_%'").Scan(&n)
	if n < 40 {
		t.Errorf("%d recipient indexes after migration", n)
	}
	db.Exec("PRAGMA user_version = 99")
	if _, err := Open(path); !errors.As(err, new(*VersionError)) {
		t.Errorf("newer file: %v", err)
	}
}
