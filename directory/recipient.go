package directory

import (
	"slices"
	"strings"
	"time"
)

// Recipient is one directory record: a user account with its mail and
// client-access settings. Identity, DistinguishedName and OrganizationalUnit
// are derived by the store from the record's OU and Name.
type Recipient struct {
	rowid        int64
	ouID         int64
	passwordHash string
	version      int64 // bumped by every update; detects stale snapshots
	partial      bool  // read for one view only: not every property is set

	Guid                 Guid
	Identity             string // canonical domain/OU/name
	DistinguishedName    string
	OrganizationalUnit   string // canonical path of the OU
	Name                 string
	Alias                string
	DisplayName          string
	FirstName            string
	LastName             string
	Initials             string
	UserPrincipalName    string
	SamAccountName       string
	PrimarySmtpAddress   string
	EmailAddresses       []string // "SMTP:" primary, "smtp:" secondaries
	RecipientType        RecipientType
	RecipientTypeDetails RecipientTypeDetails

	AddressBook

	CustomAttributes

	HiddenFromAddressListsEnabled bool
	EmailAddressPolicyEnabled     bool
	LegacyExchangeDN              string
	ServerName                    string
	ServerLegacyDN                string
	Database                      string

	WhenCreated time.Time // UTC
	WhenChanged time.Time // UTC

	Protocols
	ProtocolSettings
}

// Clone returns a deep copy of r.
func (r *Recipient) Clone() *Recipient {
	c := *r
	c.EmailAddresses = append([]string(nil), r.EmailAddresses...)
	return &c
}

// HasPassword reports whether a password hash is stored for r.
func (r *Recipient) HasPassword() bool { return r.passwordHash != "" }

// CheckPassword reports whether password matches r's stored hash.
func (r *Recipient) CheckPassword(password []byte) bool {
	return r.passwordHash != "" && CheckPassword(r.passwordHash, password)
}

// SetPassword replaces r's password with a salted slow hash of password; the
// plain text is never kept.
func (r *Recipient) SetPassword(password []byte) error {
	h, err := HashPassword(password)
	if err != nil {
		return err
	}
	r.passwordHash = h
	return nil
}

// IsMailbox reports whether r has a mailbox.
func (r *Recipient) IsMailbox() bool { return r.RecipientType == TypeUserMailbox }

// IsMailEnabled reports whether r is a mail recipient (mailbox or mail user).
func (r *Recipient) IsMailEnabled() bool { return r.RecipientType != TypeUser && r.RecipientType != "" }

// CustomAttribute returns a pointer to CustomAttribute<i> (1..15), or nil.
func (r *Recipient) CustomAttribute(i int) *string { return r.CustomAttributes.field(i) }

// SmtpAddresses returns r's SMTP addresses without their prefixes, primary first.
func (r *Recipient) SmtpAddresses() []string {
	var out []string
	for _, a := range r.EmailAddresses {
		if p, rest, ok := strings.Cut(a, ":"); ok && strings.EqualFold(p, "smtp") {
			out = append(out, rest)
		}
	}
	return out
}

// SetPrimarySmtpAddress makes addr the primary SMTP address: it becomes the
// "SMTP:" entry of EmailAddresses and the old primary stays as a secondary.
func (r *Recipient) SetPrimarySmtpAddress(addr string) {
	var out []string
	out = append(out, "SMTP:"+addr)
	for _, a := range r.EmailAddresses {
		p, rest, _ := strings.Cut(a, ":")
		if !strings.EqualFold(p, "smtp") {
			out = append(out, a)
			continue
		}
		if strings.EqualFold(rest, addr) {
			continue
		}
		out = append(out, "smtp:"+rest)
	}
	r.EmailAddresses = out
	r.PrimarySmtpAddress = addr
}

// defaultCAS sets the client-access settings a new mailbox gets.
func (r *Recipient) defaultCAS() {
	r.PopEnabled, r.ImapEnabled, r.OWAEnabled = true, true, true
	r.ActiveSyncEnabled, r.MAPIEnabled, r.EwsEnabled, r.ECPEnabled = true, true, true, true
	r.PopUseProtocolDefaults, r.ImapUseProtocolDefaults = true, true
	r.PopMessagesRetrievalMimeFormat = MimeBestBodyFormat
	r.ImapMessagesRetrievalMimeFormat = MimeBestBodyFormat
}

// clearMail removes every mail attribute, leaving a plain user.
func (r *Recipient) clearMail() {
	r.Alias, r.PrimarySmtpAddress, r.EmailAddresses = "", "", nil
	r.LegacyExchangeDN, r.ServerName, r.ServerLegacyDN, r.Database = "", "", "", ""
	r.HiddenFromAddressListsEnabled, r.EmailAddressPolicyEnabled = false, false
	r.PopEnabled, r.ImapEnabled, r.OWAEnabled = false, false, false
	r.ActiveSyncEnabled, r.MAPIEnabled, r.EwsEnabled, r.ECPEnabled = false, false, false, false
	r.MAPIBlockOutlookRpcHttp = false
	r.PopUseProtocolDefaults, r.ImapUseProtocolDefaults = false, false
	r.PopSuppressReadReceipt, r.ImapSuppressReadReceipt = false, false
	r.PopForceICalForCalendarRetrievalOption, r.ImapForceICalForCalendarRetrievalOption = false, false
	r.PopEnableExactRFC822Size, r.ImapEnableExactRFC822Size = false, false
	r.PopMessagesRetrievalMimeFormat, r.ImapMessagesRetrievalMimeFormat = "", ""
	for i := 1; i <= 15; i++ {
		*r.CustomAttribute(i) = ""
	}
}

// Equal reports whether r and o hold the same values: every stored column,
// the derived properties, the addresses and the password. Two nil records
// are equal.
func (r *Recipient) Equal(o *Recipient) bool {
	if r == nil || o == nil {
		return r == o
	}
	if r.rowid != o.rowid || r.ouID != o.ouID || r.passwordHash != o.passwordHash || r.version != o.version ||
		r.OrganizationalUnit != o.OrganizationalUnit || r.LegacyExchangeDN != o.LegacyExchangeDN ||
		r.ServerName != o.ServerName || r.ServerLegacyDN != o.ServerLegacyDN || r.Database != o.Database ||
		!slices.Equal(r.EmailAddresses, o.EmailAddresses) {
		return false
	}
	for i := range recipientColumns {
		if !recipientColumns[i].equal(r, o) {
			return false
		}
	}
	return true
}
