package exchange_test

import (
	"context"
	"testing"

	"github.com/psh-project/psh/directory"
)

// TestSetMailboxPassword: Set-Mailbox -Password stores a hash the directory
// checks, so the admin center can sign the Administrator in.
func TestSetMailboxPassword(t *testing.T) {
	s, path := demoSession(t)
	s.run(`Set-Mailbox Administrator -Password (ConvertTo-SecureString 'Pa55w.rd' -AsPlainText -Force)`)
	st, err := directory.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r, err := st.Resolve(context.Background(), directory.KindUser, "Administrator")
	if err != nil {
		t.Fatal(err)
	}
	if !r.CheckPassword([]byte("Pa55w.rd")) || r.CheckPassword([]byte("wrong")) {
		t.Fatalf("stored password does not check: has=%v", r.HasPassword())
	}
	if _, stderr := s.run(`Set-Mailbox Administrator -Password ''`); stderr == "" {
		t.Fatal("an empty password was accepted")
	}
}
