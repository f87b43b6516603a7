package exchange

import (
	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/pipeline"
)

// SetUser is Set-User: it changes the account and address-book properties
// of users (with or without a mailbox).
type SetUser struct {
	writer

	Identity        any    `param:"Position=0,Mandatory,ValueFromPipeline,ValueFromPipelineByPropertyName,AsText,TypeName=UserIdParameter" help:"The user: name, DN, canonical name, GUID, UPN or a piped object."`
	DisplayName     string `param:"" help:"The display name."`
	FirstName       string `param:"" help:"The first name."`
	LastName        string `param:"" help:"The last name."`
	Initials        string `param:"" help:"The initials."`
	Department      string `param:"" help:"The department."`
	Title           string `param:"" help:"The job title."`
	Company         string `param:"" help:"The company."`
	Office          string `param:"" help:"The office."`
	City            string `param:"" help:"The city."`
	StateOrProvince string `param:"" help:"The state or province."`
	CountryOrRegion string `param:"" help:"The country or region."`
	Phone           string `param:"" help:"The phone number."`
	Manager         any    `param:"AsText" help:"The manager: any user identity; $null clears it."`
	SeniorityIndex  int32  `param:"" help:"The order in the hierarchical address book (higher first)."`

	manager struct { // -Manager resolved, once per command
		done bool
		dn   string
		err  error
	}
}

// SupportsShouldProcess gives Set-User -WhatIf and -Confirm.
func (*SetUser) SupportsShouldProcess() bool { return true }

// Process implements pipeline.Cmdlet.
func (s *SetUser) Process(c *pipeline.Context) error {
	manager := ""
	if c.IsBound("Manager") && s.Manager != nil {
		dn, err := s.managerDN(c)
		if err != nil {
			s.fail(c, err, s.Manager)
			return nil
		}
		manager = dn
	}
	s.modify(c, directory.KindUser, s.Identity, "Set-User", func(r *directory.Recipient) error {
		for _, f := range []struct {
			name  string
			field *string
			val   string
		}{{"DisplayName", &r.DisplayName, s.DisplayName}, {"FirstName", &r.FirstName, s.FirstName},
			{"LastName", &r.LastName, s.LastName}, {"Initials", &r.Initials, s.Initials},
			{"Department", &r.Department, s.Department}, {"Title", &r.Title, s.Title},
			{"Company", &r.Company, s.Company}, {"Office", &r.Office, s.Office}, {"City", &r.City, s.City},
			{"StateOrProvince", &r.StateOrProvince, s.StateOrProvince},
			{"CountryOrRegion", &r.CountryOrRegion, s.CountryOrRegion}, {"Phone", &r.Phone, s.Phone},
			{"Manager", &r.Manager, manager}} {
			if c.IsBound(f.name) {
				*f.field = f.val
			}
		}
		if c.IsBound("SeniorityIndex") {
			return r.SetAttribute("SeniorityIndex", s.SeniorityIndex)
		}
		return nil
	})
	return nil
}

// managerDN returns the distinguished name of the -Manager user. It is
// looked up once, for the first input object; a failure is remembered and
// reported for every object, as Exchange does.
func (s *SetUser) managerDN(c *pipeline.Context) (string, error) {
	m := &s.manager
	if !m.done {
		m.done = true
		m.dn, m.err = s.lookupManager(c)
	}
	return m.dn, m.err
}

// lookupManager resolves -Manager to a user and reads its DN.
func (s *SetUser) lookupManager(c *pipeline.Context) (string, error) {
	t, err := s.resolve(c, directory.KindUser, s.Manager)
	if err != nil {
		return "", err
	}
	st, _ := s.cn.get()
	r, err := st.Get(c.Context(), t.guid)
	if err != nil {
		return "", err
	}
	return r.DistinguishedName, nil
}
