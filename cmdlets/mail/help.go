package mail

import "github.com/psh-project/psh/pipeline"

var (
	sendMailHelp = &pipeline.Help{Synopsis: "Sends an email message through an SMTP server (pshd's MSExchangeFrontEndTransport, or $PSEmailServer).",
		Examples: []pipeline.Example{{Code: `Send-MailMessage -To rzaher@contoso.com -From admin@contoso.com -Subject Hello -Body "Welcome." -SmtpServer localhost -Port 2525`, Remarks: "Delivers a message to Rand Zaher's mailbox."}}}
	getPopHelp   = &pipeline.Help{Synopsis: "Returns the POP3 service settings."}
	setPopHelp   = &pipeline.Help{Synopsis: "Changes the POP3 service settings; they take effect when MSExchangePOP3 and MSExchangePOP3BE restart."}
	getImapHelp  = &pipeline.Help{Synopsis: "Returns the IMAP4 service settings."}
	setImapHelp  = &pipeline.Help{Synopsis: "Changes the IMAP4 service settings; they take effect when MSExchangeIMAP4 and MSExchangeIMAP4BE restart."}
	getStatsHelp = &pipeline.Help{Synopsis: "Returns the item count, total size and last POP3/IMAP4 logon time of mailboxes.",
		Examples: []pipeline.Example{{Code: `Get-Mailbox -OrganizationalUnit "North America" | Get-MailboxStatistics`, Remarks: "Statistics of the mailboxes of one OU."}}}
	testPopHelp  = &pipeline.Help{Synopsis: "Logs in to the POP3 service as a mailbox, lists the mailbox and reports Result, Latency and Error."}
	testImapHelp = &pipeline.Help{Synopsis: "Logs in to the IMAP4 service as a mailbox, lists the mailbox and reports Result, Latency and Error."}
)
