package directory

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
)

func TestModify(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	rand, _ := s.Resolve(ctx, KindMailbox, "Rand Zaher")
	got, err := modify(t, s, rand.Guid, func(r *Recipient) error {
		r.PopEnabled, r.ImapEnabled = false, false
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got.PopEnabled || got.ImapEnabled || !got.WhenChanged.Equal(testClock()) {
		t.Errorf("returned record: pop=%v imap=%v changed=%v", got.PopEnabled, got.ImapEnabled, got.WhenChanged)
	}
	again, _ := s.Get(ctx, rand.Guid)
	if again.PopEnabled || again.ImapEnabled || !again.OWAEnabled {
		t.Errorf("stored record: pop=%v imap=%v owa=%v", again.PopEnabled, again.ImapEnabled, again.OWAEnabled)
	}
	// A failing change writes nothing.
	boom := errors.New("boom")
	_, err = modify(t, s, rand.Guid, func(r *Recipient) error { r.Department = "X"; return boom })
	if !errors.Is(err, boom) {
		t.Fatalf("want boom, got %v", err)
	}
	if r, _ := s.Get(ctx, rand.Guid); r.Department != "Finance" {
		t.Errorf("a failed change wrote Department %q", r.Department)
	}
}

func TestModifyValidation(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	rand, _ := s.Resolve(ctx, KindMailbox, "Rand Zaher")
	tests := []struct {
		name string
		fn   func(r *Recipient)
		want string
	}{
		{"duplicate address", func(r *Recipient) { r.EmailAddresses = append(r.EmailAddresses, "tony@contoso.com") },
			`The proxy address "SMTP:tony@contoso.com" is already being used by the proxy addresses or LegacyExchangeDN of "contoso.com/North America/Marketing/Tony Smith". Please choose another proxy address.`},
		{"foreign domain", func(r *Recipient) { r.EmailAddresses = append(r.EmailAddresses, "rz@fabrikam.com") },
			`The email address "rz@fabrikam.com" isn't correct because "fabrikam.com" isn't an accepted domain for your organization.`},
		{"bad address", func(r *Recipient) { r.PrimarySmtpAddress = "not an address" },
			`The email address "not an address" isn't correct. Please use this format: user name, the @ sign, followed by the domain name. For example, tonysmith@contoso.com or tony.smith@contoso.com.`},
		{"duplicate name", func(r *Recipient) { r.Name = "Adam Barr" },
			`The name "Adam Barr" is already being used. Please try another name.`},
		{"empty name", func(r *Recipient) { r.Name = "" }, "The Name property must be 1 to 64 characters long."},
	}
	for _, tt := range tests {
		_, err := modify(t, s, rand.Guid, func(r *Recipient) error { tt.fn(r); return nil })
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: got %v\nwant %s", tt.name, err, tt.want)
		}
	}
	after, _ := s.Get(ctx, rand.Guid)
	if after.Name != "Rand Zaher" || len(after.EmailAddresses) != 2 || after.PrimarySmtpAddress != "rzaher@contoso.com" {
		t.Errorf("rejected changes were written: %s %v", after.Name, after.EmailAddresses)
	}
	// Accepted address changes: a new primary keeps the old one as secondary.
	got, err := modify(t, s, rand.Guid, func(r *Recipient) error { r.PrimarySmtpAddress = "rand@tailspintoys.com"; return nil })
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"SMTP:rand@tailspintoys.com", "smtp:rzaher@contoso.com", "smtp:rand.zaher@contoso.com"}
	if fmt.Sprint(got.EmailAddresses) != fmt.Sprint(want) {
		t.Errorf("addresses = %v, want %v", got.EmailAddresses, want)
	}
	if r, err := s.Resolve(ctx, KindMailbox, "rand@tailspintoys.com"); err != nil || r.Guid != rand.Guid {
		t.Errorf("new address does not resolve: %v", err)
	}
	// Renaming moves Identity and DN.
	got, _ = modify(t, s, rand.Guid, func(r *Recipient) error { r.Name = "Rand Q. Zaher"; return nil })
	if got.Identity != "contoso.com/North America/Finance/Rand Q. Zaher" || got.DistinguishedName != "CN=Rand Q. Zaher,OU=Finance,OU=North America,DC=contoso,DC=com" {
		t.Errorf("rename: %s %s", got.Identity, got.DistinguishedName)
	}
}

