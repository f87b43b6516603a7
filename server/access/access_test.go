package access

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/psh-project/psh/directory"
)

func testDirectory(t testing.TB) (*Directory, directory.Store) {
	t.Helper()
	st, err := directory.Open(filepath.Join(t.TempDir(), "d.db"), directory.WithNewDirectory(directory.NewEmpty))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ctx := context.Background()
	if err := directory.Seed(ctx, st, 40, 1); err != nil {
		t.Fatal(err)
	}
	b, err := st.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Rand Zaher", "Administrator"} {
		r, err := st.Resolve(ctx, directory.KindMailbox, name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := b.Modify(ctx, r.Guid, func(r *directory.Recipient) error { return r.SetPassword([]byte("pw")) }); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	return New(st), st
}

func TestLoginRules(t *testing.T) {
	d, st := testDirectory(t)
	ctx := context.Background()
	const rand = "contoso.com/North America/Finance/Rand Zaher"
	for _, tc := range []struct {
		p          Protocol
		user, pass string
		reason     string // "" = accepted
	}{
		{POP3, "rzaher", "pw", ""},
		{IMAP4, "rzaher@contoso.com", "pw", ""},
		{POP3, `contoso\rzaher`, "pw", ""},
		{POP3, `CONTOSO.COM\rzaher`, "pw", ""},
		{POP3, `fabrikam\rzaher`, "pw", `the domain "fabrikam" of "fabrikam\\rzaher" is not this organization's`},
		{POP3, "rand.zaher@contoso.com", "pw", "no mailbox has the login name rand.zaher@contoso.com (use the UPN, primary SMTP address, domain\\alias or alias)"},
		{POP3, "rzaher", "bad", "wrong password for " + rand},
		{POP3, "nobody", "pw", "no mailbox is named nobody"},
		{POP3, "", "pw", "empty login name"},
		{POP3, "Administrator", "pw", "the Administrator mailbox can't use POP3 or IMAP4"},
		{IMAP4, "administrator@contoso.com", "pw", "the Administrator mailbox can't use POP3 or IMAP4"},
	} {
		r, err := d.Login(ctx, tc.p, tc.user, []byte(tc.pass))
		var ref *Refusal
		switch {
		case tc.reason == "" && (err != nil || r == nil):
			t.Errorf("%v %q: refused: %v", tc.p, tc.user, err)
		case tc.reason != "" && (!errors.As(err, &ref) || ref.Reason != tc.reason):
			t.Errorf("%v %q: got %v, want reason %q", tc.p, tc.user, err, tc.reason)
		}
	}
	// A flag change is seen by the next login, with no restart or cache.
	b, _ := st.Begin(ctx)
	r, _ := st.Resolve(ctx, directory.KindMailbox, "Rand Zaher")
	b.Modify(ctx, r.Guid, func(r *directory.Recipient) error { r.PopEnabled = false; return nil })
	b.Commit()
	_, err := d.Login(ctx, POP3, "rzaher", []byte("pw"))
	var ref *Refusal
	if !errors.As(err, &ref) || ref.Reason != "PopEnabled is False for "+rand {
		t.Errorf("after PopEnabled=false: %v", err)
	}
	if _, err := d.Login(ctx, IMAP4, "rzaher", []byte("pw")); err != nil {
		t.Errorf("IMAP4 must still log in: %v", err)
	}
}

func TestMailboxForDelivery(t *testing.T) {
	d, _ := testDirectory(t)
	ctx := context.Background()
	for addr, want := range map[string]bool{"rzaher@contoso.com": true, "rand.zaher@contoso.com": true, "RZAHER@contoso.com": true, "nobody@contoso.com": false, "rzaher": false} {
		r, err := d.Mailbox(ctx, addr)
		if err != nil || (r != nil) != want {
			t.Errorf("Mailbox(%q) = %v, %v; want found=%v", addr, r, err, want)
		}
	}
}

// BenchmarkFlagChangeSeenByNextLogin measures a Set-CASMailbox-style
// commit followed by the next login's directory read, which must see it
// (the password check, bcrypt, is left out: it costs the same either way).
func BenchmarkFlagChangeSeenByNextLogin(b *testing.B) {
	d, st := testDirectory(b)
	ctx := context.Background()
	r, _ := st.Resolve(ctx, directory.KindMailbox, "Rand Zaher")
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		want := i%2 == 0
		batch, _ := st.Begin(ctx)
		batch.Modify(ctx, r.Guid, func(r *directory.Recipient) error { r.PopEnabled = want; return nil })
		batch.Commit()
		got, _, err := d.find(ctx, "rzaher")
		if err != nil || got.PopEnabled != want {
			b.Fatalf("the login read PopEnabled=%v, want %v (%v)", got.PopEnabled, want, err)
		}
	}
}
