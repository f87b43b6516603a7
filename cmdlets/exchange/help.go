package exchange

import "github.com/psh-project/psh/pipeline"

var (
	getMailboxHelp = &pipeline.Help{Synopsis: "Returns mailboxes.",
		Examples: []pipeline.Example{{Code: `Get-Mailbox -OrganizationalUnit "OU=Marketing,OU=North America,DC=contoso,DC=com" -Filter "RecipientTypeDetails -eq 'UserMailbox'" -ResultSize Unlimited`, Remarks: "The user mailboxes of one OU."}}}
	getUserHelp = &pipeline.Help{Synopsis: "Returns user accounts, with or without a mailbox.",
		Examples: []pipeline.Example{{Code: `Get-User -Filter "RecipientType -eq 'UserMailbox' -and Department -like 'Engineering*' -and StateOrProvince -eq 'WA'"`, Remarks: "Mailbox users of the Engineering departments in Washington state."}}}
	getCASMailboxHelp = &pipeline.Help{Synopsis: "Returns the client-access settings (POP3, IMAP4, OWA, ActiveSync, MAPI, EWS) of mailboxes.",
		Examples: []pipeline.Example{{Code: "Get-CasMailbox -ResultSize unlimited -Filter \"PopEnabled -eq `$false -and ImapEnabled -eq `$false\"", Remarks: "Every mailbox with POP3 and IMAP4 disabled."}}}
	getRecipientHelp  = &pipeline.Help{Synopsis: "Returns mail-enabled objects: mailboxes and mail users."}
	setCASMailboxHelp = &pipeline.Help{Synopsis: "Changes the client-access settings of mailboxes.",
		Description: "POP3 and IMAP4 can't be used with the Administrator mailbox: such settings write a warning and are not saved. " +
			"-DisplayName, -PrimarySmtpAddress and -EmailAddresses work as in Set-Mailbox.",
		Examples: []pipeline.Example{{Code: `Set-CasMailbox -Identity "Rand Zaher" -PopEnabled $false -ImapEnabled $false`, Remarks: "Disables POP3 and IMAP4 for one mailbox."},
			{Code: `Set-CASMailbox tony@contoso.com -DisplayName "Tony Smith" -MAPIBlockOutlookRpcHttp $true`, Remarks: "Sets the display name and blocks Outlook Anywhere for one mailbox."}}}
	setUserHelp        = &pipeline.Help{Synopsis: "Changes the account and address-book properties of users."}
	setMailboxHelp     = &pipeline.Help{Synopsis: "Changes mailbox properties: display name, alias, email addresses, address-list visibility, custom attributes."}
	newMailboxHelp     = &pipeline.Help{Synopsis: "Creates a user (or, with -Shared, a shared) mailbox."}
	removeMailboxHelp  = &pipeline.Help{Synopsis: "Removes mailboxes and their user accounts."}
	enableMailboxHelp  = &pipeline.Help{Synopsis: "Gives existing users a mailbox."}
	disableMailboxHelp = &pipeline.Help{Synopsis: "Removes the mailbox of users, leaving plain user accounts."}
	getOUHelp          = &pipeline.Help{Synopsis: "Returns organizational units."}
	newOUHelp          = &pipeline.Help{Synopsis: "Creates an organizational unit under -Path (a DN or canonical name)."}
	newDemoHelp        = &pipeline.Help{Synopsis: "Replaces the directory with the demo contoso.com organization (-Users N -Seed S)."}
)
