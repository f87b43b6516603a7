package exchange_test

import (
	"context"
	"testing"
)

// BenchmarkSetCASMailbox is the task's bulk update through the cmdlets:
// every mailbox of the demo organization piped from Get-CASMailbox, its
// POP3 setting flipped (changed) or set as it is (no-op, warned about).
func BenchmarkSetCASMailbox(b *testing.B) {
	for _, bc := range []struct{ name, script string }{
		{"changed", `Get-CASMailbox -ResultSize Unlimited | Set-CASMailbox -PopEnabled $flip -WarningAction SilentlyContinue; $flip = -not $flip`},
		{"no-op", `Get-CASMailbox -ResultSize Unlimited | Set-CASMailbox -OWAEnabled $true -WarningAction SilentlyContinue`},
	} {
		b.Run(bc.name, func(b *testing.B) {
			s, _ := demoSession(b)
			s.line(`$flip = $false; @(Get-CASMailbox -ResultSize Unlimited).Count | Out-Null`)
			for b.Loop() {
				if err := s.sh.Run(context.Background(), bc.script); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
