package directory

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// projection is the set of columns a recipient SELECT reads. The full
// projection reads everything; a narrower one reads what one view shows and
// yields partial records, which are only made into that view (a Batch reads
// the whole record again before changing it).
type projection struct {
	cols    []column // read one column each
	bools   []column // read together as the bits of one integer
	ou      bool     // OrganizationalUnit, from org_units
	addrs   bool     // EmailAddresses, from recipient_addresses
	partial bool
	packed  bool   // the data columns come as one json_array (see packed.go); OU from ouNames
	list    string // the SELECT list, table alias r
}

// newProjection returns the projection of the named columns; names nil
// means every column.
func newProjection(names []string, ou, addrs bool) *projection {
	p := &projection{ou: ou, addrs: addrs, partial: names != nil}
	var probe Recipient
	for _, c := range recipientColumns {
		if names != nil && !slices.Contains(names, c.name) {
			continue
		}
		if _, ok := c.ptr(&probe).(*bool); ok {
			p.bools = append(p.bools, c)
		} else {
			p.cols = append(p.cols, c)
		}
	}
	var b strings.Builder
	b.WriteString("r.id, r.ou_id, r.password_hash, r.version")
	for _, c := range p.cols {
		b.WriteString(", r.")
		b.WriteString(c.name)
	}
	// Each column fetched costs a round of driver calls; the 0/1 flags
	// come as one number.
	b.WriteString(", 0")
	for i, c := range p.bools {
		fmt.Fprintf(&b, " | (r.%s << %d)", c.name, i)
	}
	b.WriteString(", ")
	if ou {
		b.WriteString("(SELECT canonical_name FROM org_units o WHERE o.id = r.ou_id)")
	} else {
		b.WriteString("NULL")
	}
	b.WriteString(", ")
	if addrs {
		b.WriteString("(SELECT group_concat(a.address, char(31) ORDER BY a.position) FROM recipient_addresses a WHERE a.recipient_id = r.id)")
	} else {
		b.WriteString("NULL")
	}
	p.list = b.String()
	return p
}

// packedOf returns p reading its data columns (and flags) as one packed
// value, and neither the OU nor the addresses: the bulk query fills the OU
// from a map of the OUs and reads the addresses of all its rows at once.
func packedOf(p *projection) *projection {
	q := *p
	q.packed = true
	var b strings.Builder
	b.WriteString("r.id, r.ou_id, r.password_hash, r.version, json_array(")
	for _, c := range p.cols {
		b.WriteString("r.")
		b.WriteString(c.name)
		b.WriteString(", ")
	}
	b.WriteString("0")
	for i, c := range p.bools {
		fmt.Fprintf(&b, " | (r.%s << %d)", c.name, i)
	}
	// The addresses too are read apart (readAddresses): one statement for
	// a page of rows costs much less than a subquery per row.
	b.WriteString("), NULL, NULL")
	q.list = b.String()
	return &q
}

// fullProjection reads whole records; casProjection what CASMailboxOf
// needs. Both are built on first use (not at program start, which a shell
// that never opens the directory should not pay for) and are read-only.
var (
	fullProjection = sync.OnceValue(func() *projection { return newProjection(nil, true, true) })
	packedFull     = sync.OnceValue(func() *projection { return packedOf(fullProjection()) })
	packedCAS      = sync.OnceValue(func() *projection { return packedOf(casProjection()) })
	casProjection  = sync.OnceValue(func() *projection {
		return newProjection([]string{"guid", "identity", "distinguished_name", "name", "alias", "display_name",
			"sam_account_name", "primary_smtp_address", "recipient_type", "recipient_type_details", "when_created", "when_changed",
			"pop_enabled", "imap_enabled", "owa_enabled", "active_sync_enabled", "mapi_enabled", "ews_enabled", "ecp_enabled",
			"mapi_block_outlook_rpc_http",
			"pop_use_protocol_defaults", "pop_suppress_read_receipt", "pop_force_ical", "pop_exact_rfc822_size", "pop_mime_format",
			"imap_use_protocol_defaults", "imap_suppress_read_receipt", "imap_force_ical", "imap_exact_rfc822_size", "imap_mime_format"}, false, true)
	})
)

