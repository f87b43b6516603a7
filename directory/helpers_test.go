package directory

import (
	"context"
	"testing"
	"time"

	"github.com/psh-project/psh/filter"
)

// testClock is a fixed clock for deterministic WhenChanged values.
func testClock() time.Time { return time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC) }

// demoStore opens an in-memory demo directory.
func demoStore(t testing.TB, opts ...Option) Store {
	t.Helper()
	s, err := Open(":memory:", append([]Option{WithClock(testClock)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// compile compiles an OPATH filter for cmdlet or fails the test.
func compile(t testing.TB, cmdlet, text string) *filter.Program {
	t.Helper()
	p, err := filter.Compile(text, FilterSchema(cmdlet))
	if err != nil {
		t.Fatalf("compile %q: %v", text, err)
	}
	return p
}

// names returns the Name of each recipient.
func names(rs []*Recipient) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Name)
	}
	return out
}

// all returns every recipient of kind.
func all(t testing.TB, s Store, kind Kind) []*Recipient {
	t.Helper()
	res, err := s.Query(context.Background(), Query{Kind: kind})
	if err != nil {
		t.Fatal(err)
	}
	return res.Recipients
}

// modify changes one object in its own batch.
func modify(t testing.TB, s Store, g Guid, fn func(r *Recipient) error) (*Recipient, error) {
	t.Helper()
	ctx := context.Background()
	b, err := s.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	r, merr := b.Modify(ctx, g, fn)
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	return r, merr
}
