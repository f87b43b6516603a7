package directory

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// schemaDump returns the schema of the database file path as text: every
// table, index and view with its CREATE statement as SQLite keeps it, and
// the user_version.
func schemaDump(t *testing.T, path string) string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var b strings.Builder
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		t.Fatal(err)
	}
	b.WriteString("-- user_version " + itoa(v) + "\n")
	// sqlite_stat1 and the like are ANALYZE's statistics, not schema.
	rows, err := db.Query(`SELECT type, name, sql FROM sqlite_master
		WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite!_%' ESCAPE '!' ORDER BY type, name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var typ, name, stmt string
		if err := rows.Scan(&typ, &name, &stmt); err != nil {
			t.Fatal(err)
		}
		b.WriteString("-- " + typ + " " + name + "\n" + stmt + ";\n")
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func itoa(n int) string { return strconv.Itoa(n) }

// migratedFile returns a new database file migrated with the shipped steps
// from version 0 to version to, as a psh of that version left it.
func migratedFile(t *testing.T, to int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "v"+itoa(to)+".db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	if err := migrateTx(context.Background(), tx, 0, to); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	return path
}

// wantSchema returns the schema of version v (3 or later): testdata/schema-v3.sql,
// written once by the version-3 steps, with the change each later step
// makes. A new step adds its change here.
func wantSchema(t *testing.T, v int) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "schema-v3.sql"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	edit := func(old, new string) {
		if strings.Count(s, old) != 1 {
			t.Fatalf("schema-v3.sql: %q is not there exactly once", old)
		}
		s = strings.Replace(s, old, new, 1)
	}
	if v >= 4 { // ALTER TABLE ADD COLUMN appends to the column list
		edit("imap_mime_format TEXT COLLATE NOCASE,\n",
			"imap_mime_format TEXT COLLATE NOCASE, mapi_block_outlook_rpc_http INTEGER NOT NULL DEFAULT 0,\n")
	}
	edit("-- user_version 3\n", "-- user_version "+itoa(v)+"\n")
	if v >= 5 { // the RBAC and audit tables, pinned in their own file
		b, err := os.ReadFile(filepath.Join("testdata", "schema-v5-rbac.sql"))
		if err != nil {
			t.Fatal(err)
		}
		s = mergeDumps(s, string(b))
	}
	if v >= 6 { // the attribute document and its expression indexes
		edit("DEFAULT 0,\n\t\t\tUNIQUE (guid)", "DEFAULT 0, attrs TEXT COLLATE NOCASE,\n\t\t\tUNIQUE (guid)")
		b, err := os.ReadFile(filepath.Join("testdata", "schema-v6-attrs.sql"))
		if err != nil {
			t.Fatal(err)
		}
		s = mergeDumps(s, string(b))
	}
	if v >= 7 { // full indexes on the columns -SortBy accepts
		for _, c := range []string{"name", "alias", "display_name", "first_name", "last_name", "office", "city"} {
			edit(") WHERE "+c+" IS NOT NULL;\n", ");\n")
		}
	}
	return s
}

// TestSortIndexesMatchColumns: the version-7 step, spelled out, replaces
// the indexes of exactly the indexed columns -SortBy accepts.
func TestSortIndexesMatchColumns(t *testing.T) {
	var got []string
	for _, st := range migrateSortIndexes() {
		if name, ok := strings.CutPrefix(st, "DROP INDEX IF EXISTS recipients_"); ok {
			got = append(got, name)
		}
	}
	want := sortIndexedColumns()
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("migrateSortIndexes replaces %v, want the sortable indexed columns %v", got, want)
	}
}

// mergeDumps adds the objects of dump b to dump a (both in schemaDump's
// form), keeping schemaDump's order: by type, then name.
func mergeDumps(a, b string) string {
	head, rest, _ := strings.Cut(a, "\n")
	blocks := strings.SplitAfter(rest, ";\n-- ")
	blocks = append(blocks, strings.SplitAfter(b, ";\n-- ")...)
	for i, bl := range blocks {
		blocks[i] = strings.TrimSuffix(strings.TrimPrefix(bl, "-- "), "-- ")
	}
	slices.SortFunc(blocks, func(x, y string) int {
		xt, xr, _ := strings.Cut(x, " ")
		yt, yr, _ := strings.Cut(y, " ")
		if c := strings.Compare(xt, yt); c != 0 {
			return c
		}
		xn, _, _ := strings.Cut(xr, "\n")
		yn, _, _ := strings.Cut(yr, "\n")
		return strings.Compare(xn, yn)
	})
	var sb strings.Builder
	sb.WriteString(head + "\n")
	for _, bl := range blocks {
		if bl = strings.TrimSpace(bl); bl != "" {
			sb.WriteString("-- " + bl + "\n")
		}
	}
	return sb.String()
}

// TestSchemaGolden pins what each schema version looks like: the shipped
// steps up to version v must keep creating that schema to the letter (a
// step that changed would give old and new files different schemas).
func TestSchemaGolden(t *testing.T) {
	for v := 3; v <= SchemaVersion; v++ {
		if got, want := schemaDump(t, migratedFile(t, v)), wantSchema(t, v); got != want {
			t.Errorf("the steps to version %d create:\n%s\nwant:\n%s", v, got, want)
		}
	}
}

// TestNewAndMigratedSchemasAgree: a new file and a version-3 file opened by
// this psh end with the same schema, the one testdata pins.
func TestNewAndMigratedSchemasAgree(t *testing.T) {
	fresh := filepath.Join(t.TempDir(), "new.db")
	s, err := Open(fresh, WithNewDirectory(NewEmpty))
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	old := migratedFile(t, 3)
	if s, err = Open(old); err != nil {
		t.Fatal(err)
	}
	s.Close()
	a, b := schemaDump(t, fresh), schemaDump(t, old)
	if a != b {
		t.Errorf("new file:\n%s\nmigrated version-3 file:\n%s", a, b)
	}
	if want := wantSchema(t, SchemaVersion); a != want {
		t.Errorf("new file's schema:\n%s\nwant:\n%s", a, want)
	}
}

// TestSchemaMatchesColumns: the recipients table the steps create has the
// columns recipientColumns declares, in that order and with those types,
// so a column added to the list without a migration step (or the other
// way round) fails here.
func TestSchemaMatchesColumns(t *testing.T) {
	db, err := sql.Open("sqlite", "file:"+migratedFile(t, SchemaVersion))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query("SELECT name, type, \"notnull\", dflt_value FROM pragma_table_info('recipients') ORDER BY cid")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var name, typ string
		var notNull bool
		var dflt sql.NullString
		if err := rows.Scan(&name, &typ, &notNull, &dflt); err != nil {
			t.Fatal(err)
		}
		decl := typ
		if notNull {
			decl += " NOT NULL"
		}
		if dflt.Valid {
			decl += " DEFAULT " + dflt.String
		}
		got = append(got, name+" "+decl)
	}
	want := []string{"id INTEGER", "ou_id INTEGER NOT NULL", "password_hash TEXT", "version INTEGER NOT NULL DEFAULT 0"}
	for _, c := range recipientColumns {
		// table_info reports the type without its COLLATE clause.
		want = append(want, c.name+" "+strings.Replace(c.sqlType(), " COLLATE NOCASE", "", 1))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("recipients columns:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestMigrateFromThree: a version-3 file with the demo organization opens,
// gets the mapi_block_outlook_rpc_http column (false for everyone), keeps
// every record, and the new setting persists.
func TestMigrateFromThree(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dir.db")
	s, err := Open(path, WithClock(testClock))
	if err != nil {
		t.Fatal(err)
	}
	before := all(t, s, KindRecipient)
	s.Close()
	// Turn the file into the one psh version 3 wrote: without the column
	// and at user_version 3. The schema must then be exactly version 3's.
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, stmt := range append(dropRBAC, "ALTER TABLE recipients DROP COLUMN mapi_block_outlook_rpc_http", "PRAGMA user_version = 3") {
		if _, err := db.Exec(stmt); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	if got := schemaDump(t, path); got != wantSchema(t, 3) {
		t.Fatalf("setup: not a version-3 file:\n%s", got)
	}

	s, err = Open(path, WithClock(testClock))
	if err != nil {
		t.Fatal(err)
	}
	after := all(t, s, KindRecipient)
	if len(after) != len(before) || len(before) < 100 {
		t.Fatalf("%d recipients after the migration, %d before", len(after), len(before))
	}
	for i := range before {
		if !before[i].Equal(after[i]) {
			t.Errorf("%s changed in the migration", before[i].Identity)
		}
		if after[i].MAPIBlockOutlookRpcHttp {
			t.Errorf("%s: MAPIBlockOutlookRpcHttp is true after the migration", after[i].Identity)
		}
	}
	if v := userVersion(t, path); v != SchemaVersion {
		t.Errorf("user_version = %d, want %d", v, SchemaVersion)
	}
	g := after[1].Guid
	if _, err := modify(t, s, g, func(r *Recipient) error { r.MAPIBlockOutlookRpcHttp = true; return nil }); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if r, err := s.Get(context.Background(), g); err != nil || !r.MAPIBlockOutlookRpcHttp {
		t.Errorf("after reopening: MAPIBlockOutlookRpcHttp of %s is not stored (%v)", after[1].Identity, err)
	}
}

// dropRBAC removes what the version-5 step created, turning a file back
// into one of version 4.
var dropRBAC = append(undoSortIndexes(), []string{
	// Version 6's attribute document (dropped first: a file older than 5 has neither).
	"DROP INDEX recipients_attr_AuditEnabled", "DROP INDEX recipients_attr_SingleItemRecoveryEnabled",
	"DROP INDEX recipients_attr_LitigationHoldEnabled", "DROP INDEX recipients_attr_DeliverToMailboxAndForward",
	"ALTER TABLE recipients DROP COLUMN attrs",
	"DROP TABLE role_assignments", "DROP TABLE management_scopes",
	"DROP TABLE role_group_members", "DROP TABLE role_groups", "DROP TABLE management_role_entries",
	"DROP TABLE management_roles", "DROP TABLE admin_audit_log", "DROP TABLE admin_audit_config"}...)

// undoSortIndexes turns version 7's full sort indexes back into the partial
// indexes of version 6 (dropped first by dropRBAC: files older than 7 have
// the partial ones).
func undoSortIndexes() []string {
	var out []string
	for _, c := range sortIndexedColumns() {
		out = append(out, "DROP INDEX recipients_"+c,
			"CREATE INDEX recipients_"+c+" ON recipients("+c+") WHERE "+c+" IS NOT NULL")
	}
	return out
}
