package service

import "github.com/psh-project/psh/pipeline"

var (
	getServiceHelp = &pipeline.Help{Synopsis: "Returns pshd's services (the POP3 and IMAP4 front and back ends, the SMTP receive service) with their status and start type.",
		Description: "With no pshd running, every service is listed as Stopped.",
		Examples: []pipeline.Example{{Code: "Get-Service MSExchangePOP3; Get-Service MSExchangePOP3BE; Get-Service MSExchangeIMAP4; Get-Service MSExchangeIMAP4BE", Remarks: "Verifies the POP3 and IMAP4 services after a restart."},
			{Code: "Get-Service *POP*", Remarks: "Services whose name contains POP."}}}
	startServiceHelp = &pipeline.Help{Synopsis: "Starts pshd services.",
		Description: "pshd itself must be running: start it with pshd -Directory PATH (or systemctl start pshd)."}
	stopServiceHelp    = &pipeline.Help{Synopsis: "Stops pshd services; their open sessions end."}
	restartServiceHelp = &pipeline.Help{Synopsis: "Restarts pshd services: open sessions end and the service reads its settings (Set-PopSettings, Set-ImapSettings) again.",
		Examples: []pipeline.Example{{Code: "Restart-Service MSExchangePOP3; Restart-Service MSExchangePOP3BE", Remarks: "Restarts the POP3 services."}}}
	setServiceHelp = &pipeline.Help{Synopsis: "Changes the start type of a pshd service (Automatic, Manual, Disabled)."}
)
