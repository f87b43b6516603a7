# Issue 5 benchmark 2: disable POP3 and IMAP4 for Engineering* users in WA (target <= 1 s).
Get-User -ResultSize Unlimited -Filter "RecipientType -eq 'UserMailbox' -and Department -like 'Engineering*' -and StateOrProvince -eq 'WA'" | Set-CasMailbox -PopEnabled $false -ImapEnabled $false
