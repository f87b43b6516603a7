package directory

import (
	"context"
	"database/sql"
	"fmt"
	"github.com/psh-project/psh/pipeline"
	"strings"
	"time"
)

// RoleStore is the role-based access control data of a directory and its
// admin audit log. The SQLite store implements it; the Exchange cmdlets
// find it by a type assertion on the Store.
type RoleStore interface {
	// ManagementRoles returns every management role with its entries.
	ManagementRoles(ctx context.Context) ([]*ManagementRole, error)
	// RoleGroups returns every role group with its roles and members.
	RoleGroups(ctx context.Context) ([]*RoleGroup, error)
	// NewRoleGroup creates a role group, assigning it spec.Roles with the
	// spec's write scope, and adding spec.Members.
	NewRoleGroup(ctx context.Context, spec NewRoleGroup) (*RoleGroup, error)
	// AddRoleGroupMember and RemoveRoleGroupMember change a group's
	// members (a member is a user's GUID).
	AddRoleGroupMember(ctx context.Context, group string, member *Recipient) error
	RemoveRoleGroupMember(ctx context.Context, group string, member *Recipient) error
	// RoleAssignments returns every role assignment.
	RoleAssignments(ctx context.Context) ([]*RoleAssignment, error)
	// NewRoleAssignment creates a role assignment.
	NewRoleAssignment(ctx context.Context, spec NewRoleAssignment) (*RoleAssignment, error)
	// RemoveRoleAssignment deletes the assignment with this name.
	RemoveRoleAssignment(ctx context.Context, name string) error
	// ManagementScopes returns every custom management scope.
	ManagementScopes(ctx context.Context) ([]*ManagementScope, error)
	// NewManagementScope creates a custom recipient scope.
	NewManagementScope(ctx context.Context, name, recipientFilter, root string) (*ManagementScope, error)
	// RemoveManagementScope deletes a scope no assignment uses.
	RemoveManagementScope(ctx context.Context, name string) error
	// Permissions computes what the user may do: the roles of the
	// assignments made to the user and to the role groups the user is a
	// member of.
	Permissions(ctx context.Context, user *Recipient) (*Permissions, error)

	// SearchAdminAuditLog returns the audit records q selects.
	SearchAdminAuditLog(ctx context.Context, q AuditQuery) ([]*AuditRecord, error)
	// AdminAuditLogConfig and SetAdminAuditLogConfig read and change the
	// audit log's configuration.
	AdminAuditLogConfig(ctx context.Context) (AuditConfig, error)
	SetAdminAuditLogConfig(ctx context.Context, c AuditConfig) error
}

// ManagementRole is a management role and its role entries.
type ManagementRole struct {
	Name        string
	Description string
	Entries     []RoleEntrySpec
}

// RoleGroup is a role group: roles assigned to it and its members.
type RoleGroup struct {
	Guid        Guid
	Name        string
	Description string
	Roles       []string
	Members     []*Recipient
	WhenCreated time.Time
}

// NewRoleGroup is what New-RoleGroup creates.
type NewRoleGroup struct {
	Name, Description string
	Roles             []string
	Members           []*Recipient
	OU                string // distinguished name of the assignments' OU scope; "" none
	Scope             string // name of the assignments' custom scope; "" none
}

// RoleAssignment links a role to a role group or a user, with a write
// scope: the organization, an OU or a custom management scope.
type RoleAssignment struct {
	Guid         Guid
	Name         string
	Role         string
	RoleAssignee string // the group's name or the user's identity
	// RoleAssigneeType is "RoleGroup" or "User".
	RoleAssigneeType string
	OU               string // DN of the OU scope, or ""
	Scope            string // the custom scope's name, or ""
	WhenCreated      time.Time
	userGuid         string
}

// RecipientWriteScope is Exchange's RecipientWriteScopeType of the
// assignment: Organization, OU or CustomRecipientScope.
func (a *RoleAssignment) RecipientWriteScope() string {
	switch {
	case a.Scope != "":
		return "CustomRecipientScope"
	case a.OU != "":
		return "OU"
	}
	return "Organization"
}

