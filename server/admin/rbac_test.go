package admin

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/psh-project/psh/directory"
)

// TestSignedInAccountsRoles: an account with a management role scoped to
// its OU signs in, changes a mailbox in the OU, is refused with Exchange's
// error for one outside it (nothing changes), and the admin audit log
// names it as the caller.
func TestSignedInAccountsRoles(t *testing.T) {
	f := newFixture(t, Options{})
	ctx := context.Background()
	rand, err := f.st.Resolve(ctx, directory.KindUser, "Rand Zaher")
	if err != nil {
		t.Fatal(err)
	}
	ou, err := f.st.ResolveOU(ctx, "contoso.com/North America/Finance")
	if err != nil {
		t.Fatal(err)
	}
	rs := f.st.(directory.RoleStore)
	if _, err := rs.NewRoleGroup(ctx, directory.NewRoleGroup{Name: "Finance Help Desk", Roles: []string{"Mail Recipients"},
		Members: []*directory.Recipient{rand}, OU: ou.DistinguishedName}); err != nil {
		t.Fatal(err)
	}
	if resp, body := f.signIn("Rand Zaher", "Pa55w.rd-rand"); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign-in: %s\n%s", resp.Status, body)
	}

	save := func(who string) (*http.Response, string) {
		id := f.guidOf(who)
		form := editForm(t, f, id)
		form.Set("op", "save")
		form.Set("pop", "disabled")
		return f.post("/mailboxes/"+id, form)
	}
	if resp, body := save("Rand Zaher"); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("save in scope: %s\n%s", resp.Status, body)
	}
	if pop, _ := f.cas("Rand Zaher"); pop {
		t.Error("POP3 still on in scope")
	}
	elke, _ := f.st.Resolve(ctx, directory.KindMailbox, "Elke Brunner")
	_, body := save("Elke Brunner")
	contains(t, body, htmlText(`The operation on mailbox "`+elke.Identity+`" failed because it's out of the current user's write scope.`))
	if pop, _ := f.cas("Elke Brunner"); !pop {
		t.Error("a mailbox outside the scope was changed")
	}
	recs, err := rs.SearchAdminAuditLog(ctx, directory.AuditQuery{Cmdlets: []string{"Set-CASMailbox"}})
	if err != nil || len(recs) != 2 {
		t.Fatalf("%d records: %v", len(recs), err)
	}
	for _, r := range recs {
		if r.Caller != rand.Identity || !strings.HasSuffix(r.ObjectModified, map[bool]string{true: "Rand Zaher", false: "Elke Brunner"}[r.Succeeded]) {
			t.Errorf("record %+v", r)
		}
	}
}