func TestAdministratorRule(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	admin, err := s.Resolve(ctx, KindMailbox, "Administrator")
	if err != nil {
		t.Fatal(err)
	}
	if !ProtocolSettingIgnored(admin) || admin.PopEnabled || admin.ImapEnabled {
		t.Fatalf("Administrator: ignored=%v pop=%v imap=%v", ProtocolSettingIgnored(admin), admin.PopEnabled, admin.ImapEnabled)
	}
	for _, set := range []func(r *Recipient){func(r *Recipient) { r.PopEnabled = true }, func(r *Recipient) { r.ImapEnabled = true }} {
		if _, err := modify(t, s, admin.Guid, func(r *Recipient) error { set(r); r.OWAEnabled = false; return nil }); !errors.Is(err, ErrAdministratorProtocol) {
			t.Errorf("want ErrAdministratorProtocol, got %v", err)
		}
	}
	after, _ := s.Get(ctx, admin.Guid)
	if after.PopEnabled || after.ImapEnabled || !after.OWAEnabled {
		t.Errorf("Administrator after refused changes: pop=%v imap=%v owa=%v", after.PopEnabled, after.ImapEnabled, after.OWAEnabled)
	}
	rand, _ := s.Resolve(ctx, KindMailbox, "Rand Zaher")
	if ProtocolSettingIgnored(rand) {
		t.Error("Rand Zaher's protocol settings are ignored")
	}
	// Disabling and re-enabling the mailbox does not turn POP3 on either.
	b, _ := s.Begin(ctx)
	if _, err := b.DisableMailbox(ctx, admin.Guid); err != nil {
		t.Fatal(err)
	}
	r, err := b.EnableMailbox(ctx, admin.Guid, "")
	if err != nil || r.PopEnabled || r.ImapEnabled {
		t.Errorf("re-enabled Administrator: %v pop=%v", err, r != nil && r.PopEnabled)
	}
	b.Commit()
}

// TestBatchCommitsEveryN: with a batch size of 3, a batch rolled back after
// 7 changes keeps the first 6 (two full transactions) and loses the 7th.
func TestBatchCommitsEveryN(t *testing.T) {
	s := demoStore(t, WithBatchSize(3))
	ctx := context.Background()
	rs := all(t, s, KindMailbox)[1:8]
	b, _ := s.Begin(ctx)
	for _, r := range rs {
		if _, err := b.Modify(ctx, r.Guid, func(r *Recipient) error { r.CustomAttribute1 = "batched"; return nil }); err != nil {
			t.Fatal(err)
		}
	}
	// Reads inside the batch see its own uncommitted change.
	if r, _ := s.Get(ctx, rs[6].Guid); r.CustomAttribute1 != "batched" {
		t.Error("the batch does not see its own change")
	}
	if err := b.Rollback(); err != nil {
		t.Fatal(err)
	}
	for i, r := range rs {
		got, _ := s.Get(ctx, r.Guid)
		if want := i < 6; (got.CustomAttribute1 == "batched") != want {
			t.Errorf("object %d: CustomAttribute1=%q, committed should be %v", i, got.CustomAttribute1, want)
		}
	}
	if err := b.Commit(); !errors.Is(err, ErrBatchDone) {
		t.Errorf("commit after rollback: %v", err)
	}
}