// NewRoleAssignment is what New-ManagementRoleAssignment creates. Exactly
// one of Group and User is set.
type NewRoleAssignment struct {
	Name  string // "" derives Exchange's name
	Role  string
	Group string
	User  *Recipient
	OU    string // DN of the OU scope; "" none
	Scope string // custom scope name; "" none
}

// ManagementScope is a custom recipient write scope.
type ManagementScope struct {
	Guid                 Guid
	Name                 string
	RecipientFilter      string
	RecipientRoot        string
	ScopeRestrictionType string
	WhenCreated          time.Time
	id                   int64
}

// RoleNotFoundError reports a role, role group, assignment or scope name
// that names nothing.
type RoleNotFoundError struct {
	Identity, Server string
}

// Error returns Exchange's message text.
func (e *RoleNotFoundError) Error() string {
	return fmt.Sprintf("The operation couldn't be performed because object '%s' couldn't be found on '%s'.", e.Identity, e.Server)
}

// ExceptionName is the .NET exception Exchange raises for this error.
func (e *RoleNotFoundError) ExceptionName() string { return "ManagementObjectNotFoundException" }

// ManagementRoles implements RoleStore.
func (s *sqliteStore) ManagementRoles(ctx context.Context) ([]*ManagementRole, error) {
	rows, err := s.q().QueryContext(ctx, `SELECT r.name, r.description, COALESCE(e.cmdlet, ''), e.parameters
		FROM management_roles r LEFT JOIN management_role_entries e ON e.role_id = r.id ORDER BY r.name, e.cmdlet`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*ManagementRole
	for rows.Next() {
		var name, desc, cmdlet string
		var params sql.NullString
		if err := rows.Scan(&name, &desc, &cmdlet, &params); err != nil {
			return nil, err
		}
		if len(out) == 0 || out[len(out)-1].Name != name {
			out = append(out, &ManagementRole{Name: name, Description: desc})
		}
		if cmdlet != "" {
			e := RoleEntrySpec{Cmdlet: cmdlet}
			if params.Valid {
				e.Parameters = strings.Split(params.String, ",")
			}
			out[len(out)-1].Entries = append(out[len(out)-1].Entries, e)
		}
	}
	return out, rows.Err()
}

// RoleGroups implements RoleStore.
func (s *sqliteStore) RoleGroups(ctx context.Context) ([]*RoleGroup, error) {
	q := s.q()
	rows, err := q.QueryContext(ctx, "SELECT id, guid, name, description, COALESCE(when_created, 0) FROM role_groups ORDER BY name")
	if err != nil {
		return nil, err
	}
	var out []*RoleGroup
	var ids []int64
	for rows.Next() {
		g := &RoleGroup{}
		var id, created int64
		if err := rows.Scan(&id, scanner{&g.Guid}, &g.Name, &g.Description, &created); err != nil {
			rows.Close()
			return nil, err
		}
		if created != 0 {
			g.WhenCreated = time.Unix(0, created).UTC()
		}
		out, ids = append(out, g), append(ids, id)
	}
	rows.Close()
	for i, g := range out {
		var roles string
		if err := q.QueryRowContext(ctx, `SELECT COALESCE(group_concat(name, char(10)), '') FROM
			(SELECT DISTINCT r.name FROM role_assignments a JOIN management_roles r ON r.id = a.role_id WHERE a.group_id = ? ORDER BY r.name)`,
			ids[i]).Scan(&roles); err != nil {
			return nil, err
		}
		if roles != "" {
			g.Roles = strings.Split(roles, "\n")
		}
		if g.Members, err = s.queryRecipients(ctx, q, "JOIN role_group_members m ON m.member_guid = r.guid WHERE m.group_id = ? ORDER BY r.name", ids[i]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// groupID returns the id of the role group name.
func (s *sqliteStore) groupID(ctx context.Context, q querier, name string) (int64, error) {
	var id int64
	err := q.QueryRowContext(ctx, "SELECT id FROM role_groups WHERE name = ? OR guid = ?", name, strings.ToLower(name)).Scan(&id)
	if err == sql.ErrNoRows {
		return 0, &RoleNotFoundError{Identity: name, Server: s.opts.dc}
	}
	return id, err
}

// NewRoleGroup implements RoleStore.
func (s *sqliteStore) NewRoleGroup(ctx context.Context, spec NewRoleGroup) (*RoleGroup, error) {
	g := &RoleGroup{Guid: pipeline.NewGuid(), Name: spec.Name, Description: spec.Description, WhenCreated: s.opts.clock().UTC()}
	err := s.change(ctx, &spec.Name, func(tx *sql.Tx) error {
		var n int
		_ = tx.QueryRowContext(ctx, "SELECT count(*) FROM role_groups WHERE name = ?", spec.Name).Scan(&n)
		if n > 0 {
			return &ValidationError{Message: fmt.Sprintf("The role group \"%s\" already exists. Please specify a different name.", spec.Name)}
		}
		res, err := tx.ExecContext(ctx, "INSERT INTO role_groups (guid, name, description, when_created) VALUES (?, ?, ?, ?)",
			g.Guid.String(), g.Name, g.Description, g.WhenCreated.UnixNano())
		if err != nil {
			return err
		}
		id, _ := res.LastInsertId()
		for _, role := range spec.Roles {
			if err := s.insertAssignment(ctx, tx, NewRoleAssignment{Role: role, Group: spec.Name, OU: spec.OU, Scope: spec.Scope}, id, ""); err != nil {
				return err
			}
			g.Roles = append(g.Roles, role)
		}
		for _, m := range spec.Members {
			if _, err := tx.ExecContext(ctx, "INSERT OR IGNORE INTO role_group_members (group_id, member_guid) VALUES (?, ?)", id, m.Guid.String()); err != nil {
				return err
			}
			g.Members = append(g.Members, m)
		}
		return nil
	})
	return g, err
}

// AddRoleGroupMember implements RoleStore.
func (s *sqliteStore) AddRoleGroupMember(ctx context.Context, group string, member *Recipient) error {
	return s.changeMember(ctx, group, member, "INSERT OR IGNORE INTO role_group_members (group_id, member_guid) VALUES (?, ?)",
		"The recipient \"%s\" is already a member of the group \"%s\".")
}

// RemoveRoleGroupMember implements RoleStore.
func (s *sqliteStore) RemoveRoleGroupMember(ctx context.Context, group string, member *Recipient) error {
	return s.changeMember(ctx, group, member, "DELETE FROM role_group_members WHERE group_id = ? AND member_guid = ?",
		"The recipient \"%s\" isn't a member of the group \"%s\".")
}

// changeMember runs stmt (group id, member GUID) and fails with noop (member
// identity, group) when it changed nothing.
func (s *sqliteStore) changeMember(ctx context.Context, group string, member *Recipient, stmt, noop string) error {
	return s.change(ctx, &group, func(tx *sql.Tx) error {
		id, err := s.groupID(ctx, tx, group)
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, stmt, id, member.Guid.String())
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return &ValidationError{Message: fmt.Sprintf(noop, member.Identity, group)}
		}
		return nil
	})
}

// change runs fn in a transaction (or as one object of the open batch)
// and writes the audit record of the change of *object (read after fn
// ran, which may set it) in it. A change the store refuses is undone and
// its failure recorded.
func (s *sqliteStore) change(ctx context.Context, object *string, fn func(tx *sql.Tx) error) error {
	var result error
	err := s.write(ctx, func(tx *sql.Tx) error {
		result = atomically(ctx, tx, func() error { return fn(tx) })
		if result != nil && !refusedByStore(result) {
			return result
		}
		return s.audit(ctx, tx, nil, *object, result)
	})
	if result != nil {
		return result
	}
	return err
}
