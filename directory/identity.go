package directory

import (
	"context"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// identityTerm is one way an identity string can name an object: a query
// returning recipient ids, and its bound value.
type identityTerm struct {
	sql string
	arg any
}

// identityTerms returns the lookups Exchange's identity parameter of kind
// tries for id (exchange-cmdlets.md §2). Every term uses an index.
func (s *sqliteStore) identityTerms(kind Kind, id string) []identityTerm {
	var t []identityTerm
	add := func(sql string, arg any) { t = append(t, identityTerm{sql, arg}) }
	if g, err := pipeline.ParseGuid(id); err == nil {
		add("SELECT id FROM recipients WHERE guid = ?", g.String())
		return t
	}
	if looksLikeDN(id) {
		if dn, err := normalizeDN(id); err == nil {
			add("SELECT id FROM recipients WHERE distinguished_name = ?", dn)
			return t
		}
	}
	if strings.Contains(id, "/") && !strings.HasPrefix(id, "/") {
		add("SELECT id FROM recipients WHERE identity = ?", id)
		return t
	}
	if len(id) > len(legacyDNPrefix) && strings.EqualFold(id[:len(legacyDNPrefix)], legacyDNPrefix) {
		if kind == KindMailbox {
			add("SELECT id FROM recipients WHERE alias = ?", id[len(legacyDNPrefix):])
		}
		return t
	}
	if dom, sam, ok := strings.Cut(id, `\`); ok {
		if kind != KindRecipient && s.isOwnDomain(dom) {
			add("SELECT id FROM recipients WHERE sam_account_name = ?", sam)
		}
		return t
	}
	add("SELECT id FROM recipients WHERE name = ?", id)
	if strings.Contains(id, "@") {
		if kind != KindUser {
			add("SELECT recipient_id FROM recipient_addresses WHERE address = ?", "smtp:"+id)
		}
		if kind != KindRecipient {
			add("SELECT id FROM recipients WHERE user_principal_name = ?", id)
		}
		return t
	}
	if kind != KindUser {
		add("SELECT id FROM recipients WHERE alias = ?", id)
	}
	if kind != KindRecipient {
		add("SELECT id FROM recipients WHERE sam_account_name = ?", id)
	}
	return t
}

// isOwnDomain reports whether dom names the organization's domain, as its
// NetBIOS name (CONTOSO) or DNS name (contoso.com).
func (s *sqliteStore) isOwnDomain(dom string) bool {
	netbios, _, _ := strings.Cut(s.domain, ".")
	return strings.EqualFold(dom, s.domain) || strings.EqualFold(dom, netbios)
}

// Lookup implements Store.
func (s *sqliteStore) Lookup(ctx context.Context, kind Kind, identity string) ([]*Recipient, error) {
	return s.lookup(ctx, kind, identity, true)
}

// lookup finds the objects identity names; wildcards says whether a leading
// or trailing * is a wildcard.
func (s *sqliteStore) lookup(ctx context.Context, kind Kind, identity string, wildcards bool) ([]*Recipient, error) {
	id := strings.TrimSpace(identity)
	if id == "" {
		return nil, &NotFoundError{Identity: identity, Server: s.opts.dc}
	}
	var rs []*Recipient
	var err error
	if pat, ok := wildcardIdentity(id); ok && wildcards {
		rs, err = s.queryRecipients(ctx, s.q(), "WHERE "+kind.scopeSQL()+
			" AND (r.name LIKE ? ESCAPE '\\' OR r.alias LIKE ? ESCAPE '\\') ORDER BY r.name, r.id", pat, pat)
	} else {
		terms := s.identityTerms(kind, id)
		if len(terms) == 0 {
			return nil, &NotFoundError{Identity: identity, Server: s.opts.dc}
		}
		var subs []string
		var args []any
		for _, t := range terms {
			subs = append(subs, t.sql)
			args = append(args, t.arg)
		}
		rs, err = s.queryRecipients(ctx, s.q(), "WHERE r.id IN ("+strings.Join(subs, " UNION ")+") AND "+
			kind.scopeSQL()+" ORDER BY r.id", args...)
	}
	if err != nil {
		return nil, err
	}
	if len(rs) == 0 {
		return nil, &NotFoundError{Identity: identity, Server: s.opts.dc}
	}
	return rs, nil
}

// wildcardIdentity turns "David*", "*anders*" or "*son" into a LIKE pattern.
// A * in the middle is not a wildcard (Exchange rejects it), so it stays
// literal and matches nothing.
func wildcardIdentity(id string) (string, bool) {
	core := strings.TrimSuffix(strings.TrimPrefix(id, "*"), "*")
	if core == id || strings.Contains(core, "*") {
		return "", false
	}
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	pat := r.Replace(core)
	if strings.HasPrefix(id, "*") {
		pat = "%" + pat
	}
	if strings.HasSuffix(id, "*") {
		pat += "%"
	}
	return pat, true
}

// Resolve implements Store.
func (s *sqliteStore) Resolve(ctx context.Context, kind Kind, identity string) (*Recipient, error) {
	rs, err := s.lookup(ctx, kind, identity, false)
	if err != nil {
		return nil, err
	}
	if len(rs) > 1 {
		amb := &AmbiguousError{Identity: identity}
		for _, r := range rs {
			amb.Matches = append(amb.Matches, r.Identity)
		}
		return nil, amb
	}
	return rs[0], nil
}
