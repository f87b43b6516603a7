package exchange_test

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/psh-project/psh/directory"
)

// BenchmarkBulkToggle is the bulk Set-CASMailbox of every mailbox of a
// 5,000-user directory through the shell, as the Administrator: with the
// admin audit log on (every change scope-checked and recorded) and off.
// The 100,000-user version is bench/exchange-toggle.ps1 (bench/run.sh).
func BenchmarkBulkToggle(b *testing.B) {
	for _, audit := range []string{"on", "off"} {
		b.Run("audit-"+audit, func(b *testing.B) {
			s := newSession(b, filepath.Join(b.TempDir(), "d.db"), directory.WithDemoSize(5000, 7))
			s.line("$null = Get-AdminAuditLogConfig") // opens (and fills) the directory before timing
			if audit == "off" {
				s.line("Set-AdminAuditLogConfig -AdminAuditLogEnabled $false")
			}
			s.line("$on = $true")
			start := cpuTime()
			for b.Loop() {
				s.run("$on = -not $on; Get-CASMailbox -ResultSize Unlimited | Set-CASMailbox -PopEnabled $on -WarningAction SilentlyContinue")
			}
			// CPU time is steadier than wall time on a loaded machine.
			b.ReportMetric(float64((cpuTime()-start).Milliseconds())/float64(b.N), "cpu-ms/op")
		})
	}
}

// cpuTime is the user and system CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
