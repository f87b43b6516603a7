package directory

import (
	"context"
	"iter"
	"time"
)

// The size and seed of the demo organization a new directory file gets.
const (
	DemoUsers = 300
	DemoSeed  = 1
)

// DemoDomain is the demo organization's root domain.
const DemoDomain = "contoso.com"

// demoOUs is the demo OU tree below contoso.com.
var demoOUs = []string{
	"North America", "North America/Finance", "North America/Marketing", "North America/Engineering",
	"North America/Sales", "Europe", "Europe/Sales", "Europe/Marketing", "Europe/Engineering",
	"Asia Pacific", "Asia Pacific/Sales", "Asia Pacific/Engineering",
}

// Seed replaces the contents of s with the deterministic demo organization
// of users recipients (the fixed ones included) built from seed; users 0
// builds the empty directory (domain root, Users container, accepted domains
// and the Administrator mailbox). It runs in one transaction.
func Seed(ctx context.Context, s Store, users, seed int) error {
	return s.Load(ctx, DemoOrganization(users, seed))
}

// DemoOrganization returns the demo contoso.com organization: users
// recipients (at least the fixed ones: Administrator, Rand Zaher, the four
// tailspintoys.com accounts of the POP3/IMAP4 task, the people of Exchange's
// examples) spread over the OUs North America/{Finance,Marketing,Engineering,
// Sales}, Europe/{Sales,Marketing,Engineering} and Asia Pacific/{Sales,
// Engineering}; a mix of user mailboxes, shared mailboxes, mail users and
// plain users. The same users and seed always give the same organization.
// users 0 is the empty directory.
func DemoOrganization(users, seed int) *Organization {
	created := time.Date(2023, 3, 1, 9, 0, 0, 0, time.UTC)
	org := &Organization{
		Domain: DemoDomain,
		AcceptedDomains: []AcceptedDomain{
			{Name: "contoso.com", DomainName: "contoso.com", DomainType: "Authoritative", Default: true},
			{Name: "tailspintoys.com", DomainName: "tailspintoys.com", DomainType: "Authoritative"},
		},
		OUs:     []OUSpec{{Path: "Users", Container: true}},
		Created: created,
	}
	if users > 0 {
		for _, p := range demoOUs {
			org.OUs = append(org.OUs, OUSpec{Path: p})
		}
	}
	org.Recipients = func(yield func(*Recipient) bool) {
		g := newDemoGen(seed, created)
		fixed := g.fixed(users > 0)
		for _, r := range fixed {
			if !yield(r) {
				return
			}
		}
		for i := len(fixed); i < users; i++ {
			if !yield(g.person()) {
				return
			}
		}
	}
	return org
}

var _ iter.Seq[*Recipient] = (&Organization{}).Recipients
