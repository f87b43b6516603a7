package directory

import (
	"context"
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
