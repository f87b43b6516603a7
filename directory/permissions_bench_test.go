package directory

import (
	"context"
	"errors"
	"testing"
)

// BenchmarkPermissionCheck is what RBAC adds to one cmdlet invocation on one
// object: may the cmdlet run, may its two parameters be used (these two are
// answered once per session by pipeline.Module.Restrict; timed here as if
// they were not), its write scope, and whether the object is inside an OU
// scope.
func BenchmarkPermissionCheck(b *testing.B) {
	s, err := Open(b.TempDir()+"/dir.db", WithDemoSize(60, 3))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	rs := s.(RoleStore)
	ou, _ := s.ResolveOU(ctx, "contoso.com/Europe/Sales")
	user, _ := s.Resolve(ctx, KindUser, "Administrator")
	if _, err := rs.NewRoleAssignment(ctx, NewRoleAssignment{Role: "Mail Recipients", User: user, OU: ou.DistinguishedName, Name: "scoped"}); err != nil {
		b.Fatal(err)
	}
	if err := rs.RemoveRoleGroupMember(ctx, OrganizationManagement, user); err != nil {
		b.Fatal(err)
	}
	p, err := rs.Permissions(ctx, user)
	if err != nil {
		b.Fatal(err)
	}
	target := all(b, s, KindMailbox)[5]
	n := 0
	for b.Loop() {
		if p.CanRun("Set-CASMailbox") && p.CanUseParameter("Set-CASMailbox", "Identity") && p.CanUseParameter("Set-CASMailbox", "PopEnabled") &&
			p.WriteScope("Set-CASMailbox").Contains(target) {
			n++
		}
	}
	_ = n
}

// BenchmarkAuditedModify is the store's side of a bulk Set-CASMailbox: 2,000
// changes per iteration in one batch, without an Invocation (no scope
// check, no audit record: the cost before RBAC) and with one (OU scope
// check and audit record per change).
func BenchmarkAuditedModify(b *testing.B) {
	s, err := Open(b.TempDir()+"/dir.db", WithDemoSize(2000, 3))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var rs []*Recipient
	for _, r := range all(b, s, KindMailbox) {
		if !IsAdministrator(r) {
			rs = append(rs, r)
		}
	}
	inv := &Invocation{Caller: "contoso.com/Users/Administrator", Cmdlet: "Set-CASMailbox",
		Parameters: []AuditParameter{{Name: "Identity", Value: "x"}, {Name: "PopEnabled", Value: "False"}},
		Scope:      WriteScopes{{Name: "root", OU: "DC=contoso,DC=com"}}}
	for _, tc := range []struct {
		name string
		ctx  context.Context
	}{{"before", context.Background()}, {"audited", WithInvocation(context.Background(), inv)}} {
		b.Run(tc.name, func(b *testing.B) {
			// Every mailbox starts with POP3 off, so each flip changes each one.
			batch, _ := s.Begin(context.Background())
			for _, r := range rs {
				if _, err := batch.Modify(context.Background(), r.Guid, func(r *Recipient) error { r.PopEnabled = false; return nil }); err != nil && !errors.Is(err, ErrUnchanged) {
					b.Fatal(err)
				}
			}
			if err := batch.Commit(); err != nil {
				b.Fatal(err)
			}
			flip := false
			for b.Loop() {
				flip = !flip
				batch, _ := s.Begin(tc.ctx)
				for _, r := range rs {
					if _, err := batch.Modify(tc.ctx, r.Guid, func(r *Recipient) error { r.PopEnabled = flip; return nil }); err != nil {
						b.Fatal(err)
					}
				}
				if err := batch.Commit(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
