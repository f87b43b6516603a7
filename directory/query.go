package directory

import (
	"cmp"
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
	tail, args, err := s.whereClause(ctx, q)
	if err != nil {
		return nil, err
	}
	limit := ""
	if q.ResultSize > 0 {
		limit = " LIMIT ?"
		args = append(args, q.ResultSize+1)
	}
	if q.SortBy != "" {
		col, ok := sortColumns[strings.ToLower(q.SortBy)]
		if !ok {
			return nil, &ValidationError{Message: fmt.Sprintf("The property %q can't be used with SortBy.", q.SortBy)}
		}
		tail += " ORDER BY " + col + ", r.id" + limit
	} else if limit != "" {
		// Creation order, cut to ResultSize. The matching ids are found
		// and cut first, so SQLite sorts ids, not whole rows, and then
		// reads the rows in id order.
		tail = "WHERE r.id IN (SELECT r.id FROM recipients r " + tail + " ORDER BY r.id" + limit + ") ORDER BY r.id"
	}
	// else: creation order, all of them; sorted below, as SQLite would
	// sort whole rows.
	p := fullProjection()
	if q.View == ViewCASMailbox {
		p = casProjection()
	}
	rs, err := s.queryProjection(ctx, s.q(), p, tail, args...)
	if err != nil {
		return nil, err
	}
	if q.SortBy == "" && limit == "" {
		slices.SortFunc(rs, func(a, b *Recipient) int { return cmp.Compare(a.rowid, b.rowid) })
	}
	res := &Result{Recipients: rs}
	if q.ResultSize > 0 && len(rs) > q.ResultSize {
		res.Recipients, res.More = rs[:q.ResultSize], true
	}
	return res, nil
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

// placeholders returns n comma-separated question marks.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}
