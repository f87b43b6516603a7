package directory

import (
	"context"
	"fmt"
	"strconv"
	"testing"
)

// auditedJob keeps setting CustomAttribute4 of the mailboxes, round after
// round, to a counter, in batches of 50, with an Invocation in the context
// whose parameter carries the same counter (so each change writes an audit
// record naming its value). It says "committed" after the first commit and
// goes on until it is killed.
func auditedJob(path string) error {
	s, err := Open(path, WithBatchSize(50))
	if err != nil {
		return err
	}
	rs := all(nopTB{}, s, KindMailbox)
	b, err := s.Begin(context.Background())
	if err != nil {
		return err
	}
	for i := 0; ; i++ {
		v := strconv.Itoa(i)
		ctx := WithInvocation(context.Background(), &Invocation{Caller: "contoso.com/Users/Administrator",
			Cmdlet: "Set-Mailbox", Parameters: []AuditParameter{{Name: "CustomAttribute4", Value: v}}})
		if _, err := b.Modify(ctx, rs[i%len(rs)].Guid, func(r *Recipient) error { r.CustomAttribute4 = v; return nil }); err != nil {
			return err
		}
		if i == 60 {
			fmt.Println("committed")
		}
	}
}

// TestKilledChangeLeavesNeitherChangeNorRecord kills a child in the middle
// of an audited bulk change: each mailbox's stored value is the value of
// its newest audit record, and no record names a value that was lost — a
// change and its record commit together or not at all.
func TestKilledChangeLeavesNeitherChangeNorRecord(t *testing.T) {
	path := t.TempDir() + "/dir.db"
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	killAfterCommit(t, "audited", path)

	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	recs, err := s.(RoleStore).SearchAdminAuditLog(context.Background(), AuditQuery{})
	if err != nil {
		t.Fatal(err)
	}
	newest := map[string]string{} // object -> value of its newest record
	for _, rec := range recs {    // newest first
		if _, seen := newest[rec.ObjectModified]; !seen {
			newest[rec.ObjectModified] = rec.CmdletParameters[0].Value
		}
	}
	changed := 0
	for _, r := range all(t, s, KindMailbox) {
		if r.CustomAttribute4 != "" {
			changed++
		}
		if got := newest[r.Identity]; got != r.CustomAttribute4 {
			t.Errorf("%s: stored %q, newest audit record says %q", r.Identity, r.CustomAttribute4, got)
		}
	}
	if changed < 50 {
		t.Errorf("only %d changes survived; the first batch of 50 was committed", changed)
	}
}
