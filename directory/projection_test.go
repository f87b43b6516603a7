package directory

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCASViewProjection: the narrow Get-CASMailbox query makes exactly the
// CASMailbox objects the whole records make.
func TestCASViewProjection(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	full, err := s.Query(ctx, Query{Kind: KindMailbox})
	if err != nil {
		t.Fatal(err)
	}
	narrow, err := s.Query(ctx, Query{Kind: KindMailbox, View: ViewCASMailbox})
	if err != nil {
		t.Fatal(err)
	}
	if len(full.Recipients) != len(narrow.Recipients) || len(full.Recipients) == 0 {
		t.Fatalf("%d whole records, %d narrow ones", len(full.Recipients), len(narrow.Recipients))
	}
	for i, r := range full.Recipients {
		want, got := CASMailboxOf(r), CASMailboxOf(narrow.Recipients[i])
		want.rec, got.rec = nil, nil
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(CASMailbox{}, viewHead{}, viewTimes{}, placement{})); diff != "" {
			t.Fatalf("%s: CASMailbox view differs (-whole +narrow):\n%s", r.Identity, diff)
		}
	}
}

// TestModifyFromPartialSnapshot: changing a record piped from the narrow
// query keeps every property the query did not read.
func TestModifyFromPartialSnapshot(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	rand, err := s.Resolve(ctx, KindMailbox, "Rand Zaher")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := modify(t, s, rand.Guid, func(r *Recipient) error { r.CustomAttribute7 = "kept"; return nil }); err != nil {
		t.Fatal(err)
	}
	res, err := s.Query(ctx, Query{Kind: KindMailbox, View: ViewCASMailbox, Filter: compile(t, "Get-CASMailbox", "Name -eq 'Rand Zaher'")})
	if err != nil || len(res.Recipients) != 1 {
		t.Fatalf("query: %v %v", res, err)
	}
	snap, ok := Snapshot(CASMailboxOf(res.Recipients[0]))
	if !ok {
		t.Fatal("no snapshot")
	}
	b, _ := s.Begin(ctx)
	got, err := b.ModifyFrom(ctx, snap, func(r *Recipient) error { r.PopEnabled = false; return nil })
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	after, _ := s.Get(ctx, rand.Guid)
	if after.PopEnabled || after.CustomAttribute7 != "kept" || after.Department != rand.Department ||
		!cmp.Equal(after.EmailAddresses, rand.EmailAddresses) || got.CustomAttribute7 != "kept" {
		t.Errorf("after ModifyFrom: pop=%v ca7=%q dept=%q addrs=%v", after.PopEnabled, after.CustomAttribute7, after.Department, after.EmailAddresses)
	}
}
