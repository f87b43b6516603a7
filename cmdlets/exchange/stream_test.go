package exchange_test

import (
	"path/filepath"
	"strconv"
	"testing"

	"github.com/psh-project/psh/directory"
)

// TestQueryStreamsAndStops: an unlimited query read page by page gives the
// objects of the whole read, in order; Select-Object -First stops it; and
// mailboxes a pipeline creates from the objects it reads are not read
// again (the query ends at the highest id there was when it began).
func TestQueryStreamsAndStops(t *testing.T) {
	s := newSession(t, filepath.Join(t.TempDir(), "d.db"), directory.WithDemoSize(300, 1))
	all := s.line(`(Get-Mailbox -ResultSize Unlimited | ForEach-Object Name) -join ','`)
	first := s.line(`(Get-Mailbox -ResultSize Unlimited | Select-Object -First 3 | ForEach-Object Name) -join ','`)
	if want := s.line(`((Get-Mailbox -ResultSize Unlimited)[0..2] | ForEach-Object Name) -join ','`); first != want || len(first) == 0 {
		t.Fatalf("first three %q, want %q", first, want)
	}
	before := s.line(`(Get-Mailbox -ResultSize Unlimited).Count`)
	if n, _ := strconv.Atoi(before); n <= 256 {
		t.Fatalf("%d mailboxes: the test needs more than one page", n)
	}
	created := s.line(`$i = 0; (Get-Mailbox -ResultSize Unlimited | ForEach-Object { $i++; New-Mailbox -Shared -Name "Copy $i" } | Measure-Object).Count`)
	if created != before {
		t.Fatalf("created %s mailboxes from %s", created, before)
	}
	if again := s.line(`(Get-Mailbox -ResultSize Unlimited | Select-Object -First ` + before + ` | ForEach-Object Name) -join ','`); again != all {
		t.Fatalf("the first %s mailboxes changed:\n%s\n%s", before, again, all)
	}
}
