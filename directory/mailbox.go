package directory

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/psh-project/psh/pipeline"
	"unicode/utf8"
)

// NewMailbox is what New-Mailbox creates (its User and Shared parameter
// sets). Name is required; the rest gets Exchange's defaults.
type NewMailbox struct {
	Name               string
	UserPrincipalName  string
	Password           []byte // hashed with bcrypt; never stored in plain text
	Alias              string // default: the UPN's local part, else Name without spaces
	FirstName          string
	LastName           string
	DisplayName        string // default: Name
	OrganizationalUnit string // OU identity; default: the Users container
	PrimarySmtpAddress string // default: alias@<default accepted domain>
	SamAccountName     string // default: alias, at most 20 characters
	Shared             bool   // a shared mailbox (no password needed)
}

// NewMailbox implements Batch.
func (b *sqliteBatch) NewMailbox(ctx context.Context, spec NewMailbox) (*Recipient, error) {
	r := &Recipient{Name: strings.TrimSpace(spec.Name), FirstName: spec.FirstName, LastName: spec.LastName,
		DisplayName: spec.DisplayName, UserPrincipalName: spec.UserPrincipalName, Alias: spec.Alias,
		SamAccountName: spec.SamAccountName, RecipientTypeDetails: DetailsUserMailbox, Guid: pipeline.NewGuid()}
	if spec.Shared {
		r.RecipientTypeDetails = DetailsSharedMailbox
	}
	if len(spec.Password) > 0 {
		if err := r.SetPassword(spec.Password); err != nil {
			return nil, err
		}
	}
	if r.DisplayName == "" {
		r.DisplayName = r.Name
	}
	err := b.object(ctx, func(tx *sql.Tx, ch *change) error {
		ouID := spec.OrganizationalUnit
		if ouID == "" {
			ouID = b.s.domain + "/Users"
		}
		ou, err := b.s.resolveOU(ctx, tx, ouID)
		if err != nil {
			return err
		}
		r.ouID = ou.id
		if err := b.s.mailEnable(ctx, tx, r, spec.PrimarySmtpAddress); err != nil {
			return err
		}
		now := b.s.opts.clock().UTC()
		r.WhenCreated, r.WhenChanged = now, now
		// The new object's place decides the write scope: derive it first.
		r.Identity = ou.CanonicalName + "/" + escapeCanonical(r.Name)
		r.DistinguishedName = "CN=" + escapeRDNValue(r.Name) + "," + ou.DistinguishedName
		if err := ch.check(r); err != nil {
			return err
		}
		return b.s.insert(ctx, tx, r)
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

// mailEnable gives r a mailbox: alias, addresses, CAS defaults.
func (s *sqliteStore) mailEnable(ctx context.Context, tx *sql.Tx, r *Recipient, primary string) error {
	if r.Alias == "" {
		if local, _, ok := strings.Cut(r.UserPrincipalName, "@"); ok && local != "" {
			r.Alias = aliasFrom(local)
		}
		if r.Alias == "" {
			r.Alias = aliasFrom(r.Name)
		}
		if r.Alias == "" {
			return &ValidationError{Message: fmt.Sprintf("No alias can be made from the name %s: it has none of the characters an alias allows. Give one with -Alias.", showValue(r.Name))}
		}
	}
	if r.SamAccountName == "" {
		r.SamAccountName = truncate(r.Alias, 20)
	}
	if r.RecipientTypeDetails == "" || r.RecipientTypeDetails.TypeOf() != TypeUserMailbox {
		r.RecipientTypeDetails = DetailsUserMailbox
	}
	if primary == "" {
		d, err := s.defaultDomain(ctx, tx)
		if err != nil {
			return err
		}
		primary = r.Alias + "@" + d
	}
	r.PrimarySmtpAddress = primary
	r.SetPrimarySmtpAddress(primary)
	r.EmailAddressPolicyEnabled = true
	r.derive()
	r.defaultCAS()
	if IsAdministrator(r) {
		r.PopEnabled, r.ImapEnabled = false, false
	}
	return nil
}

// The server names the demo organization's mailboxes live on.
const (
	mailboxServer   = "EXCH01"
	mailboxDatabase = "Mailbox Database 0311695863"
	serverLegacyDN  = "/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=EXCH01"
)

// derive fills the properties the store computes instead of keeping: the
// mailbox server and database, and the LegacyExchangeDN.
func (r *Recipient) derive() {
	r.ServerName, r.ServerLegacyDN, r.Database, r.LegacyExchangeDN = "", "", "", ""
	if r.IsMailbox() {
		r.ServerName, r.ServerLegacyDN, r.Database = mailboxServer, serverLegacyDN, mailboxDatabase
	}
	if r.IsMailEnabled() && r.Alias != "" {
		r.LegacyExchangeDN = legacyDN(r.Alias)
	}
}

// legacyDNPrefix is the LegacyExchangeDN of a mailbox without its alias.
const legacyDNPrefix = "/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn="

// legacyDN returns the LegacyExchangeDN of a mailbox with the given alias.
func legacyDN(alias string) string {
	return legacyDNPrefix + strings.ToLower(alias)
}

// defaultDomain returns the default accepted domain.
func (s *sqliteStore) defaultDomain(ctx context.Context, tx *sql.Tx) (string, error) {
	var d string
	err := tx.QueryRowContext(ctx, "SELECT domain_name FROM accepted_domains ORDER BY is_default DESC, domain_name LIMIT 1").Scan(&d)
	if err == sql.ErrNoRows {
		return s.domain, nil
	}
	return d, err
}

// EnableMailbox implements Batch.
func (b *sqliteBatch) EnableMailbox(ctx context.Context, g Guid, alias string) (*Recipient, error) {
	var out *Recipient
	err := b.object(ctx, func(tx *sql.Tx, ch *change) error {
		old, err := b.s.getTx(ctx, tx, g)
		if err != nil {
			return err
		}
		if err := ch.check(old); err != nil {
			return err
		}
		if old.IsMailbox() {
			return &ValidationError{Message: fmt.Sprintf("The user \"%s\" is already mailbox-enabled.", old.Identity)}
		}
		r := old.Clone()
		r.Alias = alias
		r.RecipientTypeDetails = DetailsUserMailbox
		r.EmailAddresses = nil
		if err := b.s.mailEnable(ctx, tx, r, ""); err != nil {
			return err
		}
		out = r
		return b.update(ctx, tx, old, r)
	})
	return out, err
}

// DisableMailbox implements Batch.
func (b *sqliteBatch) DisableMailbox(ctx context.Context, g Guid) (*Recipient, error) {
	var out *Recipient
	err := b.object(ctx, func(tx *sql.Tx, ch *change) error {
		old, err := b.s.getTx(ctx, tx, g)
		if err != nil {
			return err
		}
		if err := ch.check(old); err != nil {
			return err
		}
		r := old.Clone()
		r.clearMail()
		r.RecipientTypeDetails = DetailsUser
		out = r
		return b.update(ctx, tx, old, r)
	})
	return out, err
}

// Remove implements Batch.
func (b *sqliteBatch) Remove(ctx context.Context, g Guid) error {
	return b.object(ctx, func(tx *sql.Tx, ch *change) error {
		if ch.inv != nil {
			old, err := b.s.getTx(ctx, tx, g)
			if err != nil {
				return err
			}
			if err := ch.check(old); err != nil {
				return err
			}
		}
		res, err := tx.ExecContext(ctx, "DELETE FROM recipients WHERE guid = ?", g.String())
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return &NotFoundError{Identity: g.String(), Server: b.s.opts.dc}
		}
		return nil
	})
}

// truncate cuts s to at most n characters (not bytes: a cut never splits
// a character).
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}
