package mailstore

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

func TestDeliverListDeleteKeepsUIDs(t *testing.T) {
	ctx := context.Background()
	s, err := Open(filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	now := time.Now()
	for i := 1; i <= 3; i++ {
		uid, err := s.Deliver(ctx, "g1", []byte("Subject: x\r\n\r\nbody\r\n"), nil, now)
		if err != nil || uid != uint32(i) {
			t.Fatalf("Deliver %d = %d, %v", i, uid, err)
		}
	}
	if err := s.Delete(ctx, "g1", []uint32{3}); err != nil {
		t.Fatal(err)
	}
	// A deleted UID is never given again (RFC 3501 2.3.1.1).
	if uid, _ := s.Deliver(ctx, "g1", []byte("x"), []string{`\Seen`}, now); uid != 4 {
		t.Errorf("UID after delete = %d, want 4", uid)
	}
	list, err := s.List(ctx, "g1")
	if err != nil {
		t.Fatal(err)
	}
	var uids []uint32
	for _, m := range list {
		uids = append(uids, m.UID)
	}
	if !slices.Equal(uids, []uint32{1, 2, 4}) || !slices.Equal(list[2].Flags, []string{`\Seen`}) {
		t.Errorf("List = %+v", list)
	}
	in, err := s.Info(ctx, "g1")
	if err != nil || in.Count != 3 || in.UIDNext != 5 || in.Size != 2*20+1 || !in.LastLogon.IsZero() {
		t.Errorf("Info = %+v, %v", in, err)
	}
	if _, err := s.Body(ctx, "g1", 3); err != ErrNoMessage {
		t.Errorf("Body of a deleted message: %v", err)
	}
	if other, _ := s.List(ctx, "g2"); len(other) != 0 {
		t.Errorf("another mailbox sees %d messages", len(other))
	}
}

func TestSettingsDefaultsAndSave(t *testing.T) {
	ctx := context.Background()
	s, err := Open(filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, err := s.PopSettings(ctx)
	if err != nil || p.LoginType != SecureLogin || p.SSLBindings[1] != "0.0.0.0:995" {
		t.Fatalf("defaults = %+v, %v", p, err)
	}
	p.LoginType, p.UnencryptedOrTLSBindings = PlainTextLogin, []string{"127.0.0.1:1110"}
	if err := s.SaveSettings(ctx, PopSettingsName, p); err != nil {
		t.Fatal(err)
	}
	q, _ := s.PopSettings(ctx)
	if q.LoginType != PlainTextLogin || !slices.Equal(q.UnencryptedOrTLSBindings, []string{"127.0.0.1:1110"}) {
		t.Errorf("saved = %+v", q)
	}
	if i, _ := s.ImapSettings(ctx); i.LoginType != SecureLogin {
		t.Errorf("IMAP4 settings changed with POP3's: %+v", i)
	}
}

func TestPathFor(t *testing.T) {
	if got := PathFor("/var/lib/psh/directory.db"); got != "/var/lib/psh/directory.mail.db" {
		t.Errorf("PathFor = %q", got)
	}
}
