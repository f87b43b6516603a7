package directory

import (
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// Guid is an object GUID (objectGuid): pipeline's System.Guid, so scripts
// see the directory's GUIDs as the GUIDs they make themselves. Its zero
// value is the empty GUID.
type Guid = pipeline.Guid

// ParseGuid parses a GUID as pipeline.ParseGuid does.
func ParseGuid(s string) (Guid, error) { return pipeline.ParseGuid(s) }

// NewGuid returns a random (version 4) GUID.
func NewGuid() Guid { return pipeline.NewGuid() }

// RecipientType is Exchange's RecipientType of an object.
type RecipientType string

// The recipient types the directory stores. User is a plain user account with
// no mail attributes.
const (
	TypeUserMailbox RecipientType = "UserMailbox"
	TypeMailUser    RecipientType = "MailUser"
	TypeUser        RecipientType = "User"
)

// String returns the type's name.
func (t RecipientType) String() string { return string(t) }

// RecipientTypeDetails is Exchange's RecipientTypeDetails of an object.
type RecipientTypeDetails string

// The recipient type details the directory stores.
const (
	DetailsUserMailbox      RecipientTypeDetails = "UserMailbox"
	DetailsSharedMailbox    RecipientTypeDetails = "SharedMailbox"
	DetailsRoomMailbox      RecipientTypeDetails = "RoomMailbox"
	DetailsEquipmentMailbox RecipientTypeDetails = "EquipmentMailbox"
	DetailsMailUser         RecipientTypeDetails = "MailUser"
	DetailsUser             RecipientTypeDetails = "User"
	DetailsDisabledUser     RecipientTypeDetails = "DisabledUser"
)

// String returns the value's name.
func (d RecipientTypeDetails) String() string { return string(d) }

// TypeOf returns the RecipientType that goes with d.
func (d RecipientTypeDetails) TypeOf() RecipientType {
	switch d {
	case DetailsUserMailbox, DetailsSharedMailbox, DetailsRoomMailbox, DetailsEquipmentMailbox:
		return TypeUserMailbox
	case DetailsMailUser:
		return TypeMailUser
	default:
		return TypeUser
	}
}

// ParseRecipientTypeDetails returns the stored value named s (any case).
func ParseRecipientTypeDetails(s string) (RecipientTypeDetails, bool) {
	for _, d := range []RecipientTypeDetails{DetailsUserMailbox, DetailsSharedMailbox, DetailsRoomMailbox,
		DetailsEquipmentMailbox, DetailsMailUser, DetailsUser, DetailsDisabledUser} {
		if strings.EqualFold(string(d), s) {
			return d, true
		}
	}
	return "", false
}

// MimeTextFormat is the MIME format POP3 or IMAP4 clients get messages in.
type MimeTextFormat string

// The MimeTextFormat values Exchange accepts.
const (
	MimeTextOnly               MimeTextFormat = "TextOnly"
	MimeHtmlOnly               MimeTextFormat = "HtmlOnly"
	MimeHtmlAndTextAlternative MimeTextFormat = "HtmlAndTextAlternative"
	MimeTextEnrichedOnly       MimeTextFormat = "TextEnrichedOnly"
	MimeEnrichedAndTextAlt     MimeTextFormat = "TextEnrichedAndTextAlternative"
	MimeBestBodyFormat         MimeTextFormat = "BestBodyFormat"
	MimeTnef                   MimeTextFormat = "Tnef"
)

// String returns the format's name.
func (f MimeTextFormat) String() string { return string(f) }

// ParseMimeTextFormat returns the format named s (any case).
func ParseMimeTextFormat(s string) (MimeTextFormat, bool) {
	for _, f := range []MimeTextFormat{MimeTextOnly, MimeHtmlOnly, MimeHtmlAndTextAlternative,
		MimeTextEnrichedOnly, MimeEnrichedAndTextAlt, MimeBestBodyFormat, MimeTnef} {
		if strings.EqualFold(string(f), s) {
			return f, true
		}
	}
	return "", false
}
