package exchange

import (
	"strings"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/pipeline"
)

// GetManagementRole is Get-ManagementRole: the management roles, or those
// Identity names (wildcards allowed), optionally only those with an entry
// for -Cmdlet (and -CmdletParameters).
type GetManagementRole struct {
	cn               *conn
	Identity         string   `param:"Position=0,ValueFromPipelineByPropertyName,TypeName=RoleIdParameter" help:"The role's name; wildcards allowed."`
	Cmdlet           string   `param:"" help:"Only roles with an entry for this cmdlet."`
	CmdletParameters []string `param:"" help:"With -Cmdlet: only roles whose entry allows all these parameters."`
	RoleType         string   `param:"" help:"Only roles of this type (MailRecipients, RoleManagement, ...)."`
	DomainController string   `param:"" help:"Accepted for compatibility."`
}

// Process implements pipeline.Cmdlet.
func (g *GetManagementRole) Process(c *pipeline.Context) error {
	roles, err := g.cn.roles(c)
	if err != nil {
		return terminating(c, err, nil)
	}
	found := false
	for _, r := range roles {
		if !matchName(g.Identity, r.Name) || (g.RoleType != "" && !strings.EqualFold(g.RoleType, roleType(r.Name))) {
			continue
		}
		if g.Cmdlet != "" && !hasEntry(r, g.Cmdlet, g.CmdletParameters) {
			continue
		}
		found = true
		if err := c.Emit(&ManagementRole{Name: r.Name, RoleType: roleType(r.Name), Description: r.Description, Identity: r.Name, IsRootRole: true}); err != nil {
			return err
		}
	}
	if !found && g.Identity != "" && !pipeline.HasWildcard(g.Identity) {
		c.WriteError(record(g.cn.notFound(g.Identity), g.Identity))
	}
	return nil
}

// hasEntry reports whether role r allows cmdlet with all of params.
func hasEntry(r *directory.ManagementRole, cmdlet string, params []string) bool {
	for _, e := range r.Entries {
		if !strings.EqualFold(e.Cmdlet, cmdlet) {
			continue
		}
		if e.Parameters == nil {
			return true
		}
		for _, p := range params {
			ok := false
			for _, q := range e.Parameters {
				ok = ok || strings.EqualFold(p, q)
			}
			if !ok {
				return false
			}
		}
		return true
	}
	return false
}

// GetManagementRoleEntry is Get-ManagementRoleEntry: the entries of a role,
// Identity being "Role\Cmdlet" (wildcards allowed in both parts).
type GetManagementRoleEntry struct {
	cn               *conn
	Identity         string   `param:"Position=0,Mandatory,ValueFromPipelineByPropertyName,TypeName=RoleEntryIdParameter" help:"Role\\Cmdlet, for example \"Mail Recipients\\Set-*\"."`
	Parameters       []string `param:"" help:"Only entries that allow all these parameters."`
	DomainController string   `param:"" help:"Accepted for compatibility."`
}

// Process implements pipeline.Cmdlet.
func (g *GetManagementRoleEntry) Process(c *pipeline.Context) error {
	rolePat, cmdPat, ok := strings.Cut(g.Identity, `\`)
	if !ok {
		rolePat, cmdPat = g.Identity, "*"
	}
	roles, err := g.cn.roles(c)
	if err != nil {
		return terminating(c, err, nil)
	}
	found := false
	for _, r := range roles {
		if !matchName(rolePat, r.Name) {
			continue
		}
		for _, e := range r.Entries {
			if !matchName(cmdPat, e.Cmdlet) || (len(g.Parameters) > 0 && !hasEntry(&directory.ManagementRole{Entries: []directory.RoleEntrySpec{e}}, e.Cmdlet, g.Parameters)) {
				continue
			}
			params := e.Parameters
			if params == nil {
				params = g.cn.parameterNames(e.Cmdlet)
			}
			found = true
			if err := c.Emit(&ManagementRoleEntry{Name: e.Cmdlet, Role: r.Name, Parameters: params, Type: "Cmdlet", Identity: r.Name + `\` + e.Cmdlet}); err != nil {
				return err
			}
		}
	}
	if !found && !pipeline.HasWildcard(g.Identity) {
		c.WriteError(record(g.cn.notFound(g.Identity), g.Identity))
	}
	return nil
}

// roles reads the management roles, committing a batch left open first.
func (cn *conn) roles(c *pipeline.Context) ([]*directory.ManagementRole, error) {
	rs, err := cn.roleStore()
	if err != nil {
		return nil, err
	}
	return rs.ManagementRoles(c.Context())
}

// parameterNames lists the parameters of one of the module's cmdlets, as
// a role entry that allows every parameter shows them.
func (cn *conn) parameterNames(cmdlet string) []string {
	for _, ci := range cn.commands {
		if !strings.EqualFold(ci.Name, cmdlet) {
			continue
		}
		meta, err := pipeline.MetaOf(ci.New())
		if err != nil {
			return nil
		}
		var out []string
		for _, p := range meta.Params {
			out = append(out, p.Name)
		}
		return out
	}
	return nil
}

// notFound is Exchange's error for a name that names no RBAC object.
func (cn *conn) notFound(identity string) error {
	dc := "DC01.contoso.com"
	if s, err := cn.get(); err == nil {
		dc = s.DomainController()
	}
	return &directory.RoleNotFoundError{Identity: identity, Server: dc}
}
