package directory

import (
	"context"
	"database/sql"
	"fmt"
	"github.com/psh-project/psh/pipeline"
	"strings"
	"time"
)

// assignmentSelect reads role assignments with their role, assignee and scope.
const assignmentSelect = `SELECT a.guid, a.name, r.name, COALESCE(g.name, ''), COALESCE(a.user_guid, ''),
	COALESCE(a.ou_dn, ''), COALESCE(sc.name, ''), COALESCE(a.when_created, 0)
	FROM role_assignments a JOIN management_roles r ON r.id = a.role_id
	LEFT JOIN role_groups g ON g.id = a.group_id
	LEFT JOIN management_scopes sc ON sc.id = a.scope_id`

// RoleAssignments implements RoleStore.
func (s *sqliteStore) RoleAssignments(ctx context.Context) ([]*RoleAssignment, error) {
	q := s.q()
	rows, err := q.QueryContext(ctx, assignmentSelect+" ORDER BY a.name")
	if err != nil {
		return nil, err
	}
	var out []*RoleAssignment
	for rows.Next() {
		a := &RoleAssignment{}
		var created int64
		if err := rows.Scan(scanner{&a.Guid}, &a.Name, &a.Role, &a.RoleAssignee, &a.userGuid, &a.OU, &a.Scope, &created); err != nil {
			rows.Close()
			return nil, err
		}
		if created != 0 {
			a.WhenCreated = time.Unix(0, created).UTC()
		}
		a.RoleAssigneeType = "RoleGroup"
		out = append(out, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, a := range out {
		if a.userGuid == "" {
			continue
		}
		a.RoleAssigneeType, a.RoleAssignee = "User", a.userGuid
		var id string
		if err := q.QueryRowContext(ctx, "SELECT identity FROM recipients WHERE guid = ?", a.userGuid).Scan(&id); err == nil {
			a.RoleAssignee = id
		}
	}
	return out, nil
}

// NewRoleAssignment implements RoleStore.
func (s *sqliteStore) NewRoleAssignment(ctx context.Context, spec NewRoleAssignment) (*RoleAssignment, error) {
	var out *RoleAssignment
	assignee := spec.Group
	if spec.User != nil {
		assignee = spec.User.Name
	}
	if spec.Name == "" {
		spec.Name = assignmentName(spec.Role, assignee)
	}
	err := s.change(ctx, &spec.Name, func(tx *sql.Tx) error {
		var groupID int64
		var user string
		if spec.User != nil {
			user = spec.User.Guid.String()
		} else {
			id, err := s.groupID(ctx, tx, spec.Group)
			if err != nil {
				return err
			}
			groupID = id
		}
		if err := s.insertAssignment(ctx, tx, spec, groupID, user); err != nil {
			return err
		}
		out = &RoleAssignment{Name: spec.Name, Role: spec.Role, RoleAssignee: assignee, RoleAssigneeType: "RoleGroup",
			OU: spec.OU, Scope: spec.Scope, WhenCreated: s.opts.clock().UTC()}
		if spec.User != nil {
			out.RoleAssigneeType, out.RoleAssignee = "User", spec.User.Identity
		}
		return nil
	})
	return out, err
}

// insertAssignment writes one assignment of spec.Role to the group groupID
// or the user with GUID user.
func (s *sqliteStore) insertAssignment(ctx context.Context, tx *sql.Tx, spec NewRoleAssignment, groupID int64, user string) error {
	var roleID int64
	if err := tx.QueryRowContext(ctx, "SELECT id FROM management_roles WHERE name = ?", spec.Role).Scan(&roleID); err == sql.ErrNoRows {
		return &RoleNotFoundError{Identity: spec.Role, Server: s.opts.dc}
	} else if err != nil {
		return err
	}
	var scopeID any
	if spec.Scope != "" {
		var id int64
		if err := tx.QueryRowContext(ctx, "SELECT id FROM management_scopes WHERE name = ?", spec.Scope).Scan(&id); err == sql.ErrNoRows {
			return &RoleNotFoundError{Identity: spec.Scope, Server: s.opts.dc}
		} else if err != nil {
			return err
		}
		scopeID = id
	}
	name := spec.Name
	if name == "" {
		name = assignmentName(spec.Role, spec.Group)
	}
	var n int
	_ = tx.QueryRowContext(ctx, "SELECT count(*) FROM role_assignments WHERE name = ?", name).Scan(&n)
	if n > 0 {
		return &ValidationError{Message: fmt.Sprintf("The role assignment \"%s\" already exists. Please specify a different name.", name)}
	}
	var group, usr, ou any
	if groupID != 0 {
		group = groupID
	}
	if user != "" {
		usr = user
	}
	if spec.OU != "" {
		ou = spec.OU
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO role_assignments (guid, name, role_id, group_id, user_guid, ou_dn, scope_id, when_created)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, pipeline.NewGuid().String(), name, roleID, group, usr, ou, scopeID, s.opts.clock().UTC().UnixNano())
	return err
}

// RemoveRoleAssignment implements RoleStore.
func (s *sqliteStore) RemoveRoleAssignment(ctx context.Context, name string) error {
	return s.change(ctx, &name, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "DELETE FROM role_assignments WHERE name = ? OR guid = ?", name, strings.ToLower(name))
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return &RoleNotFoundError{Identity: name, Server: s.opts.dc}
		}
		return nil
	})
}

