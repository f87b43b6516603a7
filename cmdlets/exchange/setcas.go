package exchange

import (
	"reflect"
	"strings"
	"sync"

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

	settings []casSetting // the bound settings, from Begin
	protocol bool         // a POP3 or IMAP4 setting is bound
}

// SupportsShouldProcess gives Set-CASMailbox -WhatIf and -Confirm.
func (*SetCASMailbox) SupportsShouldProcess() bool { return true }

// casParam is a setting parameter of Set-CASMailbox: a field of
// SetCASMailbox and the directory.Recipient field of the same name that it
// sets, so each setting is named once, by its field.
type casParam struct {
	name     string
	param    int   // field index in SetCASMailbox
	field    []int // field index path in directory.Recipient (its fields may be promoted from embedded groups)
	mime     bool  // a MIME format, given as text
	protocol bool  // a POP3 or IMAP4 setting: the Administrator rule applies
}

// casParams lists the setting parameters: every bool field of
// SetCASMailbox with a bool Recipient field of the same name, and every
// string field with a MimeTextFormat one. It is built once.
var casParams = sync.OnceValue(func() []casParam {
	var out []casParam
	st, rt := reflect.TypeFor[SetCASMailbox](), reflect.TypeFor[directory.Recipient]()
	mimeType := reflect.TypeFor[directory.MimeTextFormat]()
	for i := range st.NumField() {
		f := st.Field(i)
		rf, ok := rt.FieldByName(f.Name)
		if f.Anonymous || !f.IsExported() || !ok {
			continue
		}
		mime := f.Type.Kind() == reflect.String && rf.Type == mimeType
		if !mime && (f.Type.Kind() != reflect.Bool || rf.Type.Kind() != reflect.Bool) {
			continue
		}
		out = append(out, casParam{name: f.Name, param: i, field: rf.Index, mime: mime,
			protocol: strings.HasPrefix(f.Name, "Pop") || strings.HasPrefix(f.Name, "Imap")})
	}
	return out
})

// casSetting is a bound setting: the Recipient field and its new value.
type casSetting struct {
	field    []int
	value    reflect.Value
	protocol bool
}

// Begin implements pipeline.Beginner: the bound settings are collected and
// the MIME formats checked, once.
func (s *SetCASMailbox) Begin(c *pipeline.Context) error {
	self := reflect.ValueOf(s).Elem()
	for _, p := range casParams() {
		if !c.IsBound(p.name) {
			continue
		}
		v := reflect.ValueOf(self.Field(p.param).Interface()) // a copy
		if p.mime {
			f, ok := directory.ParseMimeTextFormat(v.String())
			if !ok {
				return attribute(c, bindError(p.name, v.String(), "Unable to match the identifier name "+v.String()+" to a valid enumerator name. Specify one of the following enumerator names and try again: TextOnly, HtmlOnly, HtmlAndTextAlternative, TextEnrichedOnly, TextEnrichedAndTextAlternative, BestBodyFormat, Tnef"))
			}
			v = reflect.ValueOf(f)
		}
		s.settings = append(s.settings, casSetting{p.field, v, p.protocol})
		s.protocol = s.protocol || p.protocol
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
	skipProtocol := s.protocol && directory.ProtocolSettingIgnored(r)
	if skipProtocol {
		c.WriteWarning(directory.AdministratorWarning)
	}
	other := false
	rec := reflect.ValueOf(r).Elem()
	for _, st := range s.settings {
		if st.protocol && skipProtocol {
			continue
		}
		rec.FieldByIndex(st.field).Set(st.value)
		other = other || !st.protocol
	}
	if s.addressParams.bound(c) {
		s.addressParams.apply(c, r)
		other = true
	}
	if skipProtocol && !other {
		return errNoChange
	}
	return nil
}
