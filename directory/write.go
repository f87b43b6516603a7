package directory

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// insertSQL is the INSERT statement for a whole recipient row.
func insertSQL() string {
	names := []string{"ou_id", "password_hash"}
	for _, c := range recipientColumns {
		names = append(names, c.name)
	}
	return "INSERT INTO recipients (" + strings.Join(names, ", ") + ") VALUES (" + placeholders(len(names)) + ")"
}

// insertArgs returns the values insertSQL binds for r.
func insertArgs(r *Recipient) []any {
	args := make([]any, 0, len(recipientColumns)+2)
	args = append(args, r.ouID, dbValue(&r.passwordHash))
	for _, c := range recipientColumns {
		args = append(args, dbValue(c.ptr(r)))
	}
	return args
}

const insertAddressSQL = "INSERT INTO recipient_addresses (recipient_id, position, address) VALUES (?, ?, ?)"

// getTx reads the record with GUID g inside tx.
func (s *sqliteStore) getTx(ctx context.Context, tx *sql.Tx, g Guid) (*Recipient, error) {
	rs, err := s.queryRecipients(ctx, tx, "WHERE r.guid = ?", g.String())
	if err != nil {
		return nil, err
	}
	if len(rs) == 0 {
		return nil, &NotFoundError{Identity: g.String(), Server: s.opts.dc}
	}
	return rs[0], nil
}

// Modify implements Batch.
func (b *sqliteBatch) Modify(ctx context.Context, g Guid, fn func(r *Recipient) error) (*Recipient, error) {
	return b.modify(ctx, g, nil, fn)
}

// ModifyFrom implements Batch. A partial snapshot (read for one view only)
// is read again in full.
func (b *sqliteBatch) ModifyFrom(ctx context.Context, snapshot *Recipient, fn func(r *Recipient) error) (*Recipient, error) {
	if snapshot.partial {
		return b.modify(ctx, snapshot.Guid, nil, fn)
	}
	return b.modify(ctx, snapshot.Guid, snapshot, fn)
}

// modify applies fn to snapshot (if given and still current) or to the
// record read inside the transaction.
func (b *sqliteBatch) modify(ctx context.Context, g Guid, snapshot *Recipient, fn func(r *Recipient) error) (*Recipient, error) {
	var out *Recipient
	err := b.object(ctx, func(tx *sql.Tx, ch *change) error {
		old := snapshot
		for try := 0; ; try++ {
			if old == nil {
				var err error
				if old, err = b.get(ctx, g); err != nil {
					return err
				}
			}
			if err := ch.check(old); err != nil {
				return err
			}
			r := old.Clone()
			if err := fn(r); err != nil {
				return err
			}
			err := b.update(ctx, tx, old, r)
			if err == errStale && try == 0 {
				old = nil // changed since the snapshot: read it again
				continue
			}
			if err != nil {
				return err
			}
			out = r
			return nil
		}
	})
	return out, err
}

// errStale reports an update whose base record changed meanwhile.
var errStale = errors.New("directory: the record changed since it was read")

// get reads the record with GUID g inside the batch's transaction with a
// prepared statement.
func (b *sqliteBatch) get(ctx context.Context, g Guid) (*Recipient, error) {
	st, err := b.stmt(ctx, "SELECT "+selectList()+" FROM recipients r WHERE r.guid = ?")
	if err != nil {
		return nil, err
	}
	r, err := scanRecipient(st.QueryRowContext(ctx, g.String()))
	if err == sql.ErrNoRows {
		return nil, &NotFoundError{Identity: g.String(), Server: b.s.opts.dc}
	}
	return r, err
}

// update validates r and writes the columns in which it differs from old.
func (b *sqliteBatch) update(ctx context.Context, tx *sql.Tx, old, r *Recipient) error {
	r.rowid, r.ouID, r.Guid = old.rowid, old.ouID, old.Guid
	if err := b.s.prepare(ctx, tx, old, r); err != nil {
		return err
	}
	// The one comparison of old and new: the columns that differ are the
	// ones written; none means the change was a no-op.
	r.WhenChanged = old.WhenChanged
	var sets []string
	var args []any
	for _, c := range recipientColumns {
		if !c.equal(r, old) {
			sets = append(sets, c.name+" = ?")
			args = append(args, dbValue(c.ptr(r)))
		}
	}
	if r.passwordHash != old.passwordHash {
		sets = append(sets, "password_hash = ?")
		args = append(args, dbValue(&r.passwordHash))
	}
	if len(sets) == 0 && slices.Equal(old.EmailAddresses, r.EmailAddresses) {
		return ErrUnchanged
	}
	r.WhenChanged = b.s.opts.clock().UTC()
	sets = append(sets, "when_changed = ?", "version = version + 1")
	args = append(args, dbValue(&r.WhenChanged))
	st, err := b.stmt(ctx, "UPDATE recipients SET "+strings.Join(sets, ", ")+" WHERE id = ? AND version = ?")
	if err != nil {
		return err
	}
	write := func() error {
		res, err := st.ExecContext(ctx, append(args, r.rowid, old.version)...)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return errStale
		}
		if slices.Equal(old.EmailAddresses, r.EmailAddresses) {
			return nil
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM recipient_addresses WHERE recipient_id = ?", r.rowid); err != nil {
			return err
		}
		return insertAddresses(ctx, tx, r)
	}
	if slices.Equal(old.EmailAddresses, r.EmailAddresses) {
		err = write() // one statement: atomic by itself
	} else {
		err = atomically(ctx, tx, write)
	}
	if err == nil {
		r.version = old.version + 1
	}
	return err
}

