package exchange

import (
	"fmt"
	"strings"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/filter"
	"github.com/psh-project/psh/pipeline"
)

// GetManagementRoleAssignment is Get-ManagementRoleAssignment: role
// assignments, by name, role or assignee; -GetEffectiveUsers lists one
// object per user a role-group assignment reaches.
type GetManagementRoleAssignment struct {
	cn                *conn
	Identity          string          `param:"Position=0,ValueFromPipelineByPropertyName,TypeName=RoleAssignmentIdParameter" help:"The assignment's name; wildcards allowed."`
	Role              string          `param:"ValueFromPipelineByPropertyName,TypeName=RoleIdParameter" help:"Only assignments of this role."`
	RoleAssignee      string          `param:"TypeName=RoleAssigneeIdParameter" help:"Only assignments to this role group or user (a user's include those through role groups)."`
	GetEffectiveUsers pipeline.Switch `param:"" help:"List the users each assignment reaches through its role group."`
	DomainController  string          `param:"" help:"Accepted for compatibility."`
}

// Process implements pipeline.Cmdlet.
func (g *GetManagementRoleAssignment) Process(c *pipeline.Context) error {
	rs, err := g.cn.roleStore()
	if err != nil {
		return terminating(c, err, nil)
	}
	as, err := rs.RoleAssignments(c.Context())
	if err != nil {
		return terminating(c, err, nil)
	}
	groups, err := rs.RoleGroups(c.Context())
	if err != nil {
		return terminating(c, err, nil)
	}
	members := map[string][]*directory.Recipient{}
	for _, rg := range groups {
		members[strings.ToLower(rg.Name)] = rg.Members
	}
	var user *directory.Recipient
	if g.RoleAssignee != "" && members[strings.ToLower(g.RoleAssignee)] == nil && !isGroup(groups, g.RoleAssignee) {
		if user, err = g.cn.user(c, g.RoleAssignee); err != nil {
			c.WriteError(record(err, g.RoleAssignee))
			return nil
		}
	}
	for _, a := range as {
		if !matchName(g.Identity, a.Name) || !matchName(g.Role, a.Role) {
			continue
		}
		for _, out := range g.rows(a, members[strings.ToLower(a.RoleAssignee)], user) {
			if err := c.Emit(out); err != nil {
				return err
			}
		}
	}
	return nil
}

// rows returns what one assignment shows: itself, or one row per effective
// user, narrowed to the -RoleAssignee.
func (g *GetManagementRoleAssignment) rows(a *directory.RoleAssignment, members []*directory.Recipient, user *directory.Recipient) []*RoleAssignment {
	base := RoleAssignment{Name: a.Name, Role: a.Role, RoleAssigneeName: a.RoleAssignee, RoleAssigneeType: a.RoleAssigneeType,
		AssignmentMethod: "Direct", EffectiveUserName: "All Group Members", RecipientWriteScope: a.RecipientWriteScope(),
		RecipientOrganizationalUnitScope: a.OU, CustomRecipientWriteScope: a.Scope, Enabled: true, Identity: a.Name, Guid: a.Guid}
	if a.RoleAssigneeType == "User" {
		base.EffectiveUserName = a.RoleAssignee
		if user != nil && !strings.EqualFold(a.RoleAssignee, user.Identity) {
			return nil
		}
		return []*RoleAssignment{&base}
	}
	switch {
	case user != nil:
		for _, m := range members {
			if m.Guid == user.Guid {
				r := base
				r.AssignmentMethod, r.EffectiveUserName = "RoleGroup", m.Name
				return []*RoleAssignment{&r}
			}
		}
		return nil
	case g.RoleAssignee != "" && !strings.EqualFold(g.RoleAssignee, a.RoleAssignee):
		return nil
	case bool(g.GetEffectiveUsers):
		var out []*RoleAssignment
		for _, m := range members {
			r := base
			r.AssignmentMethod, r.EffectiveUserName = "RoleGroup", m.Name
			out = append(out, &r)
		}
		return out
	}
	return []*RoleAssignment{&base}
}

