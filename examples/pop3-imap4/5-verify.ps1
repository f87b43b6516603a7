# How do you know this worked? Show every mailbox where POP3 and IMAP4
# access is disabled.
Get-CasMailbox -ResultSize unlimited -Filter "PopEnabled -eq `$false -and ImapEnabled -eq `$false"
