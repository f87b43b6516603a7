package control

// Catalog lists the services pshd hosts by default, as Get-Service shows
// them when no pshd is running (every one Stopped, with its default start
// type). A pshd may host more (the web admin center); a running pshd's own
// list is the truth.
func Catalog() []ServiceInfo {
	return []ServiceInfo{
		{Name: "MSExchangeFrontEndTransport", DisplayName: "Microsoft Exchange Frontend Transport", Status: Stopped, StartType: Automatic},
		{Name: "MSExchangeIMAP4", DisplayName: "Microsoft Exchange IMAP4", Status: Stopped, StartType: Automatic},
		{Name: "MSExchangeIMAP4BE", DisplayName: "Microsoft Exchange IMAP4 Backend", Status: Stopped, StartType: Automatic},
		{Name: "MSExchangePOP3", DisplayName: "Microsoft Exchange POP3", Status: Stopped, StartType: Automatic},
		{Name: "MSExchangePOP3BE", DisplayName: "Microsoft Exchange POP3 Backend", Status: Stopped, StartType: Automatic},
	}
}
