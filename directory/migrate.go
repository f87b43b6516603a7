package directory

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"
)

// SchemaVersion is the schema version (PRAGMA user_version) this package
// writes. Open migrates older files up to it.
const SchemaVersion = 7

// migrations[i] moves a database from version i to version i+1. A new version
// appends a step; shipped steps never change.
var migrations = []func() []string{
	migrateTables,                  // 0 -> 1
	migrateIndexes,                 // 1 -> 2
	migrateDropPop,                 // 2 -> 3
	migrateMAPIBlockOutlookRpcHttp, // 3 -> 4
	migrateRBAC,                    // 4 -> 5
	migrateAttrs,                   // 5 -> 6
	migrateSortIndexes,             // 6 -> 7
}

// migrateSortIndexes replaces the partial indexes (WHERE col IS NOT NULL) of
// the columns -SortBy accepts with full ones, as they were at version 7: a
// partial index cannot serve "ORDER BY col, id" over all rows, so SQLite
// sorted every object for each sorted page. The statements are spelled out
// so the step stays what it was shipped as; TestSortIndexesMatchColumns
// checks them against sortIndexedColumns.
func migrateSortIndexes() []string {
	var out []string
	for _, c := range []string{"name", "alias", "display_name", "first_name", "last_name", "office", "city"} {
		out = append(out, "DROP INDEX IF EXISTS recipients_"+c,
			"CREATE INDEX IF NOT EXISTS recipients_"+c+" ON recipients("+c+")")
	}
	return out
}

// migrateAttrs adds the attribute document (attrs.go) and the expression
// indexes of its filterable properties as they were at version 6.
func migrateAttrs() []string {
	return []string{
		"ALTER TABLE recipients ADD COLUMN attrs TEXT COLLATE NOCASE",
		"CREATE INDEX IF NOT EXISTS recipients_attr_AuditEnabled ON recipients(ifnull(json_extract(attrs, '$.AuditEnabled'), 0))",
		"CREATE INDEX IF NOT EXISTS recipients_attr_SingleItemRecoveryEnabled ON recipients(ifnull(json_extract(attrs, '$.SingleItemRecoveryEnabled'), 0))",
		"CREATE INDEX IF NOT EXISTS recipients_attr_LitigationHoldEnabled ON recipients(ifnull(json_extract(attrs, '$.LitigationHoldEnabled'), 0))",
		"CREATE INDEX IF NOT EXISTS recipients_attr_DeliverToMailboxAndForward ON recipients(ifnull(json_extract(attrs, '$.DeliverToMailboxAndForward'), 0))",
	}
}

// migrateMAPIBlockOutlookRpcHttp adds the column of Set-CASMailbox
// -MAPIBlockOutlookRpcHttp (default $false). The statement is spelled out,
// not built from addedColumns, so the step stays what it was shipped as;
// TestSchemaMatchesColumns checks that it agrees with the column list.
func migrateMAPIBlockOutlookRpcHttp() []string {
	return []string{"ALTER TABLE recipients ADD COLUMN mapi_block_outlook_rpc_http INTEGER NOT NULL DEFAULT 0"}
}

// migrateDropPop drops the index on pop_enabled alone: recipients_pop_imap
// (pop_enabled, imap_enabled) serves the same lookups, and every change of
// PopEnabled had to update both. (Step 1 -> 2 no longer creates it.)
func migrateDropPop() []string {
	return []string{"DROP INDEX IF EXISTS recipients_pop_enabled"}
}

// migrateTables creates the tables of schema version 1: the recipients
// table has the columns of v1Columns only; later steps add the others.
func migrateTables() []string {
	var cols []string
	for _, c := range v1Columns {
		cols = append(cols, c.name+" "+c.sqlType())
	}
	return []string{
		`CREATE TABLE org_units (
			id INTEGER PRIMARY KEY,
			parent_id INTEGER REFERENCES org_units(id),
			guid TEXT NOT NULL UNIQUE,
			kind TEXT NOT NULL,
			name TEXT COLLATE NOCASE NOT NULL,
			distinguished_name TEXT COLLATE NOCASE NOT NULL UNIQUE,
			canonical_name TEXT COLLATE NOCASE NOT NULL UNIQUE,
			when_created INTEGER,
			UNIQUE (parent_id, name)
		)`,
		`CREATE TABLE accepted_domains (
			domain_name TEXT COLLATE NOCASE PRIMARY KEY,
			domain_type TEXT NOT NULL,
			is_default INTEGER NOT NULL DEFAULT 0
		)`,
		`CREATE TABLE recipients (
			id INTEGER PRIMARY KEY,
			ou_id INTEGER NOT NULL REFERENCES org_units(id),
			password_hash TEXT,
			version INTEGER NOT NULL DEFAULT 0,
			` + strings.Join(cols, ",\n\t\t\t") + `,
			UNIQUE (guid),
			UNIQUE (identity),
			UNIQUE (distinguished_name),
			UNIQUE (ou_id, name)
		)`,
		`CREATE TABLE recipient_addresses (
			recipient_id INTEGER NOT NULL REFERENCES recipients(id) ON DELETE CASCADE,
			position INTEGER NOT NULL,
			address TEXT COLLATE NOCASE NOT NULL,
			PRIMARY KEY (recipient_id, position)
		) WITHOUT ROWID`,
		// Filters see each proxy address twice: with its prefix
		// ("SMTP:a@b") and without ("a@b"), so -eq matches either form
		// as Exchange does.
		`CREATE VIEW recipient_address_values (recipient_id, value) AS
			SELECT recipient_id, address FROM recipient_addresses
			UNION ALL
			SELECT recipient_id, substr(address, instr(address, ':') + 1) FROM recipient_addresses
			WHERE instr(address, ':') > 0`,
	}
}

