package exchange

import (
	"strconv"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/pipeline"
)

// SetMailbox is Set-Mailbox: display name, alias, addresses, address-list
// visibility and the custom attributes of mailboxes.
type SetMailbox struct {
	writer

	Identity any `param:"Position=0,Mandatory,ValueFromPipeline,ValueFromPipelineByPropertyName,AsText,TypeName=MailboxIdParameter" help:"The mailbox: name, alias, email address, DN, canonical name, GUID, domain\\user, UPN or a piped object."`
	addressParams
	Alias                         string `param:"" help:"The alias (mailNickname)."`
	HiddenFromAddressListsEnabled bool   `param:"" help:"Hides the mailbox from address lists."`
	Password                      any    `param:"" help:"A new password for the mailbox's account: a SecureString or a string; stored only as a salted bcrypt hash."`
	CustomAttribute1              string `param:""`
	CustomAttribute2              string `param:""`
	CustomAttribute3              string `param:""`
	CustomAttribute4              string `param:""`
	CustomAttribute5              string `param:""`
	CustomAttribute6              string `param:""`
	CustomAttribute7              string `param:""`
	CustomAttribute8              string `param:""`
	CustomAttribute9              string `param:""`
	CustomAttribute10             string `param:""`
	CustomAttribute11             string `param:""`
	CustomAttribute12             string `param:""`
	CustomAttribute13             string `param:""`
	CustomAttribute14             string `param:""`
	CustomAttribute15             string `param:""`

	AuditEnabled               bool                         `param:"" help:"Turns mailbox audit logging on or off."`
	SingleItemRecoveryEnabled  bool                         `param:"" help:"Keeps purged items until the deleted-item retention period ends."`
	LitigationHoldEnabled      bool                         `param:"" help:"Places the mailbox on litigation hold."`
	DeliverToMailboxAndForward bool                         `param:"" help:"With forwarding, also delivers messages to the mailbox."`
	IssueWarningQuota          directory.ByteQuantifiedSize `param:"" help:"The size at which the owner is warned: \"2GB\", \"500 MB\" or Unlimited."`
	ProhibitSendQuota          directory.ByteQuantifiedSize `param:"" help:"The size at which sending stops: \"2GB\", \"500 MB\" or Unlimited."`
	ProhibitSendReceiveQuota   directory.ByteQuantifiedSize `param:"" help:"The size at which sending and receiving stop: \"2GB\" or Unlimited."`
	MaxSendSize                directory.ByteQuantifiedSize `param:"" help:"The largest message the mailbox can send: \"35MB\" or Unlimited."`
	MaxReceiveSize             directory.ByteQuantifiedSize `param:"" help:"The largest message the mailbox can receive: \"36MB\" or Unlimited."`
	RetainDeletedItemsFor      directory.EnhancedTimeSpan   `param:"" help:"How long deleted items are kept: days.hh:mm:ss, e.g. 14.00:00:00."`
}

// attributeValues are the parameters kept in the attribute document, by
// name, with their bound values.
func (s *SetMailbox) attributeValues() []struct {
	name string
	val  any
} {
	return []struct {
		name string
		val  any
	}{{"AuditEnabled", s.AuditEnabled}, {"SingleItemRecoveryEnabled", s.SingleItemRecoveryEnabled},
		{"LitigationHoldEnabled", s.LitigationHoldEnabled}, {"DeliverToMailboxAndForward", s.DeliverToMailboxAndForward},
		{"IssueWarningQuota", s.IssueWarningQuota}, {"ProhibitSendQuota", s.ProhibitSendQuota},
		{"ProhibitSendReceiveQuota", s.ProhibitSendReceiveQuota}, {"MaxSendSize", s.MaxSendSize},
		{"MaxReceiveSize", s.MaxReceiveSize}, {"RetainDeletedItemsFor", s.RetainDeletedItemsFor}}
}

// SupportsShouldProcess gives Set-Mailbox -WhatIf and -Confirm.
func (*SetMailbox) SupportsShouldProcess() bool { return true }

// Begin implements pipeline.Beginner: -EmailAddresses is read once.
func (s *SetMailbox) Begin(c *pipeline.Context) error {
	return s.addressParams.begin(c)
}

// Process implements pipeline.Cmdlet.
func (s *SetMailbox) Process(c *pipeline.Context) error {
	s.modify(c, directory.KindMailbox, s.Identity, "Set-Mailbox", func(r *directory.Recipient) error {
		s.addressParams.apply(c, r)
		if c.IsBound("Alias") {
			r.Alias = s.Alias
		}
		if c.IsBound("HiddenFromAddressListsEnabled") {
			r.HiddenFromAddressListsEnabled = s.HiddenFromAddressListsEnabled
		}
		if c.IsBound("Password") {
			pw, err := passwordBytes(s.Password)
			if err != nil {
				return err
			}
			if err := r.SetPassword(pw); err != nil {
				return err
			}
		}
		vals := [...]string{s.CustomAttribute1, s.CustomAttribute2, s.CustomAttribute3, s.CustomAttribute4,
			s.CustomAttribute5, s.CustomAttribute6, s.CustomAttribute7, s.CustomAttribute8, s.CustomAttribute9,
			s.CustomAttribute10, s.CustomAttribute11, s.CustomAttribute12, s.CustomAttribute13,
			s.CustomAttribute14, s.CustomAttribute15}
		for i, v := range vals {
			if c.IsBound("CustomAttribute" + strconv.Itoa(i+1)) {
				*r.CustomAttribute(i + 1) = v
			}
		}
		for _, a := range s.attributeValues() {
			if c.IsBound(a.name) {
				if err := r.SetAttribute(a.name, a.val); err != nil {
					return err
				}
			}
		}
		return nil
	})
	return nil
}
