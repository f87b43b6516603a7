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
		LegacyExchangeDN: r.LegacyExchangeDN,
		CustomAttributes: r.CustomAttributes, viewTimes: timesOf(r),
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
	viewTimes
}

// UserOf returns the Get-User view of r.
func UserOf(r *Recipient) *User {
	return &User{viewHead: headOf(r),
		DisplayName: r.DisplayName, FirstName: r.FirstName, LastName: r.LastName,
		Initials: r.Initials, SamAccountName: r.SamAccountName, UserPrincipalName: r.UserPrincipalName,
		WindowsEmailAddress: r.PrimarySmtpAddress, placement: placementOf(r),
		AddressBook: r.AddressBook, viewTimes: timesOf(r),
	}
}
