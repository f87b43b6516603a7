package directory

import (
	"context"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestBatchAuditsEachObjectsOwnInvocation: a batch whose objects come with
// invocations of equal and of different parameters (a pipeline binds
// parameters per object) records each object with its own caller, cmdlet
// and parameters, in the order of the changes.
func TestBatchAuditsEachObjectsOwnInvocation(t *testing.T) {
	s, rs := rbacStore(t)
	ctx := context.Background()
	var mbx []*Recipient
	for _, r := range all(t, s, KindMailbox) {
		if !IsAdministrator(r) && len(mbx) < 10 {
			mbx = append(mbx, r)
		}
	}
	invs := []*Invocation{
		{Caller: "contoso.com/Users/Helen", Cmdlet: "Set-CASMailbox", Parameters: []AuditParameter{{Name: "Identity", Value: "a"}, {Name: "PopEnabled", Value: "False"}}},
		{Caller: "contoso.com/Users/Helen", Cmdlet: "Set-CASMailbox", Parameters: []AuditParameter{{Name: "Identity", Value: "b"}, {Name: "PopEnabled", Value: "False"}}},
		{Caller: "contoso.com/Users/Helen", Cmdlet: "Set-CASMailbox", Parameters: []AuditParameter{{Name: "Identity", Value: "c"}, {Name: "PopEnabled", Value: "False"}}},
		{Caller: "contoso.com/Users/Helen", Cmdlet: "Set-CASMailbox", Parameters: []AuditParameter{{Name: "Identity", Value: "c"}, {Name: "PopEnabled", Value: "False"}}},
		{Caller: "contoso.com/Users/Helen", Cmdlet: "Set-CASMailbox", Parameters: []AuditParameter{}},
		{Caller: "contoso.com/Users/Helen", Cmdlet: "Set-CASMailbox"},
		{Caller: "contoso.com/Users/Helen", Cmdlet: "Set-CASMailbox", Parameters: []AuditParameter{{Name: "PopEnabled", Value: "True"}}},
		{Caller: "contoso.com/Users/Helen", Cmdlet: "Set-Mailbox", Parameters: []AuditParameter{{Name: "PopEnabled", Value: "True"}}},
		{Caller: "contoso.com/Users/Ian", Cmdlet: "Set-Mailbox", Parameters: []AuditParameter{{Name: "PopEnabled", Value: "True"}, {Name: "City", Value: "Oslo"}}},
		{Caller: "contoso.com/Users/Helen", Cmdlet: "Set-Mailbox", Parameters: []AuditParameter{{Name: "PopEnabled", Value: "True"}, {Name: "City", Value: "Oslo"}}},
	}
	b, err := s.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range mbx {
		if _, err := b.Modify(WithInvocation(ctx, invs[i]), r.Guid, func(r *Recipient) error { r.City = fmt.Sprint("c", i); return nil }); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	recs, err := rs.SearchAdminAuditLog(ctx, AuditQuery{})
	if err != nil {
		t.Fatal(err)
	}
	type rec struct {
		Object, Caller, Cmdlet string
		Params                 []AuditParameter
	}
	var got, want []rec
	for _, r := range recs {
		got = append([]rec{{r.ObjectModified, r.Caller, r.CmdletName, r.CmdletParameters}}, got...)
	}
	for i, r := range mbx {
		want = append(want, rec{r.Identity, invs[i].Caller, invs[i].Cmdlet, invs[i].Parameters})
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("audit records (-want +got):\n%s", d)
	}
}
