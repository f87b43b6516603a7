# Issue 5 benchmark 3: count mailboxes with POP3 and IMAP4 off (target <= 0.3 s).
(Get-CasMailbox -ResultSize unlimited -Filter "PopEnabled -eq `$false -and ImapEnabled -eq `$false").Count
