package directory

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// sortColumns maps the properties -SortBy accepts to their columns.
var sortColumns = map[string]string{
	"name": "r.name", "displayname": "r.display_name", "alias": "r.alias", "office": "r.office",
	"serverlegacydn": "r.server_legacy_dn", "city": "r.city", "firstname": "r.first_name",
	"lastname": "r.last_name",
}

// sortColumnNames returns the set of the columns of sortColumns, without
// the table alias.
func sortColumnNames() map[string]bool {
	out := make(map[string]bool, len(sortColumns))
	for _, c := range sortColumns {
		out[strings.TrimPrefix(c, "r.")] = true
	}
	return out
}

// SortProperties returns the properties -SortBy may name for cmdlet, as
// Exchange lists them.
func SortProperties(cmdlet string) []string {
	switch strings.ToLower(cmdlet) {
	case "get-mailbox":
		return []string{"Name", "DisplayName", "Alias", "Office", "ServerLegacyDN"}
	case "get-user":
		return []string{"Name", "DisplayName", "City", "FirstName", "LastName", "Office"}
	case "get-casmailbox":
		return []string{"Name", "DisplayName", "ServerLegacyDN"}
	case "get-recipient":
		return []string{"Name", "DisplayName", "Alias", "City", "FirstName", "LastName", "Office", "ServerLegacyDN"}
	}
	return nil
}

// Query implements Store.
func (s *sqliteStore) Query(ctx context.Context, q Query) (*Result, error) {
	res := &Result{}
	more, err := s.QueryEach(ctx, q, func(r *Recipient) error {
		res.Recipients = append(res.Recipients, r)
		return nil
	})
	if err != nil {
		return nil, err
	}
	res.More = more
	return res, nil
}

// firstPage and lastPage bound the pages QueryEach reads an unlimited query
// in: the first is small, so a consumer that wants a few objects costs
// little; later ones grow, so a whole-directory read is a few statements.
const (
	firstPage = 256
	lastPage  = 65536
)

// QueryEach is Query handing the objects to f in order instead of
// returning them; it reports whether -ResultSize cut the result short. f is
// called between reads, never while a statement is open, so it may use the
// store (a Set- cmdlet fed by a Get-). f's error stops the query, which
// then reads no further rows, and is returned.
func (s *sqliteStore) QueryEach(ctx context.Context, q Query, f func(*Recipient) error) (bool, error) {
	tail, args, err := s.whereClause(ctx, q)
	if err != nil {
		return false, err
	}
	if q.SortBy != "" {
		if _, ok := sortColumns[strings.ToLower(q.SortBy)]; !ok {
			return false, &ValidationError{Message: fmt.Sprintf("The property %q can't be used with SortBy.", q.SortBy)}
		}
	}
	p := packedFull()
	if q.View == ViewCASMailbox {
		p = packedCAS()
	}
	if q.Properties != nil {
		if n := narrowProjection(q.Properties); n != nil {
			p = n
		}
	}
	buf, err := s.newBuffer(ctx, s.q(), p)
	if err != nil {
		return false, err
	}
	if q.SortBy != "" || q.ResultSize > 0 {
		return s.queryCut(ctx, q, buf, tail, args, f)
	}
	// Unlimited, in creation order: pages in id order up to the highest id
	// there is now, so objects the pipeline creates meanwhile are not read
	// again, and a consumer that stops early stops the reading.
	var top int64
	if err := s.q().QueryRowContext(ctx, "SELECT ifnull(max(id), 0) FROM recipients").Scan(&top); err != nil {
		return false, err
	}
	last, size := int64(0), firstPage
	for {
		page := append(slices.Clip(args), last, top, size)
		n := 0
		err := s.scanEach(ctx, s.q(), buf, tail+" AND r.id > ? AND r.id <= ? ORDER BY r.id LIMIT ?", page, func(r *Recipient) error {
			n++
			last = r.rowid
			return f(r)
		})
		if err != nil || n < size {
			return false, err
		}
		size = min(size*4, lastPage)
	}
}

