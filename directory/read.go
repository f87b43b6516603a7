package directory

import (
	"context"
	"strings"
)

// selectList is the column list every recipient SELECT uses (table alias r);
// the last column is the address list joined with \x1f.
func selectList() string {
	var b strings.Builder
	b.WriteString("r.id, r.ou_id, r.password_hash, r.version")
	for _, c := range recipientColumns {
		b.WriteString(", r.")
		b.WriteString(c.name)
	}
	b.WriteString(", (SELECT canonical_name FROM org_units o WHERE o.id = r.ou_id)")
	b.WriteString(", (SELECT group_concat(a.address, char(31) ORDER BY a.position) FROM recipient_addresses a WHERE a.recipient_id = r.id)")
	return b.String()
}

// rowScanner is what *sql.Row and *sql.Rows share.
type rowScanner interface{ Scan(dest ...any) error }

// scanRecipient reads one row of selectList into a new Recipient.
func scanRecipient(row rowScanner) (*Recipient, error) {
	r := &Recipient{}
	var addrs string
	dest := make([]any, 0, len(recipientColumns)+4)
	dest = append(dest, scanner{&r.rowid}, scanner{&r.ouID}, scanner{&r.passwordHash}, scanner{&r.version})
	for _, c := range recipientColumns {
		dest = append(dest, scanner{c.ptr(r)})
	}
	dest = append(dest, scanner{&r.OrganizationalUnit}, scanner{&addrs})
	if err := row.Scan(dest...); err != nil {
		return nil, err
	}
	if addrs != "" {
		r.EmailAddresses = strings.Split(addrs, "\x1f")
	}
	r.derive()
	return r, nil
}

// queryRecipients runs a SELECT of selectList with the given tail
// ("WHERE ... ORDER BY ... LIMIT ...") and returns the rows.
func (s *sqliteStore) queryRecipients(ctx context.Context, q querier, tail string, args ...any) ([]*Recipient, error) {
	rows, err := q.QueryContext(ctx, "SELECT "+selectList()+" FROM recipients r "+tail, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*Recipient
	for rows.Next() {
		r, err := scanRecipient(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Get implements Store.
func (s *sqliteStore) Get(ctx context.Context, g Guid) (*Recipient, error) {
	rs, err := s.queryRecipients(ctx, s.q(), "WHERE r.guid = ?", g.String())
	if err != nil {
		return nil, err
	}
	if len(rs) == 0 {
		return nil, &NotFoundError{Identity: g.String(), Server: s.opts.dc}
	}
	return rs[0], nil
}

// scopeSQL is the condition that limits a query to the objects of k.
func (k Kind) scopeSQL() string {
	switch k {
	case KindMailbox:
		return "r.recipient_type = 'UserMailbox'"
	case KindRecipient:
		return "r.recipient_type <> 'User'"
	default:
		return "1"
	}
}

// likePrefix returns a LIKE pattern matching values that start with s.
func likePrefix(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s) + "%"
}
