package directory

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTaskFilters runs the filters of the POP3/IMAP4 task through SQL and
// checks them against the same condition written in Go over every record.
func TestTaskFilters(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	everyone := all(t, s, KindUser)
	tests := []struct {
		name   string
		q      Query
		cmdlet string
		filter string
		want   func(r *Recipient) bool
	}{
		{"engineering in WA", Query{Kind: KindUser}, "Get-User", taskUserFilter, func(r *Recipient) bool {
			return r.RecipientType == TypeUserMailbox && strings.HasPrefix(strings.ToLower(r.Department), "engineering") && r.StateOrProvince == "WA"
		}},
		{"user mailboxes in NA/Marketing by DN", Query{Kind: KindMailbox, OrganizationalUnit: "OU=Marketing,OU=North America,DC=contoso,DC=com"},
			"Get-Mailbox", "RecipientTypeDetails -eq 'UserMailbox'", func(r *Recipient) bool {
				return r.RecipientTypeDetails == DetailsUserMailbox && r.OrganizationalUnit == "contoso.com/North America/Marketing"
			}},
		{"pop and imap off", Query{Kind: KindMailbox}, "Get-CASMailbox", taskCASFilter, func(r *Recipient) bool {
			return r.IsMailbox() && !r.PopEnabled && !r.ImapEnabled
		}},
		{"email without prefix", Query{Kind: KindRecipient}, "Get-Recipient", "EmailAddresses -eq 'rand.zaher@contoso.com'", func(r *Recipient) bool {
			return r.Name == "Rand Zaher"
		}},
		{"email with prefix wildcard", Query{Kind: KindMailbox}, "Get-Mailbox", "EmailAddresses -like 'smtp:*@tailspintoys.com'", func(r *Recipient) bool {
			return strings.Contains(strings.Join(r.EmailAddresses, ","), "@tailspintoys.com")
		}},
		{"not set", Query{Kind: KindUser}, "Get-User", "Department -eq $null", func(r *Recipient) bool { return r.Department == "" }},
		{"unstored bool", Query{Kind: KindMailbox}, "Get-Mailbox", "AuditEnabled -eq $true", func(r *Recipient) bool { return false }},
		{"legacy dn", Query{Kind: KindMailbox}, "Get-Mailbox", "LegacyExchangeDN -like '*cn=rzaher'", func(r *Recipient) bool { return r.Name == "Rand Zaher" }},
		// opath.md §4: a PrimarySmtpAddress filter also searches EmailAddresses.
		{"primary smtp matches a secondary proxy", Query{Kind: KindMailbox}, "Get-Mailbox", "PrimarySmtpAddress -eq 'rand.zaher@contoso.com'", func(r *Recipient) bool {
			return r.Name == "Rand Zaher"
		}},
		{"primary smtp like a secondary proxy", Query{Kind: KindRecipient}, "Get-Recipient", "PrimarySMTPAddress -like 'rand.*'", func(r *Recipient) bool {
			return r.Name == "Rand Zaher"
		}},
		{"primary smtp itself", Query{Kind: KindMailbox}, "Get-CASMailbox", "PrimarySmtpAddress -eq 'RZAHER@contoso.com'", func(r *Recipient) bool {
			return r.Name == "Rand Zaher"
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.q.Filter = compile(t, tt.cmdlet, tt.filter)
			res, err := s.Query(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for _, r := range everyone {
				if tt.want(r) && tt.q.Kind.Contains(r) {
					want = append(want, r.Name)
				}
			}
			if diff := cmp.Diff(want, names(res.Recipients)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			// The in-memory program agrees with the SQL.
			var mem []string
			for _, r := range everyone {
				if tt.q.Kind.Contains(r) && tt.q.Filter.Match(r, Property) && (tt.q.OrganizationalUnit == "" || r.OrganizationalUnit == "contoso.com/North America/Marketing") {
					mem = append(mem, r.Name)
				}
			}
			if diff := cmp.Diff(want, mem); diff != "" {
				t.Errorf("Match (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTaskExamplesFindObjects(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	res, _ := s.Query(ctx, Query{Kind: KindUser, Filter: compile(t, "Get-User", taskUserFilter)})
	if n := len(res.Recipients); n < 5 {
		t.Errorf("the Engineering/WA filter finds %d users", n)
	}
	res, _ = s.Query(ctx, Query{Kind: KindMailbox, OrganizationalUnit: "OU=Marketing,OU=North America,DC=contoso,DC=com",
		Filter: compile(t, "Get-Mailbox", "RecipientTypeDetails -eq 'UserMailbox'")})
	if n := len(res.Recipients); n < 5 {
		t.Errorf("the NA/Marketing example finds %d mailboxes", n)
	}
	counts := map[RecipientTypeDetails]int{}
	for _, r := range all(t, s, KindUser) {
		counts[r.RecipientTypeDetails]++
	}
	for _, d := range []RecipientTypeDetails{DetailsUserMailbox, DetailsSharedMailbox, DetailsMailUser, DetailsUser} {
		if counts[d] == 0 {
			t.Errorf("the demo has no %s", d)
		}
	}
	if n := len(all(t, s, KindUser)); n != DemoUsers {
		t.Errorf("the demo has %d users, want %d", n, DemoUsers)
	}
}

func TestQueryOptions(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	res, err := s.Query(ctx, Query{Kind: KindMailbox, Anr: "Chr", SortBy: "name"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"Chris Ashton", "Christa Geller", "Christian Hess"}, names(res.Recipients)); diff != "" {
		t.Errorf("Anr Chr (-want +got):\n%s", diff)
	}
	res, _ = s.Query(ctx, Query{Kind: KindMailbox, ResultSize: 10})
	if len(res.Recipients) != 10 || !res.More {
		t.Errorf("ResultSize 10: %d objects, More=%v", len(res.Recipients), res.More)
	}
	n := len(all(t, s, KindMailbox))
	res, _ = s.Query(ctx, Query{Kind: KindMailbox, ResultSize: n})
	if len(res.Recipients) != n || res.More {
		t.Errorf("ResultSize %d: %d objects, More=%v", n, len(res.Recipients), res.More)
	}
	res, _ = s.Query(ctx, Query{Kind: KindUser, RecipientTypeDetails: []RecipientTypeDetails{DetailsSharedMailbox}})
	for _, r := range res.Recipients {
		if r.RecipientTypeDetails != DetailsSharedMailbox {
			t.Errorf("RecipientTypeDetails filter let %s through", r.Identity)
		}
	}
	if _, err := s.Query(ctx, Query{Kind: KindMailbox, SortBy: "Department"}); err == nil ||
		err.Error() != `The property "Department" can't be used with SortBy.` {
		t.Errorf("SortBy Department: %v", err)
	}
	if _, err := s.Query(ctx, Query{Kind: KindMailbox, OrganizationalUnit: "OU=Nowhere,DC=contoso,DC=com"}); err == nil ||
		err.Error() != `The organizational unit "OU=Nowhere,DC=contoso,DC=com" was not found. Please make sure you have typed it correctly.` {
		t.Errorf("missing OU: %v", err)
	}
}

func TestFilterSchemas(t *testing.T) {
	// opath.md counts CustomAttribute1-15 and ExtensionCustomAttribute1-5
	// as one row each: 147 + 14 + 4 = 165 for Get-Mailbox.
	counts := map[string]int{"Get-Mailbox": 165, "Get-User": 80, "Get-Recipient": 101, "Get-CASMailbox": 34}
	for cmdlet, n := range counts {
		s := FilterSchema(cmdlet)
		if s == nil {
			t.Fatalf("no schema for %s", cmdlet)
		}
		if got := len(s.Names()); got != n {
			t.Errorf("%s: %d filterable properties, want %d", cmdlet, got, n)
		}
	}
	if FilterSchema("Get-Service") != nil {
		t.Error("Get-Service has a schema")
	}
	// Department is filterable on Get-User, not on Get-Mailbox or Get-CASMailbox.
	for cmdlet, ok := range map[string]bool{"Get-User": true, "Get-Recipient": true, "Get-Mailbox": false, "Get-CASMailbox": false} {
		if _, found := FilterSchema(cmdlet).Lookup("department"); found != ok {
			t.Errorf("%s: Department filterable = %v, want %v", cmdlet, found, ok)
		}
	}
	if _, found := FilterSchema("Get-CASMailbox").Lookup("POPEnabled"); !found {
		t.Error("PopEnabled is not filterable on Get-CASMailbox")
	}
	// Every property of every schema has SQL.
	m := SQLMapping()
	for _, p := range filterableProperties {
		if _, ok := m[p.name]; !ok {
			t.Errorf("%s has no SQL mapping", p.name)
		}
	}
}