// queryCut runs a query with -SortBy or -ResultSize in one statement.
func (s *sqliteStore) queryCut(ctx context.Context, q Query, buf *rowBuffer, tail string, args []any, f func(*Recipient) error) (bool, error) {
	tail, args = cutSQL(q, tail, args)
	n, more := 0, false
	err := s.scanEach(ctx, s.q(), buf, tail, args, func(r *Recipient) error {
		if q.ResultSize > 0 && n >= q.ResultSize {
			more = true
			return nil
		}
		n++
		return f(r)
	})
	return more, err
}

// cutSQL returns the clauses after FROM of queryCut's statement (tail is
// whereClause's) with their arguments: one row more than -ResultSize, so
// the caller learns whether the result was cut.
func cutSQL(q Query, tail string, args []any) (string, []any) {
	limit := ""
	if q.ResultSize > 0 {
		limit = " LIMIT ?"
		args = append(args, q.ResultSize+1)
	}
	if q.SortBy != "" {
		return tail + " ORDER BY " + sortColumns[strings.ToLower(q.SortBy)] + ", r.id" + limit, args
	}
	// Creation order, cut to ResultSize. The matching ids are found and cut
	// first, so SQLite sorts ids, not whole rows, and then reads the rows
	// in id order.
	return "WHERE r.id IN (SELECT r.id FROM recipients r " + tail + " ORDER BY r.id" + limit + ") ORDER BY r.id", args
}

// whereClause builds "WHERE ..." for q with its bound arguments. The OPATH
// filter's SQL comes from package filter with values as parameters.
func (s *sqliteStore) whereClause(ctx context.Context, q Query) (string, []any, error) {
	conds := []string{q.Kind.scopeSQL()}
	var args []any
	if q.Filter != nil {
		w, a, err := q.Filter.SQL(SQLMapping())
		if err != nil {
			return "", nil, err
		}
		conds = append(conds, "("+w+")")
		args = append(args, a...)
	}
	if col, ok := sortColumns[strings.ToLower(q.SortBy)]; ok && slices.Contains(sortIndexedColumns(), strings.TrimPrefix(col, "r.")) && !slices.ContainsFunc(args, isContainsPattern) {
		// Sorted by a column with a full index: the index serves the
		// ORDER BY, and the unary + keeps SQLite from choosing the
		// recipient_type index instead, which would sort every object
		// in scope for each page. Not for a "contains" search (LIKE
		// '%x%'): no index finds its few matches, and walking the sort
		// index to test every object in it costs more than sorting them.
		conds[0] = q.Kind.scopeOn("+r.recipient_type")
	}
	if q.OrganizationalUnit != "" {
		ou, err := s.ResolveOU(ctx, q.OrganizationalUnit)
		if err != nil {
			return "", nil, err
		}
		conds = append(conds, "r.ou_id IN (SELECT id FROM org_units WHERE canonical_name = ? OR canonical_name LIKE ? ESCAPE '\\')")
		args = append(args, ou.CanonicalName, likePrefix(ou.CanonicalName+"/"))
	}
	if len(q.RecipientTypeDetails) > 0 {
		conds = append(conds, "r.recipient_type_details IN ("+placeholders(len(q.RecipientTypeDetails))+")")
		for _, d := range q.RecipientTypeDetails {
			args = append(args, string(d))
		}
	}
	if len(q.RecipientType) > 0 {
		conds = append(conds, "r.recipient_type IN ("+placeholders(len(q.RecipientType))+")")
		for _, t := range q.RecipientType {
			args = append(args, string(t))
		}
	}
	if q.Anr != "" {
		var ors []string
		for _, c := range []string{"r.name", "r.display_name", "r.first_name", "r.last_name", "r.alias"} {
			ors = append(ors, c+" LIKE ? ESCAPE '\\'")
			args = append(args, likePrefix(q.Anr))
		}
		conds = append(conds, "("+strings.Join(ors, " OR ")+")")
	}
	return "WHERE " + strings.Join(conds, " AND "), args, nil
}

// isContainsPattern reports whether a bound filter value is a LIKE pattern
// with a leading wildcard.
func isContainsPattern(v any) bool {
	p, ok := v.(string)
	return ok && strings.HasPrefix(p, "%")
}

// placeholders returns n comma-separated question marks.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}