// insertAddresses writes r's EmailAddresses.
func insertAddresses(ctx context.Context, tx *sql.Tx, r *Recipient) error {
	for i, a := range r.EmailAddresses {
		if _, err := tx.ExecContext(ctx, insertAddressSQL, r.rowid, i, a); err != nil {
			return err
		}
	}
	return nil
}

// insert stores the new record r (its ouID set) with its addresses.
func (s *sqliteStore) insert(ctx context.Context, tx *sql.Tx, r *Recipient) error {
	if err := s.prepare(ctx, tx, nil, r); err != nil {
		return err
	}
	return atomically(ctx, tx, func() error {
		res, err := tx.ExecContext(ctx, insertSQL(), insertArgs(r)...)
		if err != nil {
			return err
		}
		if r.rowid, err = res.LastInsertId(); err != nil {
			return err
		}
		return insertAddresses(ctx, tx, r)
	})
}

// prepare derives and checks everything a record must satisfy before it is
// written: identity and DN from OU and Name, type consistency, addresses,
// uniqueness, and the Administrator rule. old is nil for a new record.
func (s *sqliteStore) prepare(ctx context.Context, tx *sql.Tx, old, r *Recipient) error {
	if err := validateFields(old, r); err != nil {
		return err
	}
	if r.RecipientTypeDetails == "" {
		r.RecipientTypeDetails = DetailsUser
	}
	r.RecipientType = r.RecipientTypeDetails.TypeOf()
	if old == nil || old.Name != r.Name || old.ouID != r.ouID {
		if err := s.place(ctx, tx, r); err != nil {
			return err
		}
	}
	if IsAdministrator(r) && (r.PopEnabled || r.ImapEnabled) {
		return ErrAdministratorProtocol
	}
	if err := normalizeAddresses(old, r); err != nil {
		return err
	}
	if old == nil || !slices.Equal(old.EmailAddresses, r.EmailAddresses) {
		if err := checkAcceptedDomains(ctx, tx, r); err != nil {
			return err
		}
		return s.checkAddresses(ctx, tx, r)
	}
	return nil
}

// place sets Identity, DistinguishedName and OrganizationalUnit from the OU
// and Name, and rejects a name already used in that OU.
func (s *sqliteStore) place(ctx context.Context, tx *sql.Tx, r *Recipient) error {
	ous, err := s.queryOUs(ctx, tx, "WHERE id = ?", r.ouID)
	if err != nil {
		return err
	}
	if len(ous) == 0 {
		return &OUNotFoundError{Identity: fmt.Sprint(r.ouID)}
	}
	ou := ous[0]
	r.OrganizationalUnit = ou.CanonicalName
	r.Identity = ou.CanonicalName + "/" + escapeCanonical(r.Name)
	r.DistinguishedName = "CN=" + escapeRDNValue(r.Name) + "," + ou.DistinguishedName
	var other string
	err = tx.QueryRowContext(ctx, "SELECT identity FROM recipients WHERE identity = ? AND id <> ?", r.Identity, r.rowid).Scan(&other)
	if err == nil {
		return &ValidationError{Message: fmt.Sprintf("The name \"%s\" is already being used. Please try another name.", r.Name)}
	}
	if err != sql.ErrNoRows {
		return err
	}
	return nil
}

// checkAddresses rejects SMTP addresses another object already uses.
func (s *sqliteStore) checkAddresses(ctx context.Context, tx *sql.Tx, r *Recipient) error {
	for _, a := range r.SmtpAddresses() {
		var other string
		err := tx.QueryRowContext(ctx, `SELECT r.identity FROM recipient_addresses a JOIN recipients r ON r.id = a.recipient_id
			WHERE a.address = ? AND a.recipient_id <> ? LIMIT 1`, "smtp:"+a, r.rowid).Scan(&other)
		if err == nil {
			return &ValidationError{Message: fmt.Sprintf("The proxy address \"SMTP:%s\" is already being used by the proxy addresses or LegacyExchangeDN of \"%s\". Please choose another proxy address.", a, other)}
		}
		if err != sql.ErrNoRows {
			return err
		}
	}
	return nil
}
