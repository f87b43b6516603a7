package directory

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/psh-project/psh/filter"
)

// The task's filters (pop3-imap4-mailbox-access.md).
const (
	taskUserFilter = "RecipientType -eq 'UserMailbox' -and Department -like 'Engineering*' -and StateOrProvince -eq 'WA'"
	taskCASFilter  = "PopEnabled -eq $false -and ImapEnabled -eq $false"
)

// bigDirectory opens a file directory seeded with 100,000 recipients, built
// once per benchmark binary run and copied per call.
func bigDirectory(b *testing.B, dir string) (Store, string) {
	b.Helper()
	path := filepath.Join(dir, "big.db")
	s, err := Open(path, WithNewDirectory(NewEmpty))
	if err != nil {
		b.Fatal(err)
	}
	if err := Seed(context.Background(), s, 100000, 7); err != nil {
		b.Fatal(err)
	}
	return s, path
}

func BenchmarkSeed100k(b *testing.B) {
	dir := b.TempDir()
	s, err := Open(filepath.Join(dir, "seed.db"), WithNewDirectory(NewEmpty))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for b.Loop() {
		if err := Seed(context.Background(), s, 100000, 7); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTaskFilterQuery100k(b *testing.B) {
	s, _ := bigDirectory(b, b.TempDir())
	defer s.Close()
	p, err := filter.Compile(taskUserFilter, FilterSchema("Get-User"))
	if err != nil {
		b.Fatal(err)
	}
	var n int
	for b.Loop() {
		res, err := s.Query(context.Background(), Query{Kind: KindUser, Filter: p})
		if err != nil {
			b.Fatal(err)
		}
		n = len(res.Recipients)
	}
	b.ReportMetric(float64(n), "matches")
}

// BenchmarkTaskBulkUpdate100k is the task's
// Get-User -Filter ... | Set-CasMailbox -PopEnabled $false -ImapEnabled $false
// at the store level: query, then one ModifyFrom per piped match in a batch.
func BenchmarkTaskBulkUpdate100k(b *testing.B) {
	s, _ := bigDirectory(b, b.TempDir())
	defer s.Close()
	ctx := context.Background()
	p, _ := filter.Compile(taskUserFilter, FilterSchema("Get-User"))
	flip := false
	var n int
	for b.Loop() {
		res, err := s.Query(ctx, Query{Kind: KindUser, Filter: p})
		if err != nil {
			b.Fatal(err)
		}
		batch, err := s.Begin(ctx)
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range res.Recipients {
			snap, _ := Snapshot(UserOf(r)) // what Set-CASMailbox gets from the pipe
			if _, err := batch.ModifyFrom(ctx, snap, func(r *Recipient) error {
				r.PopEnabled, r.ImapEnabled = flip, flip
				return nil
			}); err != nil {
				b.Fatal(err)
			}
		}
		if err := batch.Commit(); err != nil {
			b.Fatal(err)
		}
		flip = !flip
		n = len(res.Recipients)
	}
	b.ReportMetric(float64(n), "objects")
}

func BenchmarkCASCountQuery100k(b *testing.B) {
	s, _ := bigDirectory(b, b.TempDir())
	defer s.Close()
	ctx := context.Background()
	p, _ := filter.Compile(taskUserFilter, FilterSchema("Get-User"))
	res, _ := s.Query(ctx, Query{Kind: KindUser, Filter: p})
	batch, _ := s.Begin(ctx)
	for _, r := range res.Recipients {
		batch.Modify(ctx, r.Guid, func(r *Recipient) error { r.PopEnabled, r.ImapEnabled = false, false; return nil })
	}
	batch.Commit()
	cas, err := filter.Compile(taskCASFilter, FilterSchema("Get-CASMailbox"))
	if err != nil {
		b.Fatal(err)
	}
	var n int
	for b.Loop() {
		res, err := s.Query(ctx, Query{Kind: KindMailbox, Filter: cas, View: ViewCASMailbox})
		if err != nil {
			b.Fatal(err)
		}
		n = len(res.Recipients)
	}
	b.ReportMetric(float64(n), "matches")
}

// BenchmarkOpenResolve100k is Get-Mailbox "Rand Zaher" in a fresh process:
// open an existing 100,000-recipient file and resolve one name.
func BenchmarkOpenResolve100k(b *testing.B) {
	s, path := bigDirectory(b, b.TempDir())
	s.Close()
	ctx := context.Background()
	for b.Loop() {
		s, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Resolve(ctx, KindMailbox, "Rand Zaher"); err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}
