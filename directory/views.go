package directory

// ObjectID is the Identity property of the objects the Get-* cmdlets emit:
// it prints as the canonical domain/OU/name path and carries the GUID, so an
// object piped into Set-* binds to exactly that object (see ResolveValue).
type ObjectID struct {
	Canonical string
	Guid      Guid
}

// String returns the canonical path.
func (o ObjectID) String() string { return o.Canonical }

func idOf(r *Recipient) ObjectID { return ObjectID{Canonical: r.Identity, Guid: r.Guid} }

// Mailbox is the object Get-Mailbox emits
// (Microsoft.Exchange.Data.Directory.Management.Mailbox).
type Mailbox struct {
	viewHead
	Alias               string
	DisplayName         string
	PrimarySmtpAddress  string
	EmailAddresses      []string
	WindowsEmailAddress string
	SamAccountName      string
	UserPrincipalName   string
	placement
	Office                        string
	HiddenFromAddressListsEnabled bool
	EmailAddressPolicyEnabled     bool
	IsShared                      bool
	Database                      string
	ServerName                    string
	ServerLegacyDN                string
	LegacyExchangeDN              string
	CustomAttributes
	// The properties of the attribute document (attrs.go).
	AuditEnabled               bool
	SingleItemRecoveryEnabled  bool
	LitigationHoldEnabled      bool
	DeliverToMailboxAndForward bool
	IssueWarningQuota          ByteQuantifiedSize
	ProhibitSendQuota          ByteQuantifiedSize
	ProhibitSendReceiveQuota   ByteQuantifiedSize
	MaxSendSize                ByteQuantifiedSize
	MaxReceiveSize             ByteQuantifiedSize
	RetainDeletedItemsFor      EnhancedTimeSpan
	viewTimes
}

// MailboxOf returns the Get-Mailbox view of r.
func MailboxOf(r *Recipient) *Mailbox {
	return &Mailbox{viewHead: headOf(r),
		Alias: r.Alias, DisplayName: r.DisplayName,
		PrimarySmtpAddress: r.PrimarySmtpAddress, EmailAddresses: append([]string(nil), r.EmailAddresses...),
		WindowsEmailAddress: r.PrimarySmtpAddress, SamAccountName: r.SamAccountName,
		UserPrincipalName: r.UserPrincipalName, placement: placementOf(r), Office: r.Office,
		HiddenFromAddressListsEnabled: r.HiddenFromAddressListsEnabled,
		EmailAddressPolicyEnabled:     r.EmailAddressPolicyEnabled,
		IsShared:                      r.RecipientTypeDetails == DetailsSharedMailbox,
		Database:                      r.Database, ServerName: r.ServerName, ServerLegacyDN: r.ServerLegacyDN,
		LegacyExchangeDN:           r.LegacyExchangeDN,
		CustomAttributes:           r.CustomAttributes,
		AuditEnabled:               r.Attribute("AuditEnabled").(bool),
		SingleItemRecoveryEnabled:  r.Attribute("SingleItemRecoveryEnabled").(bool),
		LitigationHoldEnabled:      r.Attribute("LitigationHoldEnabled").(bool),
		DeliverToMailboxAndForward: r.Attribute("DeliverToMailboxAndForward").(bool),
		IssueWarningQuota:          r.Attribute("IssueWarningQuota").(ByteQuantifiedSize),
		ProhibitSendQuota:          r.Attribute("ProhibitSendQuota").(ByteQuantifiedSize),
		ProhibitSendReceiveQuota:   r.Attribute("ProhibitSendReceiveQuota").(ByteQuantifiedSize),
		MaxSendSize:                r.Attribute("MaxSendSize").(ByteQuantifiedSize),
		MaxReceiveSize:             r.Attribute("MaxReceiveSize").(ByteQuantifiedSize),
		RetainDeletedItemsFor:      r.Attribute("RetainDeletedItemsFor").(EnhancedTimeSpan),
		viewTimes:                  timesOf(r),
	}
}

// User is the object Get-User emits (…Management.User): account and
// address-book properties, no mail properties.
type User struct {
	viewHead
	DisplayName         string
	FirstName           string
	LastName            string
	Initials            string
	SamAccountName      string
	UserPrincipalName   string
	WindowsEmailAddress string
	placement
	AddressBook
	SeniorityIndex any // int32, or nil when unset
	viewTimes
}

// UserOf returns the Get-User view of r.
func UserOf(r *Recipient) *User {
	return &User{viewHead: headOf(r), SeniorityIndex: r.Attribute("SeniorityIndex"),
		DisplayName: r.DisplayName, FirstName: r.FirstName, LastName: r.LastName,
		Initials: r.Initials, SamAccountName: r.SamAccountName, UserPrincipalName: r.UserPrincipalName,
		WindowsEmailAddress: r.PrimarySmtpAddress, placement: placementOf(r),
		AddressBook: r.AddressBook, viewTimes: timesOf(r),
	}
}