func TestMailboxLifecycle(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	b, _ := s.Begin(ctx)
	r, err := b.NewMailbox(ctx, NewMailbox{Name: "ChrisAshton", UserPrincipalName: "chris@contoso.com", Alias: "chris",
		Password: []byte("P@ssw0rd!"), FirstName: "Chris", LastName: "Ashton", DisplayName: "Chris Ashton", OrganizationalUnit: "Users"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Identity != "contoso.com/Users/ChrisAshton" || r.PrimarySmtpAddress != "chris@contoso.com" || !r.PopEnabled || r.RecipientType != TypeUserMailbox {
		t.Errorf("new mailbox: %s %s pop=%v %s", r.Identity, r.PrimarySmtpAddress, r.PopEnabled, r.RecipientType)
	}
	shared, err := b.NewMailbox(ctx, NewMailbox{Name: "Sales Department", DisplayName: "Sales Department", Alias: "Sales", Shared: true})
	if err != nil || shared.RecipientTypeDetails != DetailsSharedMailbox || shared.PrimarySmtpAddress != "Sales@contoso.com" {
		t.Fatalf("shared: %v %+v", err, shared)
	}
	_, err = b.NewMailbox(ctx, NewMailbox{Name: "X", OrganizationalUnit: "contoso.com/Nowhere"})
	if err == nil || err.Error() != `The organizational unit "contoso.com/Nowhere" was not found. Please make sure you have typed it correctly.` {
		t.Errorf("missing OU: %v", err)
	}
	_, err = b.NewMailbox(ctx, NewMailbox{Name: "Other", Alias: "chris"})
	if err == nil {
		t.Error("a second chris@contoso.com was created")
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	stored, err := s.Resolve(ctx, KindMailbox, "chris@contoso.com")
	if err != nil || !stored.CheckPassword([]byte("P@ssw0rd!")) || stored.CheckPassword([]byte("wrong")) {
		t.Fatalf("password: %v", err)
	}
	if stored.passwordHash == "P@ssw0rd!" || stored.passwordHash[:4] != "$2a$" {
		t.Errorf("the password is not stored as a bcrypt hash: %q", stored.passwordHash[:4])
	}
	b, _ = s.Begin(ctx)
	u, err := b.DisableMailbox(ctx, stored.Guid)
	if err != nil || u.RecipientType != TypeUser || u.PrimarySmtpAddress != "" || len(u.EmailAddresses) != 0 {
		t.Fatalf("disable: %v %+v", err, u)
	}
	b.Commit()
	if _, err := s.Resolve(ctx, KindMailbox, "ChrisAshton"); err == nil {
		t.Error("a disabled mailbox still resolves as a mailbox")
	}
	if _, err := s.Resolve(ctx, KindUser, "ChrisAshton"); err != nil {
		t.Errorf("the user went with the mailbox: %v", err)
	}
	b, _ = s.Begin(ctx)
	if err := b.Remove(ctx, stored.Guid); err != nil {
		t.Fatal(err)
	}
	if err := b.Remove(ctx, stored.Guid); err == nil {
		t.Error("removed twice")
	}
	b.Commit()
	if _, err := s.Get(ctx, stored.Guid); err == nil {
		t.Error("removed object still there")
	}
}

func TestOrganizationalUnits(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	want := "contoso.com/North America/Marketing"
	for _, id := range []string{"OU=Marketing,OU=North America,DC=contoso,DC=com", "ou=marketing, ou=north america, dc=contoso, dc=com",
		"contoso.com/North America/Marketing", "North America/Marketing", `North America\Marketing`, "contoso.com/North America/Marketing/"} {
		ou, err := s.ResolveOU(ctx, id)
		if err != nil || ou.CanonicalName != want || ou.DistinguishedName != "OU=Marketing,OU=North America,DC=contoso,DC=com" {
			t.Errorf("ResolveOU(%q) = %v, %v", id, ou, err)
		}
	}
	if ou, err := s.ResolveOU(ctx, "Users"); err != nil || ou.DistinguishedName != "CN=Users,DC=contoso,DC=com" {
		t.Errorf("Users: %v %v", ou, err)
	}
	if _, err := s.ResolveOU(ctx, "Sales"); err == nil || err.Error() != "The operation couldn't be performed because 'Sales' matches multiple entries." {
		t.Errorf("Sales: %v", err)
	}
	ou, err := s.NewOrganizationalUnit(ctx, "Legal", "OU=North America,DC=contoso,DC=com")
	if err != nil || ou.CanonicalName != "contoso.com/North America/Legal" || ou.DistinguishedName != "OU=Legal,OU=North America,DC=contoso,DC=com" {
		t.Fatalf("new OU: %v %v", ou, err)
	}
	if _, err := s.NewOrganizationalUnit(ctx, "Legal", "contoso.com/North America"); err == nil ||
		err.Error() != `The organizational unit "contoso.com/North America/Legal" already exists.` {
		t.Errorf("duplicate OU: %v", err)
	}
	if _, err := s.NewOrganizationalUnit(ctx, "X", "OU=Nowhere,DC=contoso,DC=com"); err == nil {
		t.Error("OU under a missing parent")
	}
	ous, _ := s.OrganizationalUnits(ctx, "North America")
	if len(ous) != 6 { // North America + Engineering, Finance, Legal, Marketing, Sales
		t.Errorf("North America subtree: %d OUs", len(ous))
	}
	res, _ := s.Query(ctx, Query{Kind: KindMailbox, OrganizationalUnit: "North America"})
	for _, r := range res.Recipients {
		if r.OrganizationalUnit[:len("contoso.com/North America/")] != "contoso.com/North America/" {
			t.Errorf("%s is outside North America", r.Identity)
		}
	}
}

func TestDefaultPath(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	tests := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"PSH_DIRECTORY": "/x/d.db", "XDG_DATA_HOME": "/xdg", "HOME": "/h"}, "/x/d.db"},
		{map[string]string{"XDG_DATA_HOME": "/xdg", "HOME": "/h"}, filepath.Join("/xdg", "psh", "directory.db")},
		{map[string]string{"HOME": "/h"}, filepath.Join("/h", ".local", "share", "psh", "directory.db")},
	}
	for _, tt := range tests {
		if got := DefaultPath(env(tt.env)); got != tt.want {
			t.Errorf("DefaultPath(%v) = %s, want %s", tt.env, got, tt.want)
		}
	}
}

