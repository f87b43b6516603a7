package directory

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPackedReadIsTheColumnRead: the bulk query, which reads each row as one
// packed value in pages, yields exactly the records the one-row read (a
// column each) yields, for every object, including text that JSON must
// escape; and in the same order as the ids.
func TestPackedReadIsTheColumnRead(t *testing.T) {
	s := demoStore(t, WithDemoSize(1400, 3)) // more than the first two pages
	ctx := context.Background()
	odd := "quote\" backslash\\ slash/ nl\n tab\t ctl\x01\x1f é 😀 \u2028"
	rs := all(t, s, KindUser)
	// Written behind the validation layer, as another program could: the
	// read must still give back exactly what is stored.
	res, err := s.(*sqliteStore).db.ExecContext(ctx,
		`UPDATE recipients SET department = ?, custom_attribute7 = ?, phone = ? WHERE guid = ?`,
		odd, "[1,2]", "null", rs[3].Guid.String())
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		t.Fatalf("the odd values went to %d rows, want 1", n)
	}
	for _, kind := range []Kind{KindUser, KindMailbox, KindRecipient} {
		got := all(t, s, kind)
		if kind == KindUser && len(got) <= firstPage+firstPage*4 {
			t.Fatalf("only %d users: the test needs several pages", len(got))
		}
		for i, r := range got {
			if i > 0 && got[i-1].rowid >= r.rowid {
				t.Fatalf("not in creation order at %d", i)
			}
			want, err := s.Get(ctx, r.Guid)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, r, cmp.AllowUnexported(Recipient{})); diff != "" {
				t.Fatalf("%s: packed read differs (-columns +packed):\n%s", r.Identity, diff)
			}
		}
	}
	if r, _ := s.Get(ctx, rs[3].Guid); r.Department != odd {
		t.Fatalf("department %q", r.Department)
	}
}

// TestQueryEachStops: a consumer's error ends the query at once and is
// returned; the objects before it arrive in order.
func TestQueryEachStops(t *testing.T) {
	s := demoStore(t, WithDemoSize(700, 3))
	ctx := context.Background()
	enough := errors.New("enough")
	var got []string
	_, err := s.(*sqliteStore).QueryEach(ctx, Query{Kind: KindUser}, func(r *Recipient) error {
		got = append(got, r.Name)
		if len(got) == 3 {
			return enough
		}
		return nil
	})
	if err != enough {
		t.Fatalf("err %v", err)
	}
	if want := names(all(t, s, KindUser)[:3]); !cmp.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func TestUnpackRow(t *testing.T) {
	vals := make([]any, 6)
	if err := unpackRow(`["a\"b\\c\/\n\t\u0001\ud83d\ude00",null,12,-3,1.5,""]`, vals); err != nil {
		t.Fatal(err)
	}
	want := []any{"a\"b\\c/\n\t\x01😀", nil, int64(12), int64(-3), 1.5, ""}
	if !cmp.Equal(vals, want) {
		t.Fatalf("got %#v", vals)
	}
	for _, bad := range []string{``, `[`, `["a"`, `["a",1]`, `[1,2,3,4,5,6,7]`, `["\x"]`, `[nul,1,1,1,1,1]`, `[x,1,1,1,1,1]`, `["\u12"]`} {
		if err := unpackRow(bad, vals); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