// selectList is the column list of whole-record SELECTs (table alias r);
// the last column is the address list joined with \x1f.
func selectList() string { return fullProjection().list }

// rowScanner is what *sql.Row and *sql.Rows share.
type rowScanner interface{ Scan(dest ...any) error }

// rowBuffer receives one row of a projection. Its destinations are reused
// from row to row, so scanning a row allocates only the values themselves.
type rowBuffer struct {
	p        *projection
	vals     []any
	dest     []any
	unpacked []any            // a packed row's values
	ouNames  map[int64]string // canonical names by OU id, for a packed projection
}

// newRowBuffer returns a buffer for the columns of p.
func newRowBuffer(p *projection) *rowBuffer {
	n := len(p.cols) + 7 // id, ou_id, password_hash, version, cols..., flags, OU, addresses
	if p.packed {
		n = 7 // id, ou_id, password_hash, version, packed, OU, addresses
	}
	b := &rowBuffer{p: p, vals: make([]any, n), dest: make([]any, n)}
	for i := range b.vals {
		b.dest[i] = &b.vals[i]
	}
	if p.packed {
		b.unpacked = make([]any, len(p.cols)+1)
	}
	return b
}

// scan reads one row into a new Recipient.
func (b *rowBuffer) scan(row rowScanner) (*Recipient, error) {
	clear(b.vals)
	if err := row.Scan(b.dest...); err != nil {
		return nil, err
	}
	r := &Recipient{partial: b.p.partial}
	v := b.vals
	for i, p := range []any{&r.rowid, &r.ouID, &r.passwordHash, &r.version} {
		if err := assign(p, v[i]); err != nil {
			return nil, err
		}
	}
	v = v[4:]
	cols := v
	if b.p.packed {
		packed, _ := v[0].(string)
		if err := unpackRow(packed, b.unpacked); err != nil {
			return nil, err
		}
		cols, v = b.unpacked, v[1:]
	} else {
		v = v[len(b.p.cols)+1:]
	}
	for i := range b.p.cols {
		if err := assign(b.p.cols[i].ptr(r), cols[i]); err != nil {
			return nil, err
		}
	}
	bits, err := asInt(cols[len(b.p.cols)])
	if err != nil {
		return nil, err
	}
	for i := range b.p.bools {
		*b.p.bools[i].ptr(r).(*bool) = bits&(1<<i) != 0
	}
	if b.p.packed {
		if b.p.ou {
			r.OrganizationalUnit = b.ouNames[r.ouID]
		}
	} else if err := assign(&r.OrganizationalUnit, v[0]); err != nil {
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
	return newRowBuffer(fullProjection()).scan(row)
}

// queryRecipients runs a SELECT of selectList with the given tail
// ("WHERE ... ORDER BY ... LIMIT ...") and returns the rows.
func (s *sqliteStore) queryRecipients(ctx context.Context, q querier, tail string, args ...any) ([]*Recipient, error) {
	return s.queryProjection(ctx, q, fullProjection(), tail, args...)
}

// queryProjection is queryRecipients reading the columns of p.
func (s *sqliteStore) queryProjection(ctx context.Context, q querier, p *projection, tail string, args ...any) ([]*Recipient, error) {
	buf, err := s.newBuffer(ctx, q, p)
	if err != nil {
		return nil, err
	}
	var out []*Recipient
	err = s.scanEach(ctx, q, buf, tail, args, func(r *Recipient) error {
		out = append(out, r)
		return nil
	})
	return out, err
}

// newBuffer returns a row buffer for p; a packed projection's buffer gets
// the OUs' names, read in the same querier as the rows.
func (s *sqliteStore) newBuffer(ctx context.Context, q querier, p *projection) (*rowBuffer, error) {
	buf := newRowBuffer(p)
	if !p.packed || !p.ou {
		return buf, nil
	}
	rows, err := q.QueryContext(ctx, "SELECT id, canonical_name FROM org_units")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	buf.ouNames = map[int64]string{}
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			return nil, err
		}
		buf.ouNames[id] = name
	}
	return buf, rows.Err()
}