// migrateIndexes creates the indexes of schema version 2: one per filterable
// column of version 1, the address lookup, and the composite the CAS
// queries use. Columns added later get their indexes in their own step.
func migrateIndexes() []string { return indexStatementsOf(v1Columns) }

// indexNames returns the names of the secondary indexes, for dropping them
// during a bulk load.
func indexNames() []string {
	var out []string
	for _, s := range indexStatements() {
		f := strings.Fields(s)
		out = append(out, f[5]) // CREATE INDEX IF NOT EXISTS <name> ON ...
	}
	return out
}

// indexStatements returns the CREATE INDEX statements of the current schema.
func indexStatements() []string {
	out := indexStatementsOf(recipientColumns)
	for i, st := range out {
		for _, c := range sortIndexedColumns() {
			if strings.HasSuffix(st, " WHERE "+c+" IS NOT NULL") {
				out[i] = strings.TrimSuffix(st, " WHERE "+c+" IS NOT NULL")
			}
		}
	}
	return append(out, attrIndexStatements()...)
}

// sortIndexedColumns returns the indexed columns -SortBy accepts: since
// version 7 their indexes are full, so they serve "ORDER BY col, id".
func sortIndexedColumns() []string {
	var out []string
	for _, c := range recipientColumns {
		if sortColumnNames()[c.name] && c.indexed {
			out = append(out, c.name)
		}
	}
	return out
}

// indexStatementsOf returns the CREATE INDEX statements for the indexed
// columns among cols and the fixed indexes.
func indexStatementsOf(cols []column) []string {
	var out []string
	for _, c := range cols {
		if c.indexed {
			// Text columns are often empty (NULL): a partial index stays
			// small and still serves "col = ?", "col LIKE ?" and ranges.
			where := ""
			if c.sqlType() == "TEXT COLLATE NOCASE" {
				where = " WHERE " + c.name + " IS NOT NULL"
			}
			out = append(out, fmt.Sprintf("CREATE INDEX IF NOT EXISTS recipients_%s ON recipients(%s)%s", c.name, c.name, where))
		}
	}
	return append(out,
		"CREATE INDEX IF NOT EXISTS recipients_ou ON recipients(ou_id)",
		"CREATE INDEX IF NOT EXISTS recipients_pop_imap ON recipients(pop_enabled, imap_enabled)",
		"CREATE INDEX IF NOT EXISTS recipients_state_department ON recipients(state_or_province, department)",
		"CREATE INDEX IF NOT EXISTS recipient_addresses_address ON recipient_addresses(address)",
		"CREATE INDEX IF NOT EXISTS org_units_parent ON org_units(parent_id)",
	)
}

// migrate brings db up to SchemaVersion inside one IMMEDIATE transaction, so
// two processes opening a new file at once migrate it exactly once. fresh
// reports whether the file was empty (version 0) before.
func migrate(ctx context.Context, db *sql.DB) (fresh bool, err error) {
	var v int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return false, err
	}
	if v == SchemaVersion {
		return false, nil
	}
	if v > SchemaVersion {
		return false, &VersionError{Found: v, Supported: SchemaVersion}
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return false, err
	}
	fresh = v == 0
	if err := migrateTx(ctx, tx, v, SchemaVersion); err != nil {
		return false, err
	}
	return fresh, tx.Commit()
}

// migrateTx runs the steps from version from to version to.
func migrateTx(ctx context.Context, tx *sql.Tx, from, to int) error {
	for i := from; i < to; i++ {
		for _, stmt := range migrations[i]() {
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				return fmt.Errorf("directory: migrating to version %d: %w", i+1, err)
			}
		}
	}
	// PRAGMA takes no bound parameters; to is a small trusted integer.
	_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", to))
	return err
}

// VersionError reports a directory file written by a newer psh.
type VersionError struct{ Found, Supported int }

// Error implements error.
func (e *VersionError) Error() string {
	return fmt.Sprintf("directory: the file has schema version %d; this psh supports up to %d", e.Found, e.Supported)
}

// backupBeforeMigrate copies the file at path, of an older schema version,
// to "<path>.v<N>.bak" (VACUUM INTO: a consistent copy even while others
// read it) before migrate changes it. It returns the backup's path, or ""
// when nothing was copied: a new or current file, or a backup of that
// version already there (from an earlier attempt; the original is kept).
// The migration itself runs in one transaction, so a failed one leaves the
// file as it was; the backup is for a migration that succeeded wrongly.
func backupBeforeMigrate(ctx context.Context, db *sql.DB, path string) (string, error) {
	var v int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return "", err
	}
	if v == 0 || v >= SchemaVersion {
		return "", nil
	}
	backup := fmt.Sprintf("%s.v%d.bak", path, v)
	if _, err := os.Stat(backup); err == nil {
		return "", nil
	}
	if _, err := db.ExecContext(ctx, "VACUUM INTO ?", backup); err != nil {
		if _, serr := os.Stat(backup); serr == nil {
			return "", nil // another process opening the file made it first
		}
		return "", fmt.Errorf("directory: backing up %s to %s before migrating it to schema version %d: %w (free some disk space, or copy the file yourself and move it out of the way)", path, backup, SchemaVersion, err)
	}
	// The copy holds what the file holds (password hashes): the same access.
	if fi, err := os.Stat(path); err == nil {
		if err := os.Chmod(backup, fi.Mode().Perm()); err != nil {
			return "", fmt.Errorf("directory: restricting access to the backup %s: %w", backup, err)
		}
	}
	return backup, nil
}
