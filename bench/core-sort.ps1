# Sort-Object of 1,000,000 integers (issue 3 target: <= 1.5 s).
# Measure-Command runs its block in the current scope, as in PowerShell.
$xs = foreach ($i in 1..1000000) { ($i * 7919) % 1000003 }
$t = Measure-Command { $sorted = $xs | Sort-Object }
"sort: $([math]::Round($t.TotalSeconds, 3)) s, first $($sorted[0]), last $($sorted[-1])"
