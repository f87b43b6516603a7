# Disable POP3 and IMAP4 access to the mailboxes listed in Accounts.txt (one
# identity a line). The page reads "C:\My Documents\Accounts.txt"; this
# script reads the file next to it, from any working directory.
Get-Content "$PSScriptRoot/Accounts.txt" | foreach {Set-CASMailbox $_ -PopEnabled $false -ImapEnabled $false}

# Verify each mailbox of the list.
Get-Content "$PSScriptRoot/Accounts.txt" | foreach {Get-CasMailbox $_}
