package directory

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strings"
)

// Guid is an object GUID (objectGuid). Its zero value is the empty GUID.
type Guid [16]byte

// String returns the GUID in lower-case 8-4-4-4-12 form.
func (g Guid) String() string {
	var b [36]byte
	hex.Encode(b[0:8], g[0:4])
	b[8] = '-'
	hex.Encode(b[9:13], g[4:6])
	b[13] = '-'
	hex.Encode(b[14:18], g[6:8])
	b[18] = '-'
	hex.Encode(b[19:23], g[8:10])
	b[23] = '-'
	hex.Encode(b[24:36], g[10:16])
	return string(b[:])
}

// IsZero reports whether g is the empty GUID.
func (g Guid) IsZero() bool { return g == Guid{} }

// ParseGuid parses a GUID in 8-4-4-4-12 form, optionally in braces; case is
// ignored.
func ParseGuid(s string) (Guid, error) {
	var g Guid
	t := strings.TrimSpace(s)
	if len(t) == 38 && (t[0] == '{' && t[37] == '}' || t[0] == '(' && t[37] == ')') {
		t = t[1:37]
	}
	if len(t) == 32 { // the "N" form, without dashes
		t = t[:8] + "-" + t[8:12] + "-" + t[12:16] + "-" + t[16:20] + "-" + t[20:]
	}
	if len(t) != 36 || t[8] != '-' || t[13] != '-' || t[18] != '-' || t[23] != '-' {
		return g, fmt.Errorf("directory: %q is not a GUID", s)
	}
	for _, part := range [...]struct{ from, to, at int }{{0, 8, 0}, {9, 13, 4}, {14, 18, 6}, {19, 23, 8}, {24, 36, 10}} {
		for i := part.from; i < part.to; i += 2 {
			hi, ok1 := unhex(t[i])
			lo, ok2 := unhex(t[i+1])
			if !ok1 || !ok2 {
				return Guid{}, fmt.Errorf("directory: %q is not a GUID", s)
			}
			g[part.at+(i-part.from)/2] = hi<<4 | lo
		}
	}
	return g, nil
}

// unhex returns the value of the hexadecimal digit c.
func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// NewGuid returns a random (version 4) GUID.
func NewGuid() Guid {
	var g Guid
	_, _ = rand.Read(g[:])
	g[6] = g[6]&0x0f | 0x40
	g[8] = g[8]&0x3f | 0x80
	return g
}

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
