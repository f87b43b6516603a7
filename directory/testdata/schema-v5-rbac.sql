-- index role_assignments_user
CREATE INDEX role_assignments_user ON role_assignments(user_guid) WHERE user_guid IS NOT NULL;
-- table admin_audit_config
CREATE TABLE admin_audit_config (
			id INTEGER PRIMARY KEY CHECK (id = 1),
			enabled INTEGER NOT NULL,
			age_limit_seconds INTEGER NOT NULL
		);
-- table admin_audit_log
CREATE TABLE admin_audit_log (
			id INTEGER PRIMARY KEY,
			run_date INTEGER NOT NULL,
			caller TEXT NOT NULL,
			cmdlet TEXT NOT NULL,
			object_modified TEXT NOT NULL,
			parameters TEXT NOT NULL,
			succeeded INTEGER NOT NULL,
			error TEXT
		);
-- table management_role_entries
CREATE TABLE management_role_entries (
			role_id INTEGER NOT NULL REFERENCES management_roles(id) ON DELETE CASCADE,
			cmdlet TEXT COLLATE NOCASE NOT NULL,
			parameters TEXT,
			PRIMARY KEY (role_id, cmdlet)
		) WITHOUT ROWID;
-- table management_roles
CREATE TABLE management_roles (
			id INTEGER PRIMARY KEY,
			name TEXT COLLATE NOCASE NOT NULL UNIQUE,
			description TEXT NOT NULL DEFAULT ''
		);
-- table management_scopes
CREATE TABLE management_scopes (
			id INTEGER PRIMARY KEY,
			guid TEXT NOT NULL UNIQUE,
			name TEXT COLLATE NOCASE NOT NULL UNIQUE,
			recipient_filter TEXT NOT NULL,
			recipient_root TEXT,
			when_created INTEGER
		);
-- table role_assignments
CREATE TABLE role_assignments (
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
		);
-- table role_group_members
CREATE TABLE role_group_members (
			group_id INTEGER NOT NULL REFERENCES role_groups(id) ON DELETE CASCADE,
			member_guid TEXT NOT NULL,
			PRIMARY KEY (group_id, member_guid)
		) WITHOUT ROWID;
-- table role_groups
CREATE TABLE role_groups (
			id INTEGER PRIMARY KEY,
			guid TEXT NOT NULL UNIQUE,
			name TEXT COLLATE NOCASE NOT NULL UNIQUE,
			description TEXT NOT NULL DEFAULT '',
			when_created INTEGER
		);
-- trigger admin_audit_log_append_only
CREATE TRIGGER admin_audit_log_append_only BEFORE UPDATE ON admin_audit_log
			BEGIN SELECT RAISE(ABORT, 'the admin audit log is append-only'); END;
