package exchange

import (
	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/pipeline"
)

// GetRoleGroup is Get-RoleGroup: the role groups, or those Identity names
// (wildcards allowed).
type GetRoleGroup struct {
	cn               *conn
	Identity         string `param:"Position=0,ValueFromPipelineByPropertyName,TypeName=RoleGroupIdParameter" help:"The role group's name; wildcards allowed."`
	DomainController string `param:"" help:"Accepted for compatibility."`
}

// Process implements pipeline.Cmdlet.
func (g *GetRoleGroup) Process(c *pipeline.Context) error {
	groups, err := g.cn.roleGroups(c)
	if err != nil {
		return terminating(c, err, nil)
	}
	found := false
	for _, rg := range groups {
		if !matchName(g.Identity, rg.Name) {
			continue
		}
		found = true
		if err := c.Emit(roleGroupOf(rg)); err != nil {
			return err
		}
	}
	if !found && g.Identity != "" && !pipeline.HasWildcard(g.Identity) {
		c.WriteError(record(g.cn.notFound(g.Identity), g.Identity))
	}
	return nil
}

// roleGroups reads the role groups, committing a batch left open first.
func (cn *conn) roleGroups(c *pipeline.Context) ([]*directory.RoleGroup, error) {
	rs, err := cn.roleStore()
	if err != nil {
		return nil, err
	}
	return rs.RoleGroups(c.Context())
}

// roleGroupOf makes the object Get-RoleGroup shows.
func roleGroupOf(g *directory.RoleGroup) *RoleGroup {
	out := &RoleGroup{Name: g.Name, AssignedRoles: g.Roles, Description: g.Description, Guid: g.Guid, Identity: g.Name,
		WhenCreated: g.WhenCreated, ManagedBy: []string{}, Members: []string{}, RoleAssignments: []string{}}
	if out.AssignedRoles == nil {
		out.AssignedRoles = []string{}
	}
	for _, r := range g.Roles {
		out.RoleAssignments = append(out.RoleAssignments, r+"-"+g.Name)
	}
	for _, m := range g.Members {
		out.Members = append(out.Members, m.Identity)
	}
	return out
}

// findGroup returns the role group named identity.
func (cn *conn) findGroup(c *pipeline.Context, identity string) (*directory.RoleGroup, error) {
	groups, err := cn.roleGroups(c)
	if err != nil {
		return nil, err
	}
	for _, g := range groups {
		if matchName(identity, g.Name) || g.Guid.String() == identity {
			return g, nil
		}
	}
	return nil, cn.notFound(identity)
}

// GetRoleGroupMember is Get-RoleGroupMember: the members of a role group.
type GetRoleGroupMember struct {
	cn               *conn
	Identity         string `param:"Position=0,Mandatory,ValueFromPipelineByPropertyName,TypeName=RoleGroupMemberIdParameter" help:"The role group."`
	ResultSize       any    `param:"" help:"At most this many members, or Unlimited."`
	DomainController string `param:"" help:"Accepted for compatibility."`
}

// Process implements pipeline.Cmdlet.
func (g *GetRoleGroupMember) Process(c *pipeline.Context) error {
	n, err := parseResultSize(g.ResultSize)
	if err != nil {
		return terminating(c, err, g.ResultSize)
	}
	rg, err := g.cn.findGroup(c, g.Identity)
	if err != nil {
		c.WriteError(record(err, g.Identity))
		return nil
	}
	for i, m := range rg.Members {
		if n > 0 && i >= n {
			break
		}
		if err := c.Emit(directory.RecipientOf(m)); err != nil {
			return err
		}
	}
	return nil
}

// RoleGroupMember is Add-RoleGroupMember and Remove-RoleGroupMember: a user
// joins or leaves a role group. The change applies to the user's next
// session.
type RoleGroupMember struct {
	cn                              *conn
	remove                          bool
	Identity                        string          `param:"Position=0,Mandatory,ValueFromPipelineByPropertyName,TypeName=RoleGroupIdParameter" help:"The role group."`
	Member                          any             `param:"Mandatory,ValueFromPipeline,AsText,TypeName=SecurityPrincipalIdParameter" help:"The user: name, alias, UPN, DOMAIN\\user, or a piped user or mailbox."`
	BypassSecurityGroupManagerCheck pipeline.Switch `param:"" help:"Accepted for compatibility."`
	DomainController                string          `param:"" help:"Accepted for compatibility."`
}

