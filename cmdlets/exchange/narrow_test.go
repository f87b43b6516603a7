package exchange_test

import (
	"path/filepath"
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