// TestModifyFromStale: a change based on an old snapshot is applied to the
// current record, so the change made in between is kept.
func TestModifyFromStale(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	snap, _ := s.Resolve(ctx, KindMailbox, "Rand Zaher")
	if _, err := modify(t, s, snap.Guid, func(r *Recipient) error { r.CustomAttribute5 = "meanwhile"; return nil }); err != nil {
		t.Fatal(err)
	}
	b, _ := s.Begin(ctx)
	got, err := b.ModifyFrom(ctx, snap, func(r *Recipient) error { r.PopEnabled = false; return nil })
	if err != nil {
		t.Fatal(err)
	}
	b.Commit()
	stored, _ := s.Get(ctx, snap.Guid)
	for _, r := range []*Recipient{got, stored} {
		if r.CustomAttribute5 != "meanwhile" || r.PopEnabled {
			t.Errorf("CustomAttribute5=%q PopEnabled=%v", r.CustomAttribute5, r.PopEnabled)
		}
	}
	if snap.CustomAttribute5 != "" || !snap.PopEnabled {
		t.Error("ModifyFrom changed the caller's snapshot")
	}
	if v, ok := Snapshot(CASMailboxOf(stored)); !ok || v != stored {
		t.Error("Snapshot of a view")
	}
}

// TestModifyUnchanged: a change that leaves the record as it was writes
// nothing (WhenChanged and the version stay, so a piped snapshot is still
// current) and says so with ErrUnchanged; a real change after it works
// from the same snapshot.
func TestModifyUnchanged(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	rand, _ := s.Resolve(ctx, KindMailbox, "Rand Zaher")
	_, err := modify(t, s, rand.Guid, func(r *Recipient) error { r.Department = rand.Department; return nil })
	if !errors.Is(err, ErrUnchanged) {
		t.Fatalf("no-op change: err %v, want ErrUnchanged", err)
	}
	after, _ := s.Get(ctx, rand.Guid)
	if !after.Equal(rand) {
		t.Errorf("no-op change wrote: WhenChanged %v -> %v, version %d -> %d", rand.WhenChanged, after.WhenChanged, rand.version, after.version)
	}
	b, _ := s.Begin(ctx)
	got, err := b.ModifyFrom(ctx, rand, func(r *Recipient) error { r.Department = "Audit"; return nil })
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if err != nil || got.Department != "Audit" || got.version != rand.version+1 {
		t.Errorf("change after the no-op: %v, %+v", err, got)
	}
}
