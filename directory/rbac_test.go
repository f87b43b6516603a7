package directory

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"testing"
)

// rbacStore opens a new demo directory and returns it as a RoleStore too.
func rbacStore(t *testing.T) (Store, RoleStore) {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "dir.db"), WithDemoSize(60, 3), WithClock(testClock))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, s.(RoleStore)
}

func resolve(t *testing.T, s Store, id string) *Recipient {
	t.Helper()
	r, err := s.Resolve(context.Background(), KindUser, id)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestPermissionsFollowAssignments: the Administrator may do anything in
// the organization; a user with one OU-scoped role may run that role's
// cmdlets, only in the OU; a parameter-limited entry allows only its
// parameters; a user with nothing may run nothing.
func TestPermissionsFollowAssignments(t *testing.T) {
	s, rs := rbacStore(t)
	ctx := context.Background()
	admin, err := rs.Permissions(ctx, resolve(t, s, "Administrator"))
	if err != nil {
		t.Fatal(err)
	}
	if !admin.CanRun("Set-CASMailbox") || !admin.CanRun("search-adminauditlog") || admin.WriteScope("Set-CASMailbox") != nil {
		t.Errorf("Administrator: run=%v scope=%v", admin.CanRun("Set-CASMailbox"), admin.WriteScope("Set-CASMailbox"))
	}
	if !admin.CanUseParameter("Set-CASMailbox", "DisplayName") {
		t.Error("Mail Recipients allows every parameter of Set-CASMailbox")
	}

	users := all(t, s, KindMailbox)
	var in, out *Recipient
	for _, r := range users {
		switch {
		case in == nil && r.OrganizationalUnit == "contoso.com/Europe/Sales":
			in = r
		case out == nil && r.OrganizationalUnit != "contoso.com/Europe/Sales" && !IsAdministrator(r):
			out = r
		}
	}
	ou, err := s.ResolveOU(ctx, "contoso.com/Europe/Sales")
	if err != nil || in == nil || out == nil {
		t.Fatalf("demo: %v %v %v", err, in, out)
	}
	if _, err := rs.NewRoleAssignment(ctx, NewRoleAssignment{Role: "Mail Recipients", User: in, OU: ou.DistinguishedName}); err != nil {
		t.Fatal(err)
	}
	if _, err := rs.NewRoleAssignment(ctx, NewRoleAssignment{Role: "Organization Client Access", User: out}); err != nil {
		t.Fatal(err)
	}
	p, err := rs.Permissions(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	ws := p.WriteScope("Set-CASMailbox")
	if !p.CanRun("Set-CASMailbox") || p.CanRun("New-Mailbox") || ws == nil || !ws.Contains(in) || ws.Contains(out) {
		t.Errorf("OU-scoped user: Set-CASMailbox %v, New-Mailbox %v, scope %v", p.CanRun("Set-CASMailbox"), p.CanRun("New-Mailbox"), ws)
	}
	q, err := rs.Permissions(ctx, out)
	if err != nil {
		t.Fatal(err)
	}
	if !q.CanUseParameter("Set-CASMailbox", "popenabled") || q.CanUseParameter("Set-CASMailbox", "DisplayName") {
		t.Error("Organization Client Access allows Set-CASMailbox's protocol settings only")
	}
	none, err := rs.Permissions(ctx, users[len(users)-1])
	if err != nil {
		t.Fatal(err)
	}
	if len(none.Cmdlets()) != 0 {
		t.Errorf("a user without assignments may run %v", none.Cmdlets())
	}
}

// TestWriteScopeRefusesAndAudits: a change outside the invocation's scope
// fails with Exchange's text, changes nothing and is logged as failed; a
// change inside it is made and logged.
func TestWriteScopeRefusesAndAudits(t *testing.T) {
	s, rs := rbacStore(t)
	ctx := context.Background()
	scope, err := writeScope("", "Munich", "City -eq 'Munich'", "")
	if err != nil {
		t.Fatal(err)
	}
	inv := &Invocation{Caller: "contoso.com/Users/Helen", Cmdlet: "Set-CASMailbox", Scope: WriteScopes{scope},
		Parameters: []AuditParameter{{Name: "PopEnabled", Value: "False"}}}
	ictx := WithInvocation(ctx, inv)
	var in, out *Recipient
	for _, r := range all(t, s, KindMailbox) {
		if r.City == "Munich" && in == nil {
			in = r
		} else if r.City != "Munich" && out == nil && !IsAdministrator(r) {
			out = r
		}
	}
	b, _ := s.Begin(ctx)
	off := func(r *Recipient) error { r.PopEnabled = false; return nil }
	if _, err := b.Modify(ictx, in.Guid, off); err != nil {
		t.Fatal(err)
	}
	_, err = b.Modify(ictx, out.Guid, off)
	want := `The operation on mailbox "` + out.Identity + `" failed because it's out of the current user's write scope. The object '` +
		out.Identity + `' must be within the read scope before and after it's modified. Can't perform the save operation.`
	var wse *WriteScopeError
	if !errors.As(err, &wse) || err.Error() != want {
		t.Errorf("outside the scope: %v\nwant %s", err, want)
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if r, _ := s.Get(ctx, out.Guid); !r.PopEnabled {
		t.Error("the refused change was made")
	}
	recs, err := rs.SearchAdminAuditLog(ctx, AuditQuery{Cmdlets: []string{"set-casmailbox"}})
	if err != nil || len(recs) != 2 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	if recs[0].ObjectModified != out.Identity || recs[0].Succeeded || recs[0].Error != want ||
		recs[1].ObjectModified != in.Identity || !recs[1].Succeeded || recs[1].Caller != inv.Caller ||
		recs[1].CmdletParameters[0] != inv.Parameters[0] || !recs[1].RunDate.Equal(testClock()) {
		t.Errorf("records: %+v %+v", recs[0], recs[1])
	}
}

// TestAuditLogIsAppendOnly: the table refuses updates.
func TestAuditLogIsAppendOnly(t *testing.T) {
	s, rs := rbacStore(t)
	ctx := context.Background()
	if err := rs.SetAdminAuditLogConfig(WithInvocation(ctx, &Invocation{Caller: "x", Cmdlet: "Set-AdminAuditLogConfig"}), AuditConfig{Enabled: true}); err != nil {
		t.Fatal(err)
	}
	_, err := s.(*sqliteStore).db.Exec("UPDATE admin_audit_log SET caller = 'someone else'")
	if err == nil {
		t.Fatal("an audit record was changed")
	}
}

// TestMigrationAddsBuiltinsToExistingDirectory: a version-4 file with
// recipients gets the built-in roles and groups, and its Administrator is
// in Organization Management.
func TestMigrationAddsBuiltinsToExistingDirectory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dir.db")
	s, err := Open(path, WithDemoSize(20, 1))
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, stmt := range append(dropRBAC, "PRAGMA user_version = 4") {
		if _, err := db.Exec(stmt); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	groups, err := s.(RoleStore).RoleGroups(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, g := range groups {
		names = append(names, g.Name)
		if g.Name == OrganizationManagement && (len(g.Members) != 1 || !IsAdministrator(g.Members[0]) || len(g.Roles) != 6) {
			t.Errorf("Organization Management: %d members, roles %v", len(g.Members), g.Roles)
		}
	}
	if len(names) != 4 {
		t.Errorf("role groups %v", names)
	}
	roles, _ := s.(RoleStore).ManagementRoles(context.Background())
	if len(roles) != len(BuiltinRoles()) {
		t.Errorf("%d roles", len(roles))
	}
}
