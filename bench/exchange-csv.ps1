# Issue 14: names and primary addresses of every mailbox to CSV (target <= 3x bench/sqlpeer csv).
Get-Mailbox -ResultSize Unlimited | Select-Object Name,PrimarySmtpAddress | Export-Csv ([System.IO.Path]::GetTempPath() + 'psh-bench.csv')
