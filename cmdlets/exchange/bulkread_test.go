package exchange_test

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/psh-project/psh/directory"
)

// TestSelectNarrowsTheRead: Get-X | Select-Object P reads only what P needs
// (a narrow projection); it must give exactly what the whole objects give,
// for every property of every Get- cmdlet's objects, one at a time and all
// together. ForEach-Object { $_ } in between keeps the whole read.
func TestSelectNarrowsTheRead(t *testing.T) {
	s := newSession(t, filepath.Join(t.TempDir(), "d.db"), directory.WithDemoSize(40, 2))
	s.line(`Set-User 'Rand Zaher' -Department "quote` + "`" + `" back\ é" -Office 'x' | Out-Null`)
	for _, cmd := range []string{"Get-Mailbox", "Get-User", "Get-CASMailbox", "Get-Recipient"} {
		props := strings.Fields(s.line(`(` + cmd + ` -ResultSize 1 -WarningAction SilentlyContinue | Get-Member -MemberType Property | ForEach-Object Name) -join ' '`))
		if len(props) < 10 {
			t.Fatalf("%s: only %d properties", cmd, len(props))
		}
		for _, p := range append(props, strings.Join(props, ",")) {
			got := s.line(cmd + ` -ResultSize Unlimited | Select-Object ` + p + ` | ConvertTo-Json -Compress -Depth 3`)
			want := s.line(cmd + ` -ResultSize Unlimited | ForEach-Object { $_ } | Select-Object ` + p + ` | ConvertTo-Json -Compress -Depth 3`)
			if got != want {
				t.Fatalf("%s | Select-Object %s:\n got %s\nwant %s", cmd, p, got, want)
			}
		}
	}
	// Objects kept whole elsewhere are read whole.
	if got := s.line(`Get-Mailbox -Filter "Name -eq 'Rand Zaher'" -OutVariable m | Select-Object Name | Out-Null; $m[0].Office; Get-Mailbox -Filter "Name -eq 'Rand Zaher'" -PipelineVariable v | Select-Object Name | ForEach-Object { $v.Office }`); got != "x\nx" {
		t.Fatalf("-OutVariable, -PipelineVariable: %q", got)
	}
}

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
