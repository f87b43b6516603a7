package exchange

import (
	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/pipeline"
)

// SetCASMailbox is Set-CASMailbox: it turns client protocols on or off and
// sets the POP3 and IMAP4 options of mailboxes, and (on-premises) the
// display name and addresses Set-Mailbox sets. POP3 and IMAP4 settings
// given for the Administrator mailbox have no effect: a warning says so and
// nothing is stored.
type SetCASMailbox struct {
	writer

	Identity any `param:"Position=0,Mandatory,ValueFromPipeline,ValueFromPipelineByPropertyName,AsText,TypeName=MailboxIdParameter" help:"The mailbox: name, alias, email address, DN, canonical name, GUID, domain\\user or UPN, or an object piped from Get-Mailbox, Get-User or Get-CASMailbox."`

	PopEnabled        bool `param:"" help:"Enables or disables POP3 access."`
	ImapEnabled       bool `param:"" help:"Enables or disables IMAP4 access."`
	OWAEnabled        bool `param:"" help:"Enables or disables Outlook on the web."`
	ActiveSyncEnabled bool `param:"" help:"Enables or disables Exchange ActiveSync."`
	MAPIEnabled       bool `param:"" help:"Enables or disables MAPI clients (Outlook)."`
	EwsEnabled        bool `param:"" help:"Enables or disables Exchange Web Services."`
	ECPEnabled        bool `param:"" help:"Enables or disables the Exchange admin center."`

	MAPIBlockOutlookRpcHttp bool `param:"" help:"Blocks (or with $false allows) Outlook clients that connect with Outlook Anywhere (RPC over HTTP). Default $false."`

	PopUseProtocolDefaults                  bool   `param:"" help:"Use the server's POP3 defaults instead of this mailbox's POP3 settings."`
	PopSuppressReadReceipt                  bool   `param:"" help:"Suppress duplicate read receipts for POP3 clients."`
	PopForceICalForCalendarRetrievalOption  bool   `param:"" help:"Return meeting requests in iCal format to POP3 clients."`
	PopEnableExactRFC822Size                bool   `param:"" help:"Report the exact message size to POP3 clients."`
	PopMessagesRetrievalMimeFormat          string `param:"" help:"The MIME format of messages for POP3 clients (TextOnly, HtmlOnly, HtmlAndTextAlternative, TextEnrichedOnly, TextEnrichedAndTextAlternative, BestBodyFormat, Tnef)."`
	ImapUseProtocolDefaults                 bool   `param:"" help:"Use the server's IMAP4 defaults instead of this mailbox's IMAP4 settings."`
	ImapSuppressReadReceipt                 bool   `param:"" help:"Suppress duplicate read receipts for IMAP4 clients."`
	ImapForceICalForCalendarRetrievalOption bool   `param:"" help:"Return meeting requests in iCal format to IMAP4 clients."`
	ImapEnableExactRFC822Size               bool   `param:"" help:"Report the exact message size to IMAP4 clients."`
	ImapMessagesRetrievalMimeFormat         string `param:"" help:"The MIME format of messages for IMAP4 clients."`

	// -DisplayName, -PrimarySmtpAddress and -EmailAddresses, as Set-Mailbox
	// has them.
	addressParams

	popMime, imapMime directory.MimeTextFormat
}

// SupportsShouldProcess gives Set-CASMailbox -WhatIf and -Confirm.
func (*SetCASMailbox) SupportsShouldProcess() bool { return true }

// protocolParams are the parameters the Administrator rule concerns.
var protocolParams = []string{"PopEnabled", "ImapEnabled", "PopUseProtocolDefaults", "PopSuppressReadReceipt",
	"PopForceICalForCalendarRetrievalOption", "PopEnableExactRFC822Size", "PopMessagesRetrievalMimeFormat",
	"ImapUseProtocolDefaults", "ImapSuppressReadReceipt", "ImapForceICalForCalendarRetrievalOption",
	"ImapEnableExactRFC822Size", "ImapMessagesRetrievalMimeFormat"}