func isGroup(groups []*directory.RoleGroup, name string) bool {
	for _, g := range groups {
		if strings.EqualFold(g.Name, name) {
			return true
		}
	}
	return false
}

// NewManagementRoleAssignment is New-ManagementRoleAssignment: assign a role
// to a role group (-SecurityGroup) or a user (-User), with an optional OU
// or custom write scope.
type NewManagementRoleAssignment struct {
	cn                               *conn
	Name                             string `param:"Position=0" help:"The assignment's name; default: role-assignee."`
	Role                             string `param:"Mandatory,TypeName=RoleIdParameter" help:"The management role."`
	SecurityGroup                    string `param:"TypeName=SecurityGroupIdParameter" help:"The role group to assign the role to."`
	User                             any    `param:"AsText,TypeName=UserIdParameter" help:"The user to assign the role to."`
	RecipientOrganizationalUnitScope string `param:"" help:"Limit the write scope to this OU."`
	CustomRecipientWriteScope        string `param:"" help:"Limit the write scope to this management scope."`
	DomainController                 string `param:"" help:"Accepted for compatibility."`
}

// SupportsShouldProcess gives the cmdlet -WhatIf and -Confirm.
func (*NewManagementRoleAssignment) SupportsShouldProcess() bool { return true }

// Process implements pipeline.Cmdlet.
func (n *NewManagementRoleAssignment) Process(c *pipeline.Context) error {
	rs, err := n.cn.roleStore()
	if err != nil {
		return terminating(c, err, nil)
	}
	if (n.SecurityGroup == "") == (n.User == nil) {
		return terminating(c, fmt.Errorf("Specify exactly one of the parameters SecurityGroup and User."), nil)
	}
	if n.RecipientOrganizationalUnitScope != "" && n.CustomRecipientWriteScope != "" {
		return terminating(c, fmt.Errorf("The RecipientOrganizationalUnitScope and CustomRecipientWriteScope parameters can't be used together."), nil)
	}
	spec := directory.NewRoleAssignment{Name: n.Name, Role: n.Role, Group: n.SecurityGroup, Scope: n.CustomRecipientWriteScope}
	if n.User != nil {
		if spec.User, err = n.cn.user(c, n.User); err != nil {
			c.WriteError(record(err, n.User))
			return nil
		}
	}
	if spec.OU, err = n.cn.ouDN(c, n.RecipientOrganizationalUnitScope); err != nil {
		c.WriteError(record(err, n.RecipientOrganizationalUnitScope))
		return nil
	}
	if !c.ShouldProcess(n.Role, "New-ManagementRoleAssignment") {
		return nil
	}
	a, err := rs.NewRoleAssignment(n.cn.invocation(c), spec)
	if err != nil {
		c.WriteError(record(err, n.Role))
		return nil
	}
	eff := "All Group Members"
	if a.RoleAssigneeType == "User" {
		eff = a.RoleAssignee
	}
	return c.Emit(&RoleAssignment{Name: a.Name, Role: a.Role, RoleAssigneeName: a.RoleAssignee, RoleAssigneeType: a.RoleAssigneeType,
		AssignmentMethod: "Direct", EffectiveUserName: eff, RecipientWriteScope: a.RecipientWriteScope(),
		RecipientOrganizationalUnitScope: a.OU, CustomRecipientWriteScope: a.Scope, Enabled: true, Identity: a.Name})
}

// RemoveNamed is Remove-ManagementRoleAssignment and Remove-ManagementScope:
// delete an RBAC object by name.
type RemoveNamed struct {
	cn               *conn
	scope            bool
	Identity         string `param:"Position=0,Mandatory,ValueFromPipelineByPropertyName" help:"The name of the object to remove."`
	DomainController string `param:"" help:"Accepted for compatibility."`
}

// SupportsShouldProcess gives the cmdlets -WhatIf and -Confirm.
func (*RemoveNamed) SupportsShouldProcess() bool { return true }

