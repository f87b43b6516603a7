package directory

import (
	"context"
	"fmt"
)

// CASMailbox is the object Get-CASMailbox emits (…Management.CASMailbox):
// the client-access settings of a mailbox. Its default view shows Name,
// ActiveSyncEnabled, OWAEnabled, PopEnabled, ImapEnabled and MAPIEnabled.
type CASMailbox struct {
	viewHead
	DisplayName        string
	SamAccountName     string
	PrimarySmtpAddress string
	EmailAddresses     []string
	DistinguishedName  string
	Id                 string
	Guid               Guid
	ServerName         string
	ServerLegacyDN     string
	LegacyExchangeDN   string
	Protocols
	HasActiveSyncDevicePartnership bool
	ProtocolSettings
	viewTimes
}

// CASMailboxOf returns the Get-CASMailbox view of r.
func CASMailboxOf(r *Recipient) *CASMailbox {
	return &CASMailbox{viewHead: headOf(r),
		DisplayName: r.DisplayName, SamAccountName: r.SamAccountName,
		PrimarySmtpAddress: r.PrimarySmtpAddress, EmailAddresses: append([]string(nil), r.EmailAddresses...),
		DistinguishedName: r.DistinguishedName, Id: r.DistinguishedName, Guid: r.Guid,
		ServerName: r.ServerName, ServerLegacyDN: r.ServerLegacyDN, LegacyExchangeDN: r.LegacyExchangeDN,
		Protocols: r.Protocols, ProtocolSettings: r.ProtocolSettings, viewTimes: timesOf(r),
	}
}

// ReducedRecipient is the object Get-Recipient emits
// (…Management.ReducedRecipient).
type ReducedRecipient struct {
	viewHead
	Alias              string
	DisplayName        string
	FirstName          string
	LastName           string
	PrimarySmtpAddress string
	EmailAddresses     []string
	SamAccountName     string
	placement
	AddressBook
	HiddenFromAddressListsEnabled bool
	EmailAddressPolicyEnabled     bool
	Database                      string
	ServerLegacyDN                string
	CustomAttributes
	viewTimes
}

// RecipientOf returns the Get-Recipient view of r.
func RecipientOf(r *Recipient) *ReducedRecipient {
	return &ReducedRecipient{viewHead: headOf(r),
		Alias: r.Alias, DisplayName: r.DisplayName, FirstName: r.FirstName,
		LastName: r.LastName, PrimarySmtpAddress: r.PrimarySmtpAddress,
		EmailAddresses: append([]string(nil), r.EmailAddresses...), SamAccountName: r.SamAccountName,
		placement:                     placementOf(r),
		AddressBook:                   r.AddressBook,
		HiddenFromAddressListsEnabled: r.HiddenFromAddressListsEnabled,
		EmailAddressPolicyEnabled:     r.EmailAddressPolicyEnabled, Database: r.Database, ServerLegacyDN: r.ServerLegacyDN,
		CustomAttributes: r.CustomAttributes, viewTimes: timesOf(r),
	}
}

// ResolveValue resolves what a cmdlet's Identity parameter received: an
// object from the pipeline (a view, *Recipient, ObjectID or Guid) binds by
// its GUID and is never re-resolved by name; a string (or anything else, by
// its String form) is resolved with Store.Resolve.
func ResolveValue(ctx context.Context, s Store, kind Kind, v any) (*Recipient, error) {
	r, err := resolveValue(ctx, s, kind, v)
	if err == nil && !kind.Contains(r) {
		return nil, &NotFoundError{Identity: r.Identity, Server: s.DomainController()}
	}
	return r, err
}

// Contains reports whether r is an object of kind k.
func (k Kind) Contains(r *Recipient) bool {
	switch k {
	case KindMailbox:
		return r.IsMailbox()
	case KindRecipient:
		return r.IsMailEnabled()
	}
	return true
}

func resolveValue(ctx context.Context, s Store, kind Kind, v any) (*Recipient, error) {
	switch x := v.(type) {
	case *Recipient:
		return s.Get(ctx, x.Guid)
	case ObjectID:
		return s.Get(ctx, x.Guid)
	case *ObjectID:
		return s.Get(ctx, x.Guid)
	case Guid:
		return s.Get(ctx, x)
	case view:
		return s.Get(ctx, x.head().Identity.Guid)
	case string:
		return s.Resolve(ctx, kind, x)
	case fmt.Stringer:
		return s.Resolve(ctx, kind, x.String())
	case nil:
		return nil, &NotFoundError{Identity: "", Server: s.DomainController()}
	}
	return s.Resolve(ctx, kind, fmt.Sprint(v))
}

// Snapshot returns the record a Get-* view was made from, as it was then,
// for Batch.ModifyFrom; ok is false for other values.
func Snapshot(v any) (r *Recipient, ok bool) {
	switch x := v.(type) {
	case *Recipient:
		return x, true
	case view:
		rec := x.head().rec
		return rec, rec != nil
	}
	return nil, false
}