// Begin implements pipeline.Beginner: the MIME formats are checked once.
func (s *SetCASMailbox) Begin(c *pipeline.Context) error {
	for _, m := range []struct {
		name string
		val  string
		out  *directory.MimeTextFormat
	}{{"PopMessagesRetrievalMimeFormat", s.PopMessagesRetrievalMimeFormat, &s.popMime},
		{"ImapMessagesRetrievalMimeFormat", s.ImapMessagesRetrievalMimeFormat, &s.imapMime}} {
		if !c.IsBound(m.name) {
			continue
		}
		f, ok := directory.ParseMimeTextFormat(m.val)
		if !ok {
			return attribute(c, bindError(m.name, m.val, "Unable to match the identifier name "+m.val+" to a valid enumerator name. Specify one of the following enumerator names and try again: TextOnly, HtmlOnly, HtmlAndTextAlternative, TextEnrichedOnly, TextEnrichedAndTextAlternative, BestBodyFormat, Tnef"))
		}
		*m.out = f
	}
	return s.addressParams.begin(c)
}

// Process implements pipeline.Cmdlet.
func (s *SetCASMailbox) Process(c *pipeline.Context) error {
	s.modify(c, directory.KindMailbox, s.Identity, "Set-CASMailbox", func(r *directory.Recipient) error {
		return s.apply(c, r)
	})
	return nil
}

// apply sets the bound parameters on r.
func (s *SetCASMailbox) apply(c *pipeline.Context, r *directory.Recipient) error {
	protocol := false
	for _, p := range protocolParams {
		protocol = protocol || c.IsBound(p)
	}
	skipProtocol := protocol && directory.ProtocolSettingIgnored(r)
	if skipProtocol {
		c.WriteWarning(directory.AdministratorWarning)
	}
	other := false
	set := func(name string, field *bool, v bool, isProtocol bool) {
		if !c.IsBound(name) || (isProtocol && skipProtocol) {
			return
		}
		*field = v
		other = other || !isProtocol
	}
	set("OWAEnabled", &r.OWAEnabled, s.OWAEnabled, false)
	set("ActiveSyncEnabled", &r.ActiveSyncEnabled, s.ActiveSyncEnabled, false)
	set("MAPIEnabled", &r.MAPIEnabled, s.MAPIEnabled, false)
	set("EwsEnabled", &r.EwsEnabled, s.EwsEnabled, false)
	set("ECPEnabled", &r.ECPEnabled, s.ECPEnabled, false)
	set("MAPIBlockOutlookRpcHttp", &r.MAPIBlockOutlookRpcHttp, s.MAPIBlockOutlookRpcHttp, false)
	if s.addressParams.bound(c) {
		s.addressParams.apply(c, r)
		other = true
	}
	set("PopEnabled", &r.PopEnabled, s.PopEnabled, true)
	set("ImapEnabled", &r.ImapEnabled, s.ImapEnabled, true)
	set("PopUseProtocolDefaults", &r.PopUseProtocolDefaults, s.PopUseProtocolDefaults, true)
	set("PopSuppressReadReceipt", &r.PopSuppressReadReceipt, s.PopSuppressReadReceipt, true)
	set("PopForceICalForCalendarRetrievalOption", &r.PopForceICalForCalendarRetrievalOption, s.PopForceICalForCalendarRetrievalOption, true)
	set("PopEnableExactRFC822Size", &r.PopEnableExactRFC822Size, s.PopEnableExactRFC822Size, true)
	set("ImapUseProtocolDefaults", &r.ImapUseProtocolDefaults, s.ImapUseProtocolDefaults, true)
	set("ImapSuppressReadReceipt", &r.ImapSuppressReadReceipt, s.ImapSuppressReadReceipt, true)
	set("ImapForceICalForCalendarRetrievalOption", &r.ImapForceICalForCalendarRetrievalOption, s.ImapForceICalForCalendarRetrievalOption, true)
	set("ImapEnableExactRFC822Size", &r.ImapEnableExactRFC822Size, s.ImapEnableExactRFC822Size, true)
	if !skipProtocol {
		if c.IsBound("PopMessagesRetrievalMimeFormat") {
			r.PopMessagesRetrievalMimeFormat = s.popMime
		}
		if c.IsBound("ImapMessagesRetrievalMimeFormat") {
			r.ImapMessagesRetrievalMimeFormat = s.imapMime
		}
	}
	if skipProtocol && !other {
		return errNoChange
	}
	return nil
}
