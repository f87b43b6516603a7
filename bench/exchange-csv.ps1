# Issue 14: names and primary addresses of every mailbox as CSV (target <= 3x bench/sqlpeer csv).
Get-Mailbox -ResultSize Unlimited | Select-Object Name,PrimarySmtpAddress | ConvertTo-Csv