// Process implements pipeline.Cmdlet.
func (r *RemoveNamed) Process(c *pipeline.Context) error {
	rs, err := r.cn.roleStore()
	if err != nil {
		return terminating(c, err, nil)
	}
	action := "Remove-ManagementRoleAssignment"
	if r.scope {
		action = "Remove-ManagementScope"
	}
	if !c.ShouldProcess(r.Identity, action) {
		return nil
	}
	ctx := r.cn.invocation(c)
	if r.scope {
		err = rs.RemoveManagementScope(ctx, r.Identity)
	} else {
		err = rs.RemoveRoleAssignment(ctx, r.Identity)
	}
	if err != nil {
		c.WriteError(record(err, r.Identity))
	}
	return nil
}

// NewManagementScope is New-ManagementScope: a custom recipient scope, an
// OPATH -RecipientRestrictionFilter (checked against Get-Recipient's
// filterable properties) below an optional -RecipientRoot OU.
type NewManagementScope struct {
	cn                         *conn
	Name                       string `param:"Position=0,Mandatory" help:"The scope's name."`
	RecipientRestrictionFilter string `param:"Mandatory" help:"The OPATH filter of the recipients in the scope."`
	RecipientRoot              string `param:"" help:"Only recipients below this OU."`
	DomainController           string `param:"" help:"Accepted for compatibility."`
}

// SupportsShouldProcess gives New-ManagementScope -WhatIf and -Confirm.
func (*NewManagementScope) SupportsShouldProcess() bool { return true }

// Process implements pipeline.Cmdlet.
func (n *NewManagementScope) Process(c *pipeline.Context) error {
	rs, err := n.cn.roleStore()
	if err != nil {
		return terminating(c, err, nil)
	}
	if _, err := filter.Compile(n.RecipientRestrictionFilter, directory.FilterSchema("Get-Recipient")); err != nil {
		return terminating(c, err, n.RecipientRestrictionFilter)
	}
	root, err := n.cn.ouDN(c, n.RecipientRoot)
	if err != nil {
		c.WriteError(record(err, n.RecipientRoot))
		return nil
	}
	if !c.ShouldProcess(n.Name, "New-ManagementScope") {
		return nil
	}
	sc, err := rs.NewManagementScope(n.cn.invocation(c), n.Name, n.RecipientRestrictionFilter, root)
	if err != nil {
		c.WriteError(record(err, n.Name))
		return nil
	}
	return c.Emit(scopeOf(sc))
}

func scopeOf(sc *directory.ManagementScope) *ManagementScope {
	return &ManagementScope{Name: sc.Name, ScopeRestrictionType: sc.ScopeRestrictionType, RecipientRoot: sc.RecipientRoot,
		RecipientFilter: sc.RecipientFilter, Identity: sc.Name, Guid: sc.Guid}
}

// GetManagementScope is Get-ManagementScope: the custom scopes, or those
// Identity names (wildcards allowed).
type GetManagementScope struct {
	cn               *conn
	Identity         string `param:"Position=0,ValueFromPipelineByPropertyName,TypeName=ManagementScopeIdParameter" help:"The scope's name; wildcards allowed."`
	DomainController string `param:"" help:"Accepted for compatibility."`
}

// Process implements pipeline.Cmdlet.
func (g *GetManagementScope) Process(c *pipeline.Context) error {
	rs, err := g.cn.roleStore()
	if err != nil {
		return terminating(c, err, nil)
	}
	scopes, err := rs.ManagementScopes(c.Context())
	if err != nil {
		return terminating(c, err, nil)
	}
	found := false
	for _, sc := range scopes {
		if matchName(g.Identity, sc.Name) {
			found = true
			if err := c.Emit(scopeOf(sc)); err != nil {
				return err
			}
		}
	}
	if !found && g.Identity != "" && !pipeline.HasWildcard(g.Identity) {
		c.WriteError(record(g.cn.notFound(g.Identity), g.Identity))
	}
	return nil
}
