package directory

import "time"

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
	rec                           *Recipient
	Identity                      ObjectID
	Name                          string
	Alias                         string
	DisplayName                   string
	PrimarySmtpAddress            string
	EmailAddresses                []string
	WindowsEmailAddress           string
	SamAccountName                string
	UserPrincipalName             string
	DistinguishedName             string
	Id                            string
	OrganizationalUnit            string
	Guid                          Guid
	RecipientType                 RecipientType
	RecipientTypeDetails          RecipientTypeDetails
	Office                        string
	HiddenFromAddressListsEnabled bool
	EmailAddressPolicyEnabled     bool
	IsShared                      bool
	Database                      string
	ServerName                    string
	ServerLegacyDN                string
	LegacyExchangeDN              string
	CustomAttribute1              string
	CustomAttribute2              string
	CustomAttribute3              string
	CustomAttribute4              string
	CustomAttribute5              string
	CustomAttribute6              string
	CustomAttribute7              string
	CustomAttribute8              string
	CustomAttribute9              string
	CustomAttribute10             string
	CustomAttribute11             string
	CustomAttribute12             string
	CustomAttribute13             string
	CustomAttribute14             string
	CustomAttribute15             string
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
	WhenCreated                time.Time
	WhenChanged                time.Time
	WhenCreatedUTC             time.Time
	WhenChangedUTC             time.Time
}

// MailboxOf returns the Get-Mailbox view of r.
func MailboxOf(r *Recipient) *Mailbox {
	return &Mailbox{rec: r,
		Identity: idOf(r), Name: r.Name, Alias: r.Alias, DisplayName: r.DisplayName,
		PrimarySmtpAddress: r.PrimarySmtpAddress, EmailAddresses: append([]string(nil), r.EmailAddresses...),
		WindowsEmailAddress: r.PrimarySmtpAddress, SamAccountName: r.SamAccountName,
		UserPrincipalName: r.UserPrincipalName, DistinguishedName: r.DistinguishedName, Id: r.DistinguishedName,
		OrganizationalUnit: r.OrganizationalUnit, Guid: r.Guid, RecipientType: r.RecipientType,
		RecipientTypeDetails: r.RecipientTypeDetails, Office: r.Office,
		HiddenFromAddressListsEnabled: r.HiddenFromAddressListsEnabled,
		EmailAddressPolicyEnabled:     r.EmailAddressPolicyEnabled,
		IsShared:                      r.RecipientTypeDetails == DetailsSharedMailbox,
		Database:                      r.Database, ServerName: r.ServerName, ServerLegacyDN: r.ServerLegacyDN,
		LegacyExchangeDN: r.LegacyExchangeDN,
		CustomAttribute1: r.CustomAttribute1, CustomAttribute2: r.CustomAttribute2, CustomAttribute3: r.CustomAttribute3,
		CustomAttribute4: r.CustomAttribute4, CustomAttribute5: r.CustomAttribute5, CustomAttribute6: r.CustomAttribute6,
		CustomAttribute7: r.CustomAttribute7, CustomAttribute8: r.CustomAttribute8, CustomAttribute9: r.CustomAttribute9,
		CustomAttribute10: r.CustomAttribute10, CustomAttribute11: r.CustomAttribute11, CustomAttribute12: r.CustomAttribute12,
		CustomAttribute13: r.CustomAttribute13, CustomAttribute14: r.CustomAttribute14, CustomAttribute15: r.CustomAttribute15,
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
		WhenCreated:                r.WhenCreated.Local(), WhenChanged: r.WhenChanged.Local(),
		WhenCreatedUTC: r.WhenCreated, WhenChangedUTC: r.WhenChanged,
	}
}

// User is the object Get-User emits (…Management.User): account and
// address-book properties, no mail properties.
type User struct {
	rec                  *Recipient
	Identity             ObjectID
	Name                 string
	DisplayName          string
	FirstName            string
	LastName             string
	Initials             string
	SamAccountName       string
	UserPrincipalName    string
	WindowsEmailAddress  string
	DistinguishedName    string
	Id                   string
	OrganizationalUnit   string
	Guid                 Guid
	RecipientType        RecipientType
	RecipientTypeDetails RecipientTypeDetails
	Department           string
	Title                string
	Company              string
	Office               string
	City                 string
	StateOrProvince      string
	CountryOrRegion      string
	Phone                string
	Manager              string
	SeniorityIndex       any // int32, or nil when unset
	WhenCreated          time.Time
	WhenChanged          time.Time
	WhenCreatedUTC       time.Time
	WhenChangedUTC       time.Time
}

// UserOf returns the Get-User view of r.
func UserOf(r *Recipient) *User {
	return &User{rec: r, SeniorityIndex: r.Attribute("SeniorityIndex"),
		Identity: idOf(r), Name: r.Name, DisplayName: r.DisplayName, FirstName: r.FirstName, LastName: r.LastName,
		Initials: r.Initials, SamAccountName: r.SamAccountName, UserPrincipalName: r.UserPrincipalName,
		WindowsEmailAddress: r.PrimarySmtpAddress, DistinguishedName: r.DistinguishedName, Id: r.DistinguishedName,
		OrganizationalUnit: r.OrganizationalUnit, Guid: r.Guid, RecipientType: r.RecipientType,
		RecipientTypeDetails: r.RecipientTypeDetails, Department: r.Department, Title: r.Title, Company: r.Company,
		Office: r.Office, City: r.City, StateOrProvince: r.StateOrProvince, CountryOrRegion: r.CountryOrRegion,
		Phone: r.Phone, Manager: r.Manager,
		WhenCreated: r.WhenCreated.Local(), WhenChanged: r.WhenChanged.Local(),
		WhenCreatedUTC: r.WhenCreated, WhenChangedUTC: r.WhenChanged,
	}
}
