package directory

import (
	"fmt"
	"github.com/psh-project/psh/pipeline"
	"strings"
)

// migrateRBAC creates the tables of role-based access control and the admin
// audit log (schema version 5), fills in the built-in roles, role groups and
// their Organization-wide assignments, and makes the Administrator a member
// of Organization Management (a new directory's Administrator is added by
// Load, which runs after the migration).
func migrateRBAC() []string {
	stmts := []string{
		`CREATE TABLE management_roles (
			id INTEGER PRIMARY KEY,
			name TEXT COLLATE NOCASE NOT NULL UNIQUE,
			description TEXT NOT NULL DEFAULT ''
		)`,
		// parameters is a comma-separated list; NULL allows every parameter.
		`CREATE TABLE management_role_entries (
			role_id INTEGER NOT NULL REFERENCES management_roles(id) ON DELETE CASCADE,
			cmdlet TEXT COLLATE NOCASE NOT NULL,
			parameters TEXT,
			PRIMARY KEY (role_id, cmdlet)
		) WITHOUT ROWID`,
		`CREATE TABLE role_groups (
			id INTEGER PRIMARY KEY,
			guid TEXT NOT NULL UNIQUE,
			name TEXT COLLATE NOCASE NOT NULL UNIQUE,
			description TEXT NOT NULL DEFAULT '',
			when_created INTEGER
		)`,
		`CREATE TABLE role_group_members (
			group_id INTEGER NOT NULL REFERENCES role_groups(id) ON DELETE CASCADE,
			member_guid TEXT NOT NULL,
			PRIMARY KEY (group_id, member_guid)
		) WITHOUT ROWID`,
		`CREATE TABLE management_scopes (
			id INTEGER PRIMARY KEY,
			guid TEXT NOT NULL UNIQUE,
			name TEXT COLLATE NOCASE NOT NULL UNIQUE,
			recipient_filter TEXT NOT NULL,
			recipient_root TEXT,
			when_created INTEGER
		)`,
		// An assignment links a role to a role group or a user; its write
		// scope is the organization, an OU (ou_dn) or a custom scope.
		`CREATE TABLE role_assignments (
			id INTEGER PRIMARY KEY,
			guid TEXT NOT NULL UNIQUE,
			name TEXT COLLATE NOCASE NOT NULL UNIQUE,
			role_id INTEGER NOT NULL REFERENCES management_roles(id) ON DELETE CASCADE,
			group_id INTEGER REFERENCES role_groups(id) ON DELETE CASCADE,
			user_guid TEXT,
			ou_dn TEXT COLLATE NOCASE,
			scope_id INTEGER REFERENCES management_scopes(id),
			when_created INTEGER,
			CHECK ((group_id IS NULL) <> (user_guid IS NULL))
		)`,
		"CREATE INDEX role_assignments_user ON role_assignments(user_guid) WHERE user_guid IS NOT NULL",
		`CREATE TABLE admin_audit_log (
			id INTEGER PRIMARY KEY,
			run_date INTEGER NOT NULL,
			caller TEXT NOT NULL,
			cmdlet TEXT NOT NULL,
			object_modified TEXT NOT NULL,
			parameters TEXT NOT NULL,
			succeeded INTEGER NOT NULL,
			error TEXT
		)`,
		// The log is append-only: psh never changes a record.
		`CREATE TRIGGER admin_audit_log_append_only BEFORE UPDATE ON admin_audit_log
			BEGIN SELECT RAISE(ABORT, 'the admin audit log is append-only'); END`,
		`CREATE TABLE admin_audit_config (
			id INTEGER PRIMARY KEY CHECK (id = 1),
			enabled INTEGER NOT NULL,
			age_limit_seconds INTEGER NOT NULL
		)`,
		"INSERT INTO admin_audit_config (id, enabled, age_limit_seconds) VALUES (1, 1, 7776000)", // 90 days
	}
	for _, r := range BuiltinRoles() {
		stmts = append(stmts, fmt.Sprintf("INSERT INTO management_roles (name, description) VALUES (%s, %s)", sqlText(r.Name), sqlText(r.Description)))
		for _, e := range r.Entries {
			params := "NULL"
			if e.Parameters != nil {
				params = sqlText(strings.Join(e.Parameters, ","))
			}
			stmts = append(stmts, fmt.Sprintf(`INSERT INTO management_role_entries (role_id, cmdlet, parameters)
				SELECT id, %s, %s FROM management_roles WHERE name = %s`, sqlText(e.Cmdlet), params, sqlText(r.Name)))
		}
	}
	for _, g := range BuiltinRoleGroups() {
		stmts = append(stmts, fmt.Sprintf("INSERT INTO role_groups (guid, name, description) VALUES (%s, %s, %s)",
			sqlText(pipeline.NewGuid().String()), sqlText(g.Name), sqlText(g.Description)))
		for _, role := range g.Roles {
			stmts = append(stmts, fmt.Sprintf(`INSERT INTO role_assignments (guid, name, role_id, group_id)
				SELECT %s, %s, r.id, g.id FROM management_roles r, role_groups g WHERE r.name = %s AND g.name = %s`,
				sqlText(pipeline.NewGuid().String()), sqlText(assignmentName(role, g.Name)), sqlText(role), sqlText(g.Name)))
		}
	}
	return append(stmts, addAdministratorSQL)
}

// addAdministratorSQL makes the built-in Administrator a member of
// Organization Management (again, after Load replaced the recipients).
const addAdministratorSQL = `INSERT OR IGNORE INTO role_group_members (group_id, member_guid)
	SELECT g.id, r.guid FROM role_groups g, recipients r
	WHERE g.name = 'Organization Management' AND r.sam_account_name = 'Administrator' COLLATE NOCASE`

// assignmentName is the name Exchange gives a role assignment: the role and
// the assignee joined by a hyphen, shortened to 64 characters.
func assignmentName(role, assignee string) string {
	n := role + "-" + assignee
	if len(n) > 64 {
		n = n[:64]
	}
	return n
}

// sqlText quotes a trusted constant as an SQL string literal.
func sqlText(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