// scanEach runs a SELECT of buf's projection with the given tail and calls
// f with each row once all of them are read (so f may use the store); f's
// error stops it and is returned.
func (s *sqliteStore) scanEach(ctx context.Context, q querier, buf *rowBuffer, tail string, args []any, f func(*Recipient) error) error {
	got, err := s.readRows(ctx, q, buf, tail, args)
	if err != nil {
		return err
	}
	for _, r := range got {
		if err := f(r); err != nil {
			return err
		}
	}
	return nil
}

// readRows reads the rows of buf's projection, and for a packed one their
// addresses, in one read transaction (unless q already is a transaction),
// so the two statements see the same state.
func (s *sqliteStore) readRows(ctx context.Context, q querier, buf *rowBuffer, tail string, args []any) ([]*Recipient, error) {
	apart := buf.p.packed && buf.p.addrs
	if db, ok := q.(*sql.DB); ok && apart {
		tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
		if err != nil {
			return nil, err
		}
		defer tx.Rollback() //nolint:errcheck // read only: nothing to keep
		q = tx
	}
	rows, err := q.QueryContext(ctx, "SELECT "+buf.p.list+" FROM recipients r "+tail, args...)
	if err != nil {
		return nil, err
	}
	var got []*Recipient
	for rows.Next() {
		r, err := buf.scan(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		got = append(got, r)
	}
	if err := rows.Err(); err != nil {
		rows.Close()
		return nil, err
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	if apart && len(got) > 0 {
		if err := readAddresses(ctx, q, got); err != nil {
			return nil, err
		}
	}
	return got, nil
}

// readAddresses sets the EmailAddresses of rs with one
// statement: the ids go in as one JSON array.
func readAddresses(ctx context.Context, q querier, rs []*Recipient) error {
	ids := make([]byte, 0, len(rs)*7)
	ids = append(ids, '[')
	for i, r := range rs {
		if i > 0 {
			ids = append(ids, ',')
		}
		ids = strconv.AppendInt(ids, r.rowid, 10)
	}
	ids = append(ids, ']')
	rows, err := q.QueryContext(ctx, `SELECT a.recipient_id, group_concat(a.address, char(31) ORDER BY a.position)
		FROM recipient_addresses a WHERE a.recipient_id IN (SELECT value FROM json_each(?))
		GROUP BY a.recipient_id`, string(ids))
	if err != nil {
		return err
	}
	defer rows.Close()
	byID := make(map[int64]*Recipient, len(rs)) // rs may be sorted by any column
	for _, r := range rs {
		byID[r.rowid] = r
	}
	for rows.Next() {
		var id int64
		var addrs string
		if err := rows.Scan(&id, &addrs); err != nil {
			return err
		}
		if r := byID[id]; r != nil && addrs != "" {
			r.EmailAddresses = strings.Split(addrs, "\x1f")
		}
	}
	return rows.Err()
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
func (k Kind) scopeSQL() string { return k.scopeOn("r.recipient_type") }

// scopeOn is scopeSQL with the recipient type read from the expression col
// ("+r.recipient_type" keeps SQLite from using its index).
func (k Kind) scopeOn(col string) string {
	switch k {
	case KindMailbox:
		return col + " = 'UserMailbox'"
	case KindRecipient:
		return col + " <> 'User'"
	default:
		return "1"
	}
}

// likePrefix returns a LIKE pattern matching values that start with s.
func likePrefix(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s) + "%"
}
