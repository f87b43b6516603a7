package directory

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestResolveForms(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	rand, err := s.Resolve(ctx, KindMailbox, "Rand Zaher")
	if err != nil {
		t.Fatal(err)
	}
	const want = "contoso.com/North America/Finance/Rand Zaher"
	tests := []struct {
		kind Kind
		id   string
		want string
	}{
		{KindMailbox, "Rand Zaher", want},
		{KindMailbox, "rand zaher", want},
		{KindMailbox, "rzaher", want},                 // alias
		{KindMailbox, "rzaher@contoso.com", want},     // primary address
		{KindMailbox, "RAND.ZAHER@contoso.com", want}, // secondary address
		{KindMailbox, "CN=Rand Zaher,OU=Finance,OU=North America,DC=contoso,DC=com", want},
		{KindMailbox, "cn=Rand Zaher, ou=Finance, ou=North America, dc=contoso, dc=com", want},
		{KindMailbox, "contoso.com/North America/Finance/Rand Zaher", want},
		{KindMailbox, rand.Guid.String(), want},
		{KindMailbox, "{" + rand.Guid.String() + "}", want},
		{KindMailbox, `CONTOSO\rzaher`, want},
		{KindMailbox, `contoso.com\rzaher`, want},
		{KindMailbox, legacyDNPrefix + "rzaher", want},
		{KindUser, "Rand Zaher", want},
		{KindUser, "rzaher@contoso.com", want}, // UPN
		{KindRecipient, "rand.zaher@contoso.com", want},
		{KindRecipient, "rzaher", want},
		{KindMailbox, "ebrunner@tailspintoys.com", "contoso.com/Europe/Sales/Elke Brunner"},
		{KindMailbox, "fapodaca@tailspintoys.com", "contoso.com/North America/Marketing/Fernando Apodaca"},
		{KindMailbox, "glaureano@tailspintoys.com", "contoso.com/North America/Engineering/Gina Laureano"},
		{KindMailbox, "hrim@tailspintoys.com", "contoso.com/Asia Pacific/Sales/Hyun Rim"},
		{KindMailbox, "Administrator", "contoso.com/Users/Administrator"},
		{KindMailbox, "tony@contoso.com", "contoso.com/North America/Marketing/Tony Smith"},
		{KindMailbox, "Jeff Hay", "contoso.com/North America/Sales/Jeff Hay"},
		{KindUser, `Contoso\Jill`, "contoso.com/North America/Finance/Jill Frank"},
	}
	for _, tt := range tests {
		r, err := s.Resolve(ctx, tt.kind, tt.id)
		if err != nil {
			t.Errorf("Resolve(%d, %q): %v", tt.kind, tt.id, err)
			continue
		}
		if r.Identity != tt.want {
			t.Errorf("Resolve(%d, %q) = %s, want %s", tt.kind, tt.id, r.Identity, tt.want)
		}
	}
}

func TestResolveErrors(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	tests := []struct {
		kind Kind
		id   string
		want string
	}{
		{KindMailbox, "Nobody Here", "The operation couldn't be performed because object 'Nobody Here' couldn't be found on 'DC01.contoso.com'."},
		{KindMailbox, "Andrew Smith", "The operation couldn't be performed because 'Andrew Smith' matches multiple entries."},
		{KindMailbox, "", "The operation couldn't be performed because object '' couldn't be found on 'DC01.contoso.com'."},
		{KindMailbox, `FABRIKAM\rzaher`, "The operation couldn't be performed because object 'FABRIKAM\\rzaher' couldn't be found on 'DC01.contoso.com'."},
		{KindRecipient, `CONTOSO\rzaher`, "The operation couldn't be performed because object 'CONTOSO\\rzaher' couldn't be found on 'DC01.contoso.com'."}, // Get-Recipient takes no domain\user
		{KindMailbox, "Ra*her", "The operation couldn't be performed because object 'Ra*her' couldn't be found on 'DC01.contoso.com'."},
		{KindMailbox, "Rand*", "The operation couldn't be performed because object 'Rand*' couldn't be found on 'DC01.contoso.com'."}, // Resolve takes no wildcard
		{KindMailbox, "x' OR 1=1 --", "The operation couldn't be performed because object 'x' OR 1=1 --' couldn't be found on 'DC01.contoso.com'."},
	}
	for _, tt := range tests {
		_, err := s.Resolve(ctx, tt.kind, tt.id)
		if err == nil || err.Error() != tt.want {
			t.Errorf("Resolve(%q) error = %v, want %s", tt.id, err, tt.want)
		}
	}
	_, err := s.Resolve(ctx, KindMailbox, "Andrew Smith")
	var amb *AmbiguousError
	if !errors.As(err, &amb) {
		t.Fatalf("want *AmbiguousError, got %T", err)
	}
	if diff := cmp.Diff([]string{"contoso.com/North America/Sales/Andrew Smith", "contoso.com/Europe/Sales/Andrew Smith"}, amb.Matches); diff != "" {
		t.Errorf("matches (-want +got):\n%s", diff)
	}
	var nf *NotFoundError
	if _, err := s.Resolve(ctx, KindMailbox, "nobody"); !errors.As(err, &nf) || nf.ExceptionName() != "ManagementObjectNotFoundException" {
		t.Errorf("want *NotFoundError, got %v", err)
	}
}

func TestLookupWildcard(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	rs, err := s.Lookup(ctx, KindMailbox, "Chris*")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"Chris Ashton", "Christa Geller", "Christian Hess"}, names(rs)); diff != "" {
		t.Errorf("Chris* (-want +got):\n%s", diff)
	}
	rs, err = s.Lookup(ctx, KindMailbox, "*Zaher")
	if err != nil || len(rs) != 1 || rs[0].Name != "Rand Zaher" {
		t.Errorf("*Zaher = %v, %v", names(rs), err)
	}
}

func TestResolveValue(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	if r, _ := s.Resolve(ctx, KindMailbox, "Andrew Smith"); r != nil {
		t.Fatal("Andrew Smith should be ambiguous by name")
	}
	rs, _ := s.Lookup(ctx, KindMailbox, "Andrew Smith*")
	if len(rs) != 2 {
		t.Fatalf("want two Andrew Smiths, got %v", names(rs))
	}
	// ... but a piped object binds by its GUID.
	for _, v := range []any{MailboxOf(rs[1]), CASMailboxOf(rs[1]), UserOf(rs[1]), RecipientOf(rs[1]), MailboxOf(rs[1]).Identity, rs[1]} {
		got, err := ResolveValue(ctx, s, KindMailbox, v)
		if err != nil || got.Guid != rs[1].Guid {
			t.Errorf("ResolveValue(%T) = %v, %v", v, got, err)
		}
	}
	// The Identity string form is the canonical path, unique too.
	got, err := ResolveValue(ctx, s, KindMailbox, MailboxOf(rs[1]).Identity.String())
	if err != nil || got.Guid != rs[1].Guid {
		t.Errorf("ResolveValue(canonical) = %v, %v", got, err)
	}
	// A plain user is not a mailbox.
	users, _ := s.Query(ctx, Query{Kind: KindUser, RecipientTypeDetails: []RecipientTypeDetails{DetailsUser}, ResultSize: 1})
	if _, err := ResolveValue(ctx, s, KindMailbox, UserOf(users.Recipients[0])); err == nil {
		t.Error("a plain user resolved as a mailbox")
	}
}
