package directory

import (
	"context"
	"database/sql"
	"strings"
	"time"

	"github.com/psh-project/psh/pipeline"
)

// OU kinds: the domain root, an organizational unit, a built-in container.
const (
	OUKindDomain    = "Domain"
	OUKindOU        = "OrganizationalUnit"
	OUKindContainer = "Container"
)

// OrganizationalUnit is a node of the OU tree: the domain root, an OU or a
// container such as Users. DN and canonical name name the same node.
type OrganizationalUnit struct {
	id       int64
	parentID int64

	Name              string
	Identity          string // canonical name
	DistinguishedName string
	CanonicalName     string
	Guid              Guid
	Type              string // OUKindDomain, OUKindOU or OUKindContainer
	WhenCreated       time.Time
}

// String returns the OU's canonical name.
func (o *OrganizationalUnit) String() string { return o.CanonicalName }

const ouColumns = "id, COALESCE(parent_id, 0), name, distinguished_name, canonical_name, guid, kind, when_created"

func scanOU(row rowScanner) (*OrganizationalUnit, error) {
	o := &OrganizationalUnit{}
	err := row.Scan(&o.id, &o.parentID, &o.Name, &o.DistinguishedName, &o.CanonicalName,
		scanner{&o.Guid}, &o.Type, scanner{&o.WhenCreated})
	o.Identity = o.CanonicalName
	return o, err
}

func (s *sqliteStore) queryOUs(ctx context.Context, q querier, tail string, args ...any) ([]*OrganizationalUnit, error) {
	rows, err := q.QueryContext(ctx, "SELECT "+ouColumns+" FROM org_units "+tail, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*OrganizationalUnit
	for rows.Next() {
		o, err := scanOU(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

// ResolveOU implements Store. Accepted forms: GUID, DN
// (OU=Marketing,OU=North America,DC=contoso,DC=com), canonical name
// (contoso.com/North America/Marketing, also without the domain and with
// backslashes: North America\Marketing) and a unique OU name.
func (s *sqliteStore) ResolveOU(ctx context.Context, identity string) (*OrganizationalUnit, error) {
	return s.resolveOU(ctx, s.q(), identity)
}

func (s *sqliteStore) resolveOU(ctx context.Context, q querier, identity string) (*OrganizationalUnit, error) {
	id := strings.TrimSpace(identity)
	var ous []*OrganizationalUnit
	var err error
	switch {
	case id == "":
		return nil, &OUNotFoundError{Identity: identity}
	case isGuidText(id):
		g, _ := pipeline.ParseGuid(id)
		ous, err = s.queryOUs(ctx, q, "WHERE guid = ?", g.String())
	case looksLikeDN(id):
		dn, perr := normalizeDN(id)
		if perr != nil {
			return nil, &OUNotFoundError{Identity: identity}
		}
		ous, err = s.queryOUs(ctx, q, "WHERE distinguished_name = ?", dn)
	default:
		cn := s.canonicalOU(id)
		ous, err = s.queryOUs(ctx, q, "WHERE canonical_name = ?", cn)
		if err == nil && len(ous) == 0 && !strings.ContainsAny(id, `/\`) {
			ous, err = s.queryOUs(ctx, q, "WHERE name = ? ORDER BY id", id)
		}
	}
	if err != nil {
		return nil, err
	}
	switch len(ous) {
	case 0:
		return nil, &OUNotFoundError{Identity: identity}
	case 1:
		return ous[0], nil
	}
	amb := &AmbiguousError{Identity: identity}
	for _, o := range ous {
		amb.Matches = append(amb.Matches, o.CanonicalName)
	}
	return nil, amb
}

// canonicalOU normalizes a canonical OU name: backslashes become slashes, a
// trailing slash goes, and a path without a domain gets the root domain.
func (s *sqliteStore) canonicalOU(id string) string {
	id = strings.Trim(strings.ReplaceAll(id, `\`, "/"), "/")
	first, _, _ := strings.Cut(id, "/")
	if s.domain != "" && !strings.EqualFold(first, s.domain) && !strings.Contains(first, ".") {
		id = s.domain + "/" + id
	}
	return id
}

// isGuidText reports whether s parses as a GUID.
func isGuidText(s string) bool {
	_, err := pipeline.ParseGuid(s)
	return err == nil
}

// OrganizationalUnits implements Store.
func (s *sqliteStore) OrganizationalUnits(ctx context.Context, root string) ([]*OrganizationalUnit, error) {
	q := s.q()
	if root == "" {
		return s.queryOUs(ctx, q, "ORDER BY canonical_name")
	}
	r, err := s.resolveOU(ctx, q, root)
	if err != nil {
		return nil, err
	}
	return s.queryOUs(ctx, q, "WHERE canonical_name = ? OR canonical_name LIKE ? ESCAPE '\\' ORDER BY canonical_name",
		r.CanonicalName, likePrefix(r.CanonicalName+"/"))
}

// NewOrganizationalUnit implements Store.
func (s *sqliteStore) NewOrganizationalUnit(ctx context.Context, name, parent string) (*OrganizationalUnit, error) {
	name = strings.TrimSpace(name)
	if name == "" || strings.ContainsAny(name, "/") || len(name) > 64 {
		return nil, &ValidationError{Message: "The organizational unit name must be 1 to 64 characters and can't contain '/'."}
	}
	if parent == "" {
		parent = s.domain
	}
	var created *OrganizationalUnit
	object := name
	err := s.change(ctx, &object, func(tx *sql.Tx) error { // audited
		p, err := s.resolveOU(ctx, tx, parent)
		if err != nil {
			return err
		}
		o := childOU(p, name, OUKindOU, pipeline.NewGuid(), s.opts.clock())
		object = o.CanonicalName
		var n int
		_ = tx.QueryRowContext(ctx, "SELECT count(*) FROM org_units WHERE distinguished_name = ?", o.DistinguishedName).Scan(&n)
		if n > 0 {
			return &ValidationError{Message: "The organizational unit \"" + o.CanonicalName + "\" already exists."}
		}
		if err := insertOU(ctx, tx, o); err != nil {
			return err
		}
		created = o
		return nil
	})
	return created, err
}

// childOU returns the node name of the given kind under parent p.
func childOU(p *OrganizationalUnit, name, kind string, g Guid, now time.Time) *OrganizationalUnit {
	attr := "OU"
	if kind == OUKindContainer {
		attr = "CN"
	}
	cn := p.CanonicalName + "/" + escapeCanonical(name)
	return &OrganizationalUnit{parentID: p.id, Name: name, Identity: cn, CanonicalName: cn,
		DistinguishedName: attr + "=" + escapeRDNValue(name) + "," + p.DistinguishedName,
		Guid:              g, Type: kind, WhenCreated: now.UTC()}
}

// insertOU stores o and sets its id.
func insertOU(ctx context.Context, tx *sql.Tx, o *OrganizationalUnit) error {
	var parent any
	if o.parentID != 0 {
		parent = o.parentID
	}
	res, err := tx.ExecContext(ctx, "INSERT INTO org_units (parent_id, guid, kind, name, distinguished_name, canonical_name, when_created) VALUES (?, ?, ?, ?, ?, ?, ?)",
		parent, o.Guid.String(), o.Type, o.Name, o.DistinguishedName, o.CanonicalName, dbValue(&o.WhenCreated))
	if err != nil {
		return err
	}
	o.id, err = res.LastInsertId()
	return err
}
