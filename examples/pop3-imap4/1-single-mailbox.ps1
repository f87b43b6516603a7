# Enable or disable POP3 or IMAP4 access to a single mailbox
# (pop3-imap4-mailbox-access.md). Run: go run ./cmd/psh examples/pop3-imap4/1-single-mailbox.ps1

# This example disables POP3 and IMAP4 access to the mailbox named Rand Zaher.
Set-CasMailbox -Identity "Rand Zaher" -PopEnabled $false -ImapEnabled $false
# Verify:
Get-CasMailbox -Identity "Rand Zaher"

# This example enables POP3 and IMAP4 access to the mailbox named Rand Zaher.
Set-CasMailbox -Identity "Rand Zaher" -POPEnabled $true -ImapEnabled $true
# Verify:
Get-CasMailbox -Identity "Rand Zaher"
