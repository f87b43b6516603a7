package exchange

import (
	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/pipeline"
)

// GetOrganizationalUnit is Get-OrganizationalUnit: the domain root, OUs and
// containers, or the one Identity names and those below it.
type GetOrganizationalUnit struct {
	cn             *conn
	Identity       any             `param:"Position=0,ValueFromPipeline,AsText,TypeName=OrganizationalUnitIdParameter" help:"The OU: DN, canonical name, GUID or name."`
	SingleNodeOnly pipeline.Switch `param:"" help:"Return only the OU Identity names, not the OUs below it."`
}

// Process implements pipeline.Cmdlet.
func (g *GetOrganizationalUnit) Process(c *pipeline.Context) error {
	s, err := g.cn.get()
	if err != nil {
		return terminating(c, err, nil)
	}
	var ous []*directory.OrganizationalUnit
	root := ""
	if g.Identity != nil {
		root = identityText(g.Identity)
	}
	if g.SingleNodeOnly && root != "" {
		var ou *directory.OrganizationalUnit
		if ou, err = s.ResolveOU(c.Context(), root); err == nil {
			ous = append(ous, ou)
		}
	} else {
		ous, err = s.OrganizationalUnits(c.Context(), root)
	}
	if err != nil {
		c.WriteError(record(err, g.Identity))
		return nil
	}
	for _, ou := range ous {
		if err := c.Emit(ou); err != nil {
			return err
		}
	}
	return nil
}

// NewOrganizationalUnit is New-OrganizationalUnit (as AD's
// New-ADOrganizationalUnit): -Name under -Path, the parent's DN or
// canonical name (default: the domain root).
type NewOrganizationalUnit struct {
	cn   *conn
	Name string `param:"Position=0,Mandatory,ValueFromPipelineByPropertyName" help:"The new OU's name."`
	Path string `param:"ValueFromPipelineByPropertyName" help:"The parent OU: DN or canonical name; default: the domain root."`
}

// SupportsShouldProcess gives New-OrganizationalUnit -WhatIf and -Confirm.
func (*NewOrganizationalUnit) SupportsShouldProcess() bool { return true }

// Process implements pipeline.Cmdlet.
func (n *NewOrganizationalUnit) Process(c *pipeline.Context) error {
	s, err := n.cn.get()
	if err != nil {
		return terminating(c, err, nil)
	}
	if !c.ShouldProcess(n.Name, "New-OrganizationalUnit") {
		return nil
	}
	ou, err := s.NewOrganizationalUnit(n.cn.invocation(c), n.Name, n.Path)
	if err != nil {
		c.WriteError(record(err, n.Name))
		return nil
	}
	return c.Emit(ou)
}

// NewDemoOrganization is New-DemoOrganization: it replaces the whole
// directory with the deterministic demo contoso.com organization of -Users
// recipients built from -Seed, in one transaction.
type NewDemoOrganization struct {
	cn    *conn
	Users int `param:"" help:"How many recipients (default 300)."`
	Seed  int `param:"" help:"The generator seed (default 1); the same Users and Seed give the same organization."`
}

// SupportsShouldProcess gives New-DemoOrganization -WhatIf and -Confirm.
func (*NewDemoOrganization) SupportsShouldProcess() bool { return true }

// Process implements pipeline.Cmdlet.
func (n *NewDemoOrganization) Process(c *pipeline.Context) error {
	users, seed := directory.DemoUsers, directory.DemoSeed
	if c.IsBound("Users") {
		users = n.Users
	}
	if c.IsBound("Seed") {
		seed = n.Seed
	}
	if users < 0 {
		return attribute(c, bindError("Users", users, "The value must be zero or positive."))
	}
	s, err := n.cn.get()
	if err != nil {
		return terminating(c, err, nil)
	}
	if !c.ShouldProcess(s.Domain(), "New-DemoOrganization") {
		return nil
	}
	if err := directory.Seed(c.Context(), s, users, seed); err != nil {
		return terminating(c, err, nil)
	}
	if n.cn.demoMail != nil {
		if err := n.cn.demoMail(c.Context(), s); err != nil {
			return terminating(c, err, nil)
		}
	}
	return nil
}
