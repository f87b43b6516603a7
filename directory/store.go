package directory

import (
	"context"

	"github.com/psh-project/psh/filter"
)

// Store is the recipient directory. The SQLite implementation returned by
// Open is the default; every method is safe to call from one goroutine at a
// time per Store (a shell runs one pipeline at a time), and several Stores,
// in one process or many, may share one file.
type Store interface {
	// Query returns the objects of q.Kind that satisfy every condition of q.
	Query(ctx context.Context, q Query) (*Result, error)
	// Resolve returns the one object of kind that identity names, or a
	// *NotFoundError or *AmbiguousError.
	Resolve(ctx context.Context, kind Kind, identity string) (*Recipient, error)
	// Lookup returns every object of kind that identity names (a leading or
	// trailing * makes it a wildcard on Name and Alias); none is a
	// *NotFoundError.
	Lookup(ctx context.Context, kind Kind, identity string) ([]*Recipient, error)
	// Get returns the object with GUID g, or a *NotFoundError.
	Get(ctx context.Context, g Guid) (*Recipient, error)
	// Begin starts a batch of changes. Changes are committed every
	// BatchSize objects and at Commit; Rollback discards what is not yet
	// committed.
	Begin(ctx context.Context) (Batch, error)

	// OrganizationalUnits returns the OUs (and the domain root and
	// containers) under root, root included; root "" means the domain root.
	OrganizationalUnits(ctx context.Context, root string) ([]*OrganizationalUnit, error)
	// ResolveOU returns the OU that identity names: DN, canonical name,
	// GUID or (unique) name.
	ResolveOU(ctx context.Context, identity string) (*OrganizationalUnit, error)
	// NewOrganizationalUnit creates the OU name under parent (a DN or a
	// canonical name; "" is the domain root).
	NewOrganizationalUnit(ctx context.Context, name, parent string) (*OrganizationalUnit, error)
	// AcceptedDomains returns the organization's accepted domains.
	AcceptedDomains(ctx context.Context) ([]AcceptedDomain, error)
	// Domain returns the root domain's DNS name (contoso.com).
	Domain() string
	// DomainController is the server name Exchange's error texts mention.
	DomainController() string

	// Load replaces the whole directory with org in one transaction.
	Load(ctx context.Context, org *Organization) error
	// Close releases the database.
	Close() error
}

// Batch groups changes into few transactions. Each call changes one object
// atomically; an error from one call leaves that object unchanged and the
// batch usable, which is PowerShell's per-object error semantics.
type Batch interface {
	// Modify reads the current record with GUID g inside the write
	// transaction, applies fn and stores the result. If fn fails nothing is
	// written. The stored record is returned.
	Modify(ctx context.Context, g Guid, fn func(r *Recipient) error) (*Recipient, error)
	// ModifyFrom is Modify starting from a record the caller already read
	// (a piped object): if the stored record is still that version, fn is
	// applied to it without reading it again; if it changed meanwhile, it is
	// read again and fn applied to the current version, so no update is
	// lost.
	ModifyFrom(ctx context.Context, snapshot *Recipient, fn func(r *Recipient) error) (*Recipient, error)
	// NewMailbox creates a mailbox (or shared mailbox) from spec.
	NewMailbox(ctx context.Context, spec NewMailbox) (*Recipient, error)
	// EnableMailbox gives the user with GUID g a mailbox; alias may be "".
	EnableMailbox(ctx context.Context, g Guid, alias string) (*Recipient, error)
	// DisableMailbox removes the mailbox of g, leaving a plain user.
	DisableMailbox(ctx context.Context, g Guid) (*Recipient, error)
	// Remove deletes the object with GUID g (Remove-Mailbox removes the
	// user account too).
	Remove(ctx context.Context, g Guid) error
	// Commit commits the pending changes and ends the batch.
	Commit() error
	// Rollback discards the changes not yet committed and ends the batch.
	Rollback() error
}

// Kind says which objects a cmdlet sees and which identity forms it accepts.
type Kind int

// The kinds of the Exchange Get-* cmdlets.
const (
	// KindMailbox: Get-Mailbox, Get-CASMailbox, Set-CASMailbox, Set-Mailbox.
	KindMailbox Kind = iota
	// KindUser: Get-User, Set-User, Enable-Mailbox (every user account).
	KindUser
	// KindRecipient: Get-Recipient (every mail-enabled object).
	KindRecipient
)

// Query is what a Get-* cmdlet asks the store for. Every condition that is
// set must hold.
type Query struct {
	Kind                 Kind
	Filter               *filter.Program        // compiled against FilterSchema(cmdlet); nil: none
	OrganizationalUnit   string                 // OU identity (DN, canonical, GUID, name); "": all
	RecipientTypeDetails []RecipientTypeDetails // any of; empty: all
	RecipientType        []RecipientType        // any of; empty: all
	Anr                  string                 // ambiguous name resolution prefix; "": none
	SortBy               string                 // property name (see SortProperties); "": creation order
	ResultSize           int                    // at most this many; 0 or less: unlimited
	View                 View                   // what the results are made into
	// Properties, when set, are the only properties of the view objects
	// anybody reads (Get-Mailbox | Select-Object Name,Alias): the store may
	// then read just what they need, and the other properties are unset.
	Properties []string
}

// View names the object a Query's results are made into, so the store can
// read only the properties that object shows.
type View int

const (
	// ViewRecipient: whole records (the default).
	ViewRecipient View = iota
	// ViewCASMailbox: records only good for CASMailboxOf. Batch.ModifyFrom
	// reads such a record again in full before changing it.
	ViewCASMailbox
)

// Result is the answer to a Query. More is set when ResultSize cut the
// result short (Exchange's "more results exist" warning).
type Result struct {
	Recipients []*Recipient
	More       bool
}

// Streamer is a Store that can hand a query's objects over as it reads
// them, so a consumer that stops early (Select-Object -First) stops the
// reading. The SQLite store is one.
type Streamer interface {
	// QueryEach is Query calling f with each object in order; it reports
	// whether ResultSize cut the result short. f's error ends the query
	// and is returned. f may use the store.
	QueryEach(ctx context.Context, q Query, f func(*Recipient) error) (bool, error)
}
