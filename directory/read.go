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

// rowBuffer receives one row of selectList. Its destinations are reused from
// row to row, so scanning a row allocates only the values themselves.
type rowBuffer struct {
	vals []any
	dest []any
}

// newRowBuffer returns a buffer for the columns of selectList.
func newRowBuffer() *rowBuffer {
	n := len(recipientColumns) + 6
	b := &rowBuffer{vals: make([]any, n), dest: make([]any, n)}
	for i := range b.vals {
		b.dest[i] = &b.vals[i]
	}
	return b
}

// scan reads one row of selectList into a new Recipient.
func (b *rowBuffer) scan(row rowScanner) (*Recipient, error) {
	clear(b.vals)
	if err := row.Scan(b.dest...); err != nil {
		return nil, err
	}
	r := &Recipient{}
	v := b.vals
	for i, p := range []any{&r.rowid, &r.ouID, &r.passwordHash, &r.version} {
		if err := assign(p, v[i]); err != nil {
			return nil, err
		}
	}
	v = v[4:]
	for i := range recipientColumns {
		if err := assign(recipientColumns[i].ptr(r), v[i]); err != nil {
			return nil, err
		}
	}
	v = v[len(recipientColumns):]
	if err := assign(&r.OrganizationalUnit, v[0]); err != nil {
		return nil, err
	}
	if addrs, _ := v[1].(string); addrs != "" {
		r.EmailAddresses = strings.Split(addrs, "\x1f")
	}
	r.derive()
	return r, nil
}

// scanRecipient reads one row of selectList into a new Recipient.
func scanRecipient(row rowScanner) (*Recipient, error) {
	return newRowBuffer().scan(row)
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
	buf := newRowBuffer()
	for rows.Next() {
		r, err := buf.scan(rows)
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
