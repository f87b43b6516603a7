# Disable POP3 and IMAP4 access to the mailboxes listed in Accounts.txt (one
# identity a line). The page reads "C:\My Documents\Accounts.txt"; this
# script reads the file next to it.
# ($PSScriptRoot is empty in psh for now: fall back to the repository path.)
Set-Location $(if ($PSScriptRoot) { $PSScriptRoot } else { "examples/pop3-imap4" })
Get-Content "Accounts.txt" | foreach {Set-CASMailbox $_ -PopEnabled $false -ImapEnabled $false}

# Verify each mailbox of the list.
Get-Content "Accounts.txt" | foreach {Get-CasMailbox $_}
