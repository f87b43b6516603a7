# Disable POP3 and IMAP4 access to all mailboxes in the Engineering
# department in Washington state.
Get-User -Filter "RecipientType -eq 'UserMailbox' -and Department -like 'Engineering*' -and StateOrProvince -eq 'WA'" | Set-CasMailbox -PopEnabled $false -ImapEnabled $false

# Verify: the same filter, with Get-CasMailbox instead of Set-CasMailbox.
Get-User -Filter "RecipientType -eq 'UserMailbox' -and Department -like 'Engineering*' -and StateOrProvince -eq 'WA'" | Get-CasMailbox
