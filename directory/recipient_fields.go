package directory

import "time"

// The groups of fields below are shared by the record (Recipient) and the
// views the Get-* cmdlets emit: each is written once and embedded, and
// scripts see its fields as properties of their own, in place.

// CustomAttributes are a recipient's fifteen free-text attributes, kept in
// the record and shown by Get-Mailbox and Get-Recipient.
type CustomAttributes struct {
	CustomAttribute1  string
	CustomAttribute2  string
	CustomAttribute3  string
	CustomAttribute4  string
	CustomAttribute5  string
	CustomAttribute6  string
	CustomAttribute7  string
	CustomAttribute8  string
	CustomAttribute9  string
	CustomAttribute10 string
	CustomAttribute11 string
	CustomAttribute12 string
	CustomAttribute13 string
	CustomAttribute14 string
	CustomAttribute15 string
}

// field returns a pointer to CustomAttribute<i> (1..15), or nil.
func (c *CustomAttributes) field(i int) *string {
	switch i {
	case 1:
		return &c.CustomAttribute1
	case 2:
		return &c.CustomAttribute2
	case 3:
		return &c.CustomAttribute3
	case 4:
		return &c.CustomAttribute4
	case 5:
		return &c.CustomAttribute5
	case 6:
		return &c.CustomAttribute6
	case 7:
		return &c.CustomAttribute7
	case 8:
		return &c.CustomAttribute8
	case 9:
		return &c.CustomAttribute9
	case 10:
		return &c.CustomAttribute10
	case 11:
		return &c.CustomAttribute11
	case 12:
		return &c.CustomAttribute12
	case 13:
		return &c.CustomAttribute13
	case 14:
		return &c.CustomAttribute14
	case 15:
		return &c.CustomAttribute15
	}
	return nil
}

// AddressBook is a recipient's organization properties, kept in the record
// and shown by Get-User and Get-Recipient.
type AddressBook struct {
	Department      string
	Title           string
	Company         string
	Office          string
	City            string
	StateOrProvince string
	CountryOrRegion string
	Phone           string
	Manager         string // DN of the manager
}

// Protocols says which client protocols a mailbox may use, kept in the
// record and shown by Get-CASMailbox.
type Protocols struct {
	ActiveSyncEnabled bool
	OWAEnabled        bool
	PopEnabled        bool
	ImapEnabled       bool
	MAPIEnabled       bool
	// MAPIBlockOutlookRpcHttp blocks Outlook Anywhere (RPC over HTTP)
	// for the mailbox; default false.
	MAPIBlockOutlookRpcHttp bool
	EwsEnabled              bool
	ECPEnabled              bool
}

// ProtocolSettings are a mailbox's POP3 and IMAP4 settings, kept in the
// record and shown by Get-CASMailbox.
type ProtocolSettings struct {
	PopUseProtocolDefaults                  bool
	PopMessagesRetrievalMimeFormat          MimeTextFormat
	PopEnableExactRFC822Size                bool
	PopSuppressReadReceipt                  bool
	PopForceICalForCalendarRetrievalOption  bool
	ImapUseProtocolDefaults                 bool
	ImapMessagesRetrievalMimeFormat         MimeTextFormat
	ImapEnableExactRFC822Size               bool
	ImapSuppressReadReceipt                 bool
	ImapForceICalForCalendarRetrievalOption bool
}

// viewHead starts every view: the record it was made from and the view's
// identity.
type viewHead struct {
	rec      *Recipient
	Identity ObjectID
	Name     string
}

func headOf(r *Recipient) viewHead { return viewHead{rec: r, Identity: idOf(r), Name: r.Name} }

// placement is where a recipient sits in the directory and what kind of
// recipient it is, as Get-Mailbox, Get-User and Get-Recipient show it.
type placement struct {
	DistinguishedName    string
	Id                   string
	OrganizationalUnit   string
	Guid                 Guid
	RecipientType        RecipientType
	RecipientTypeDetails RecipientTypeDetails
}

func placementOf(r *Recipient) placement {
	return placement{DistinguishedName: r.DistinguishedName, Id: r.DistinguishedName, OrganizationalUnit: r.OrganizationalUnit,
		Guid: r.Guid, RecipientType: r.RecipientType, RecipientTypeDetails: r.RecipientTypeDetails}
}

// view is what every Get-* view is (Mailbox, User, CASMailbox,
// ReducedRecipient): a struct that starts with a viewHead.
type view interface{ head() *viewHead }

func (h *viewHead) head() *viewHead { return h }

// viewTimes are when a recipient was created and last changed, as every
// view shows them: local time and UTC.
type viewTimes struct {
	WhenCreated    time.Time
	WhenChanged    time.Time
	WhenCreatedUTC time.Time
	WhenChangedUTC time.Time
}

func timesOf(r *Recipient) viewTimes {
	return viewTimes{WhenCreated: r.WhenCreated.Local(), WhenChanged: r.WhenChanged.Local(),
		WhenCreatedUTC: r.WhenCreated, WhenChangedUTC: r.WhenChanged}
}
