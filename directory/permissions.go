package directory

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/psh-project/psh/filter"
)

// Permissions is what one user may do: the cmdlets and parameters the roles
// of their assignments allow, and for each cmdlet the write scope (the union
// of the scopes of the assignments that grant it). It is computed once per
// session; a change of assignments or members applies to the next session.
type Permissions struct {
	User   *Recipient
	grants map[string][]grant // by lower-case cmdlet name
}

// grant is one role entry reached through one assignment.
type grant struct {
	params map[string]bool // lower-case parameter names; nil: every one
	scope  *WriteScope     // nil: the organization
}

// CanRun reports whether a role of the user has an entry for cmdlet.
func (p *Permissions) CanRun(cmdlet string) bool { return len(p.grants[strings.ToLower(cmdlet)]) > 0 }

// CanUseParameter reports whether an entry for cmdlet allows param.
func (p *Permissions) CanUseParameter(cmdlet, param string) bool {
	for _, g := range p.grants[strings.ToLower(cmdlet)] {
		if g.params == nil || g.params[strings.ToLower(param)] {
			return true
		}
	}
	return false
}

// WriteScope returns where cmdlet may write: nil (the organization) when an
// assignment with Organization scope grants it, else the union of the
// assignments' scopes (empty when the cmdlet is not granted at all).
func (p *Permissions) WriteScope(cmdlet string) WriteScopes {
	gs := p.grants[strings.ToLower(cmdlet)]
	out := WriteScopes{}
	for _, g := range gs {
		if g.scope == nil {
			return nil
		}
		out = append(out, g.scope)
	}
	return out
}

// Cmdlets returns the names (lower case) of the cmdlets the user may run.
func (p *Permissions) Cmdlets() []string {
	out := make([]string, 0, len(p.grants))
	for c := range p.grants {
		out = append(out, c)
	}
	return out
}

// Permissions implements RoleStore.
func (s *sqliteStore) Permissions(ctx context.Context, user *Recipient) (*Permissions, error) {
	rows, err := s.q().QueryContext(ctx, `SELECT e.cmdlet, e.parameters, COALESCE(a.ou_dn, ''), a.name,
		COALESCE(sc.name, ''), COALESCE(sc.recipient_filter, ''), COALESCE(sc.recipient_root, '')
		FROM role_assignments a JOIN management_role_entries e ON e.role_id = a.role_id
		LEFT JOIN management_scopes sc ON sc.id = a.scope_id
		WHERE a.user_guid = ?1 OR a.group_id IN (SELECT group_id FROM role_group_members WHERE member_guid = ?1)`, user.Guid.String())
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	p := &Permissions{User: user, grants: map[string][]grant{}}
	scopes := map[string]*WriteScope{}
	for rows.Next() {
		var cmdlet, ou, assignment, scName, scFilter, scRoot string
		var params sql.NullString
		if err := rows.Scan(&cmdlet, &params, &ou, &assignment, &scName, &scFilter, &scRoot); err != nil {
			return nil, err
		}
		var g grant
		if params.Valid {
			g.params = map[string]bool{}
			for _, n := range strings.Split(params.String, ",") {
				g.params[strings.ToLower(n)] = true
			}
		}
		if ou != "" || scName != "" {
			key := assignment
			if g.scope = scopes[key]; g.scope == nil {
				if g.scope, err = writeScope(ou, scName, scFilter, scRoot); err != nil {
					return nil, err
				}
				scopes[key] = g.scope
			}
		}
		k := strings.ToLower(cmdlet)
		p.grants[k] = append(p.grants[k], g)
	}
	return p, rows.Err()
}

// writeScope builds the write scope of an assignment: its OU, or its custom
// scope's filter below the scope's root.
func writeScope(ou, name, recipientFilter, root string) (*WriteScope, error) {
	if name == "" {
		return &WriteScope{Name: ou, OU: ou}, nil
	}
	prog, err := filter.Compile(recipientFilter, FilterSchema("Get-Recipient"))
	if err != nil {
		return nil, fmt.Errorf("directory: management scope %q: %w", name, err)
	}
	return &WriteScope{Name: name, OU: root, Filter: prog}, nil
}
