// Package mail holds the cmdlets around pshd's mail services:
// Send-MailMessage (PowerShell's), Get-PopSettings, Set-PopSettings,
// Get-ImapSettings, Set-ImapSettings, Get-MailboxStatistics,
// Test-PopConnectivity and Test-ImapConnectivity (Exchange's). Settings and
// statistics are read from the message store beside the directory file
// (mailstore.PathFor), the same file pshd uses; settings take effect when
// the services restart, as in Exchange.
package mail
