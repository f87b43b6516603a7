package access

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/psh-project/psh/directory"
)

// Protocol is the protocol a login is for.
type Protocol int

// The protocols whose access a mailbox controls.
const (
	POP3 Protocol = iota
	IMAP4
)

// String returns the protocol's name.
func (p Protocol) String() string {
	if p == IMAP4 {
		return "IMAP4"
	}
	return "POP3"
}

// Refusal is a refused login; Reason is for the protocol log only.
type Refusal struct {
	User   string
	Reason string
}

// Error returns the login name and the reason.
func (r *Refusal) Error() string { return fmt.Sprintf("login %q refused: %s", r.User, r.Reason) }

// Directory checks logins against a directory store. A Store is used by
// one goroutine at a time, so lookups are serialized; the password check,
// the slow part, is not.
type Directory struct {
	mu    sync.Mutex
	store directory.Store
}

// New returns a Directory over store.
func New(store directory.Store) *Directory { return &Directory{store: store} }

// dummyHash is compared against when the login name is unknown, so that an
// unknown name takes as long as a wrong password.
// It is made on first use.
var dummyHash = sync.OnceValue(func() string {
	h, _ := directory.HashPassword([]byte("not a password anyone has"))
	return h
})

// Login returns the mailbox user logs in as with password over p, or a
// *Refusal saying which rule refused it, or another error when the
// directory could not be read.
func (d *Directory) Login(ctx context.Context, p Protocol, user string, password []byte) (*directory.Recipient, error) {
	r, reason, err := d.find(ctx, user)
	if err != nil {
		return nil, err
	}
	if r == nil {
		directory.CheckPassword(dummyHash(), password)
		return nil, &Refusal{User: user, Reason: reason}
	}
	refuse := func(reason string) (*directory.Recipient, error) {
		return nil, &Refusal{User: user, Reason: reason}
	}
	switch {
	case directory.IsAdministrator(r):
		directory.CheckPassword(dummyHash(), password)
		return refuse("the Administrator mailbox can't use POP3 or IMAP4")
	case p == POP3 && !r.PopEnabled:
		directory.CheckPassword(dummyHash(), password)
		return refuse("PopEnabled is False for " + r.Identity)
	case p == IMAP4 && !r.ImapEnabled:
		directory.CheckPassword(dummyHash(), password)
		return refuse("ImapEnabled is False for " + r.Identity)
	case !r.HasPassword():
		directory.CheckPassword(dummyHash(), password)
		return refuse("no password is set for " + r.Identity)
	case !r.CheckPassword(password):
		return refuse("wrong password for " + r.Identity)
	}
	return r, nil
}

// find resolves a login name: UPN or primary SMTP address (with @),
// domain\alias, or alias. A name that matches no user mailbox returns a
// nil recipient and the reason.
func (d *Directory) find(ctx context.Context, user string) (*directory.Recipient, string, error) {
	user = strings.TrimSpace(user)
	if user == "" {
		return nil, "empty login name", nil
	}
	id, match := user, func(r *directory.Recipient) bool {
		return strings.EqualFold(r.Alias, user)
	}
	switch {
	case strings.Contains(user, `\`):
		dom, alias, _ := strings.Cut(user, `\`)
		if !d.ownDomain(dom) {
			return nil, fmt.Sprintf("the domain %q of %q is not this organization's", dom, user), nil
		}
		id, match = alias, func(r *directory.Recipient) bool {
			return strings.EqualFold(r.Alias, alias) || strings.EqualFold(r.SamAccountName, alias)
		}
	case strings.Contains(user, "@"):
		match = func(r *directory.Recipient) bool {
			return strings.EqualFold(r.UserPrincipalName, user) || strings.EqualFold(r.PrimarySmtpAddress, user)
		}
	}
	d.mu.Lock()
	r, err := d.store.Resolve(ctx, directory.KindMailbox, id)
	d.mu.Unlock()
	var nf *directory.NotFoundError
	var amb *directory.AmbiguousError
	switch {
	case errors.As(err, &nf):
		return nil, "no mailbox is named " + user, nil
	case errors.As(err, &amb):
		return nil, "the name " + user + " is ambiguous", nil
	case err != nil:
		return nil, "", err
	case !match(r):
		return nil, "no mailbox has the login name " + user + " (use the UPN, primary SMTP address, domain\\alias or alias)", nil
	case r.RecipientTypeDetails != directory.DetailsUserMailbox:
		return nil, fmt.Sprintf("%s is a %s, not a user mailbox", r.Identity, r.RecipientTypeDetails), nil
	}
	return r, "", nil
}

// ownDomain accepts the root domain's DNS name or its NetBIOS-style first
// label (contoso.com or CONTOSO).
func (d *Directory) ownDomain(dom string) bool {
	root := d.store.Domain()
	first, _, _ := strings.Cut(root, ".")
	return strings.EqualFold(dom, root) || strings.EqualFold(dom, first)
}

// Mailbox resolves an SMTP address to a mailbox for delivery: any of its
// SMTP addresses. It returns nil when no mailbox has the address.
func (d *Directory) Mailbox(ctx context.Context, address string) (*directory.Recipient, error) {
	d.mu.Lock()
	r, err := d.store.Resolve(ctx, directory.KindMailbox, address)
	d.mu.Unlock()
	var nf *directory.NotFoundError
	var amb *directory.AmbiguousError
	if errors.As(err, &nf) || errors.As(err, &amb) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	for _, a := range r.SmtpAddresses() {
		if strings.EqualFold(a, address) {
			return r, nil
		}
	}
	return nil, nil
}
