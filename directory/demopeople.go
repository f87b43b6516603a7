package directory

import (
	"fmt"
	"strings"
)

// mailbox returns a user mailbox in ou with the given names and alias;
// primary is its primary SMTP address and extra its secondary ones.
func (g *demoGen) mailbox(ou, first, last, alias, primary string, extra ...string) *Recipient {
	name := first + " " + last
	if last == "" {
		name = first
	}
	name = unique(g.names, name, " ")
	alias = unique(g.aliases, alias, "")
	if primary == "" {
		primary = alias + "@" + DemoDomain
	}
	r := &Recipient{Name: name, DisplayName: name, FirstName: first, LastName: last, Alias: alias,
		SamAccountName: truncate(alias, 20), UserPrincipalName: alias + "@" + DemoDomain,
		OrganizationalUnit: DemoDomain + "/" + ou, RecipientTypeDetails: DetailsUserMailbox,
		AddressBook: AddressBook{Company: "Contoso, Ltd."}, Guid: g.guid()}
	r.EmailAddresses = []string{"SMTP:" + primary}
	for _, e := range extra {
		r.EmailAddresses = append(r.EmailAddresses, "smtp:"+e)
	}
	r.PrimarySmtpAddress = primary
	r.EmailAddressPolicyEnabled = !strings.HasSuffix(primary, "@tailspintoys.com")
	r.derive()
	r.defaultCAS()
	r.WhenCreated = g.tick()
	r.WhenChanged = r.WhenCreated.Add(24 * 3 * 60 * 60e9)
	return r
}

// guid returns the next deterministic GUID.
func (g *demoGen) guid() Guid {
	var x Guid
	a, b := g.rng.Uint64(), g.rng.Uint64()
	for i := 0; i < 8; i++ {
		x[i], x[8+i] = byte(a>>(8*i)), byte(b>>(8*i))
	}
	x[6] = x[6]&0x0f | 0x40
	x[8] = x[8]&0x3f | 0x80
	return x
}

// locate fills the address-book properties.
func locate(r *Recipient, dept, title string, p place) *Recipient {
	r.Department, r.Title, r.City, r.StateOrProvince, r.CountryOrRegion = dept, title, p.city, p.state, p.country
	r.Office = p.city
	return r
}

// fixed returns the recipients every demo directory has: the Administrator
// and, unless empty, the people the reference pages name.
func (g *demoGen) fixed(people bool) []*Recipient {
	admin := g.mailbox("Users", "Administrator", "", "Administrator", "")
	admin.FirstName, admin.SamAccountName = "", "Administrator"
	admin.PopEnabled, admin.ImapEnabled = false, false
	out := []*Recipient{admin}
	if !people {
		return out
	}
	wa, ny := naPlaces[0], naPlaces[6]
	add := func(r *Recipient) { out = append(out, r) }
	add(locate(g.mailbox("North America/Finance", "Rand", "Zaher", "rzaher", "", "rand.zaher@contoso.com"), "Finance", "Financial Analyst", wa))
	// The accounts of the task's Accounts.txt.
	add(locate(g.mailbox("Europe/Sales", "Elke", "Brunner", "ebrunner", "ebrunner@tailspintoys.com", "ebrunner@contoso.com"), "Sales", "Account Executive", euPlaces[1]))
	add(locate(g.mailbox("North America/Marketing", "Fernando", "Apodaca", "fapodaca", "fapodaca@tailspintoys.com", "fapodaca@contoso.com"), "Marketing", "Marketing Specialist", naPlaces[3]))
	add(locate(g.mailbox("North America/Engineering", "Gina", "Laureano", "glaureano", "", "glaureano@tailspintoys.com"), "Engineering", "Senior Software Engineer", wa))
	add(locate(g.mailbox("Asia Pacific/Sales", "Hyun", "Rim", "hrim", "", "hrim@tailspintoys.com"), "Sales", "Sales Manager", apPlaces[1]))
	// People of Exchange's documented examples.
	add(locate(g.mailbox("North America/Engineering", "Chris", "Ashton", "cashton", ""), "Engineering-QA", "Test Engineer", wa))
	add(locate(g.mailbox("North America/Engineering", "Christian", "Hess", "chess", ""), "Engineering", "Software Engineer", naPlaces[1]))
	add(locate(g.mailbox("North America/Marketing", "Christa", "Geller", "cgeller", ""), "Marketing", "Marketing Director", ny))
	add(locate(g.mailbox("North America/Sales", "Jeff", "Hay", "jhay", ""), "Sales", "Sales Manager", naPlaces[4]))
	add(locate(g.mailbox("North America/Marketing", "Tony", "Smith", "tony", ""), "Marketing", "Product Marketing Manager", naPlaces[2]))
	add(locate(g.mailbox("North America/Finance", "Adam", "Barr", "adam", ""), "Finance", "Controller", wa))
	add(locate(g.mailbox("Europe/Engineering", "David", "Longmuir", "dlongmuir", ""), "Engineering", "Principal Engineer", euPlaces[0]))
	add(locate(g.mailbox("North America/Finance", "Jill", "Frank", "jill", ""), "Accounting", "Accountant", naPlaces[3]))
	// Two people with one name, for the ambiguous-identity error.
	a1 := locate(g.mailbox("North America/Sales", "Andrew", "Smith", "asmith", ""), "Sales", "Account Executive", naPlaces[7])
	a2 := locate(g.mailbox("Europe/Sales", "Andrew", "Smith", "asmith", ""), "Sales", "Sales Representative", euPlaces[0])
	a2.Name, a2.DisplayName = "Andrew Smith", "Andrew Smith"
	add(a1)
	add(a2)
	shared := g.mailbox("North America/Marketing", "Marketing Team", "", "marketingteam", "")
	shared.RecipientTypeDetails, shared.FirstName = DetailsSharedMailbox, ""
	add(locate(shared, "Marketing", "", naPlaces[0]))
	return out
}

// person returns the next generated recipient: mostly user mailboxes, some
// shared mailboxes, mail users and plain users.
func (g *demoGen) person() *Recipient {
	ou, dept, p := g.unitOf()
	first, last := pick(g, firstNames), pick(g, lastNames)
	title := pick(g, titles[dept])
	kind := g.rng.IntN(100)
	if kind < 5 {
		r := g.mailbox(ou, dept+" Desk", "", strings.ToLower(strings.ReplaceAll(dept, "-", ""))+"desk", "")
		r.FirstName, r.RecipientTypeDetails = "", DetailsSharedMailbox
		return locate(r, dept, "", p)
	}
	alias := strings.ToLower(first[:1] + last)
	r := g.mailbox(ou, first, last, alias, "", "")
	r.EmailAddresses = r.EmailAddresses[:1]
	dotted := unique(g.aliases, strings.ToLower(first+"."+last), "")
	r.EmailAddresses = append(r.EmailAddresses, "smtp:"+dotted+"@"+DemoDomain)
	r.Phone = fmt.Sprintf("+1 425 555 %04d", g.rng.IntN(10000))
	switch {
	case kind < 11:
		r.RecipientTypeDetails = DetailsMailUser
		r.PopEnabled, r.ImapEnabled, r.OWAEnabled, r.ActiveSyncEnabled = false, false, false, false
		r.MAPIEnabled, r.EwsEnabled, r.ECPEnabled = false, false, false
	case kind < 17:
		r.clearMail()
		r.RecipientTypeDetails = DetailsUser
	}
	return locate(r, dept, title, p)
}