// SupportsShouldProcess gives the cmdlets -WhatIf and -Confirm.
func (*RoleGroupMember) SupportsShouldProcess() bool { return true }

// Process implements pipeline.Cmdlet.
func (m *RoleGroupMember) Process(c *pipeline.Context) error {
	rs, err := m.cn.roleStore()
	if err != nil {
		return terminating(c, err, nil)
	}
	u, err := m.cn.user(c, m.Member)
	if err != nil {
		c.WriteError(record(err, m.Member))
		return nil
	}
	action := "Add-RoleGroupMember"
	if m.remove {
		action = "Remove-RoleGroupMember"
	}
	if !c.ShouldProcess(m.Identity, action) {
		return nil
	}
	ctx := m.cn.invocation(c)
	if m.remove {
		err = rs.RemoveRoleGroupMember(ctx, m.Identity, u)
	} else {
		err = rs.AddRoleGroupMember(ctx, m.Identity, u)
	}
	if err != nil {
		c.WriteError(record(err, m.Member))
	}
	return nil
}

// user resolves a user identity (text or a piped directory object).
func (cn *conn) user(c *pipeline.Context, v any) (*directory.Recipient, error) {
	s, err := cn.get()
	if err != nil {
		return nil, err
	}
	if g, _, ok := guidOf(v); ok {
		return s.Get(c.Context(), g)
	}
	if v == nil {
		return nil, &directory.NotFoundError{Server: s.DomainController()}
	}
	return s.Resolve(c.Context(), directory.KindUser, identityText(v))
}

// NewRoleGroupCmdlet is New-RoleGroup: a role group with roles assigned
// (at the organization, an OU or a custom scope) and members.
type NewRoleGroupCmdlet struct {
	cn                               *conn
	Name                             string   `param:"Position=0,Mandatory" help:"The role group's name."`
	Roles                            []string `param:"" help:"The management roles to assign to the group."`
	Members                          []any    `param:"" help:"The users to add."`
	Description                      string   `param:"" help:"The description."`
	DisplayName                      string   `param:"" help:"Accepted for compatibility."`
	RecipientOrganizationalUnitScope string   `param:"" help:"Limit the group's assignments to this OU."`
	CustomRecipientWriteScope        string   `param:"" help:"Limit the group's assignments to this management scope."`
	ManagedBy                        []any    `param:"" help:"Accepted for compatibility."`
	DomainController                 string   `param:"" help:"Accepted for compatibility."`
}

// SupportsShouldProcess gives New-RoleGroup -WhatIf and -Confirm.
func (*NewRoleGroupCmdlet) SupportsShouldProcess() bool { return true }

// Process implements pipeline.Cmdlet.
func (n *NewRoleGroupCmdlet) Process(c *pipeline.Context) error {
	rs, err := n.cn.roleStore()
	if err != nil {
		return terminating(c, err, nil)
	}
	spec := directory.NewRoleGroup{Name: n.Name, Description: n.Description, Roles: n.Roles, Scope: n.CustomRecipientWriteScope}
	if spec.OU, err = n.cn.ouDN(c, n.RecipientOrganizationalUnitScope); err != nil {
		c.WriteError(record(err, n.RecipientOrganizationalUnitScope))
		return nil
	}
	for _, m := range n.Members {
		u, err := n.cn.user(c, m)
		if err != nil {
			c.WriteError(record(err, m))
			return nil
		}
		spec.Members = append(spec.Members, u)
	}
	if !c.ShouldProcess(n.Name, "New-RoleGroup") {
		return nil
	}
	g, err := rs.NewRoleGroup(n.cn.invocation(c), spec)
	if err != nil {
		c.WriteError(record(err, n.Name))
		return nil
	}
	return c.Emit(roleGroupOf(g))
}

// ouDN returns the distinguished name of the OU identity names ("" for "").
func (cn *conn) ouDN(c *pipeline.Context, identity string) (string, error) {
	if identity == "" {
		return "", nil
	}
	s, err := cn.get()
	if err != nil {
		return "", err
	}
	ou, err := s.ResolveOU(c.Context(), identity)
	if err != nil {
		return "", err
	}
	return ou.DistinguishedName, nil
}
