package directory

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDemoDeterministic(t *testing.T) {
	collect := func(users, seed int) []string {
		var out []string
		for r := range DemoOrganization(users, seed).Recipients {
			out = append(out, r.Name+"|"+r.Guid.String()+"|"+r.PrimarySmtpAddress+"|"+r.Department)
		}
		return out
	}
	a, b := collect(500, 3), collect(500, 3)
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("same seed, different organizations:\n%s", diff)
	}
	if cmp.Equal(a, collect(500, 4)) {
		t.Error("different seeds, same organization")
	}
	if len(a) != 500 {
		t.Errorf("%d recipients, want 500", len(a))
	}
}

func TestSeedReplaces(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	if err := Seed(ctx, s, 1000, 2); err != nil {
		t.Fatal(err)
	}
	if n := len(all(t, s, KindUser)); n != 1000 {
		t.Errorf("%d users after Seed(1000)", n)
	}
	if _, err := s.Resolve(ctx, KindMailbox, "Rand Zaher"); err != nil {
		t.Error(err)
	}
	if err := Seed(ctx, s, 0, 0); err != nil {
		t.Fatal(err)
	}
	if got := names(all(t, s, KindUser)); !cmp.Equal(got, []string{"Administrator"}) {
		t.Errorf("empty directory: %v", got)
	}
	ous, _ := s.OrganizationalUnits(ctx, "")
	if len(ous) != 2 { // contoso.com and Users
		t.Errorf("empty directory has %d OUs", len(ous))
	}
}

func FuzzParseDN(f *testing.F) {
	for _, s := range []string{"OU=Marketing,OU=North America,DC=contoso,DC=com", `CN=Smith\, John,DC=x`, "=", ",,", `CN=\`, "CN= a ,DC=b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rdns, err := parseDN(s)
		if err != nil {
			return
		}
		again, err := parseDN(formatDN(rdns))
		if err != nil || !cmp.Equal(rdns, again, cmp.AllowUnexported(rdn{})) {
			t.Errorf("%q: %v -> %q -> %v, %v", s, rdns, formatDN(rdns), again, err)
		}
	})
}

func FuzzResolve(f *testing.F) {
	s, err := Open(":memory:", WithDemoSize(40, 1))
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	for _, id := range []string{"Rand Zaher", "rzaher@contoso.com", `CONTOSO\rzaher`, "CN=Rand Zaher,OU=Finance,OU=North America,DC=contoso,DC=com", "*", "a*b", "'; DROP TABLE recipients; --", "{}", "/o=x"} {
		f.Add(id)
	}
	// Any identity resolves, is not found, is ambiguous or is invalid; any
	// other error (SQL built wrong from the identity) is psh's bug.
	expected := func(err error) bool {
		var nf *NotFoundError
		var am *AmbiguousError
		var ou *OUNotFoundError
		var ve *ValidationError
		return err == nil || errors.As(err, &nf) || errors.As(err, &am) || errors.As(err, &ou) || errors.As(err, &ve)
	}
	f.Fuzz(func(t *testing.T, id string) {
		for _, k := range []Kind{KindMailbox, KindUser, KindRecipient} {
			if _, err := s.Resolve(context.Background(), k, id); !expected(err) {
				t.Fatalf("Resolve(%v, %q): %T %v", k, id, err, err)
			}
			if _, err := s.Lookup(context.Background(), k, id); !expected(err) {
				t.Fatalf("Lookup(%v, %q): %T %v", k, id, err, err)
			}
			if _, err := s.ResolveOU(context.Background(), id); !expected(err) {
				t.Fatalf("ResolveOU(%q): %T %v", id, err, err)
			}
		}
	})
}