// ManagementScopes implements RoleStore.
func (s *sqliteStore) ManagementScopes(ctx context.Context) ([]*ManagementScope, error) {
	rows, err := s.q().QueryContext(ctx, "SELECT id, guid, name, recipient_filter, COALESCE(recipient_root, ''), COALESCE(when_created, 0) FROM management_scopes ORDER BY name")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*ManagementScope
	for rows.Next() {
		sc := &ManagementScope{ScopeRestrictionType: "RecipientScope"}
		var created int64
		if err := rows.Scan(&sc.id, scanner{&sc.Guid}, &sc.Name, &sc.RecipientFilter, &sc.RecipientRoot, &created); err != nil {
			return nil, err
		}
		if created != 0 {
			sc.WhenCreated = time.Unix(0, created).UTC()
		}
		out = append(out, sc)
	}
	return out, rows.Err()
}

// NewManagementScope implements RoleStore. The filter is checked by the
// caller (New-ManagementScope compiles it).
func (s *sqliteStore) NewManagementScope(ctx context.Context, name, recipientFilter, root string) (*ManagementScope, error) {
	sc := &ManagementScope{Guid: pipeline.NewGuid(), Name: name, RecipientFilter: recipientFilter, RecipientRoot: root,
		ScopeRestrictionType: "RecipientScope", WhenCreated: s.opts.clock().UTC()}
	err := s.change(ctx, &name, func(tx *sql.Tx) error {
		var n int
		_ = tx.QueryRowContext(ctx, "SELECT count(*) FROM management_scopes WHERE name = ?", name).Scan(&n)
		if n > 0 {
			return &ValidationError{Message: fmt.Sprintf("The management scope \"%s\" already exists. Please specify a different name.", name)}
		}
		var r any
		if root != "" {
			r = root
		}
		_, err := tx.ExecContext(ctx, "INSERT INTO management_scopes (guid, name, recipient_filter, recipient_root, when_created) VALUES (?, ?, ?, ?, ?)",
			sc.Guid.String(), name, recipientFilter, r, sc.WhenCreated.UnixNano())
		return err
	})
	return sc, err
}

// RemoveManagementScope implements RoleStore.
func (s *sqliteStore) RemoveManagementScope(ctx context.Context, name string) error {
	return s.change(ctx, &name, func(tx *sql.Tx) error {
		var id int64
		if err := tx.QueryRowContext(ctx, "SELECT id FROM management_scopes WHERE name = ? OR guid = ?", name, strings.ToLower(name)).Scan(&id); err == sql.ErrNoRows {
			return &RoleNotFoundError{Identity: name, Server: s.opts.dc}
		} else if err != nil {
			return err
		}
		var used string
		if err := tx.QueryRowContext(ctx, "SELECT name FROM role_assignments WHERE scope_id = ? LIMIT 1", id).Scan(&used); err == nil {
			return &ValidationError{Message: fmt.Sprintf("Management scope \"%s\" can't be deleted because it's referenced by role assignment \"%s\".", name, used)}
		}
		_, err := tx.ExecContext(ctx, "DELETE FROM management_scopes WHERE id = ?", id)
		return err
	})
}
