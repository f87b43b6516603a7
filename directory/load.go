package directory

import (
	"context"
	"database/sql"
	"fmt"
	"iter"
	"strings"
	"time"
)

// Organization is a whole directory to load: the domain, its accepted
// domains, the OU tree and the recipients. Recipients name their OU by
// canonical path in OrganizationalUnit; Load derives Identity and
// DistinguishedName.
type Organization struct {
	Domain          string // DNS name of the root domain, e.g. contoso.com
	AcceptedDomains []AcceptedDomain
	OUs             []OUSpec // parents before children
	Recipients      iter.Seq[*Recipient]
	Created         time.Time // WhenCreated of the domain root and OUs
}

// OUSpec is one OU (or container) of an Organization.
type OUSpec struct {
	Path      string // below the domain: "North America/Finance"
	Container bool   // a CN= container such as Users
	Guid      Guid
}

// Load implements Store: it replaces the directory's contents with org in one
// transaction, inserting with prepared statements and building the indexes
// once at the end.
func (s *sqliteStore) Load(ctx context.Context, org *Organization) error {
	s.mu.Lock()
	busy := s.batch != nil
	s.mu.Unlock()
	if busy {
		return fmt.Errorf("directory: Load while a batch is open")
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	stmts := []string{}
	for _, n := range indexNames() {
		stmts = append(stmts, "DROP INDEX IF EXISTS "+n)
	}
	stmts = append(stmts, "DELETE FROM recipient_addresses", "DELETE FROM recipients",
		"DELETE FROM org_units", "DELETE FROM accepted_domains")
	for _, st := range stmts {
		if _, err := tx.ExecContext(ctx, st); err != nil {
			return err
		}
	}
	ous, err := loadOUs(ctx, tx, org)
	if err != nil {
		return err
	}
	for _, d := range org.AcceptedDomains {
		if _, err := tx.ExecContext(ctx, "INSERT INTO accepted_domains (domain_name, domain_type, is_default) VALUES (?, ?, ?)",
			d.DomainName, d.DomainType, d.Default); err != nil {
			return err
		}
	}
	if err := loadRecipients(ctx, tx, org, ous); err != nil {
		return err
	}
	// The new Administrator is in Organization Management, as the old one was.
	if _, err := tx.ExecContext(ctx, addAdministratorSQL); err != nil {
		return err
	}
	for _, st := range indexStatements() {
		if _, err := tx.ExecContext(ctx, st); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, "PRAGMA analysis_limit = 1000; ANALYZE"); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	s.domain = org.Domain
	// The load went through the WAL as one transaction the size of the
	// file: copy it into the database now and truncate the WAL, so later
	// processes do not rebuild a huge WAL index on open and read pages
	// from the file itself. Best effort: a busy reader only delays it to
	// the next automatic checkpoint.
	_, _ = s.db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	return nil
}

// loadOUs inserts the domain root and org.OUs; it returns them by canonical
// name (lower case).
func loadOUs(ctx context.Context, tx *sql.Tx, org *Organization) (map[string]*OrganizationalUnit, error) {
	root := &OrganizationalUnit{Name: org.Domain, CanonicalName: org.Domain, Identity: org.Domain,
		DistinguishedName: domainDN(org.Domain), Guid: guidFor(org.Domain), Type: OUKindDomain, WhenCreated: org.Created}
	if err := insertOU(ctx, tx, root); err != nil {
		return nil, err
	}
	ous := map[string]*OrganizationalUnit{strings.ToLower(root.CanonicalName): root}
	for _, spec := range org.OUs {
		parentPath, name := org.Domain, spec.Path
		if i := strings.LastIndex(spec.Path, "/"); i >= 0 {
			parentPath, name = org.Domain+"/"+spec.Path[:i], spec.Path[i+1:]
		}
		p, ok := ous[strings.ToLower(parentPath)]
		if !ok {
			return nil, fmt.Errorf("directory: OU %q comes before its parent", spec.Path)
		}
		kind := OUKindOU
		if spec.Container {
			kind = OUKindContainer
		}
		g := spec.Guid
		if g == (Guid{}) {
			g = guidFor(org.Domain + "/" + spec.Path)
		}
		o := childOU(p, name, kind, g, org.Created)
		if err := insertOU(ctx, tx, o); err != nil {
			return nil, err
		}
		ous[strings.ToLower(o.CanonicalName)] = o
	}
	return ous, nil
}

// loadRecipients inserts org's recipients with two prepared statements.
func loadRecipients(ctx context.Context, tx *sql.Tx, org *Organization, ous map[string]*OrganizationalUnit) error {
	if org.Recipients == nil {
		return nil
	}
	ins, err := tx.PrepareContext(ctx, insertSQL())
	if err != nil {
		return err
	}
	defer ins.Close()
	addr, err := tx.PrepareContext(ctx, insertAddressSQL)
	if err != nil {
		return err
	}
	defer addr.Close()
	for r := range org.Recipients {
		ou, ok := ous[strings.ToLower(r.OrganizationalUnit)]
		if !ok {
			return &OUNotFoundError{Identity: r.OrganizationalUnit}
		}
		r.ouID = ou.id
		r.OrganizationalUnit = ou.CanonicalName
		r.Identity = ou.CanonicalName + "/" + escapeCanonical(r.Name)
		r.DistinguishedName = "CN=" + escapeRDNValue(r.Name) + "," + ou.DistinguishedName
		r.RecipientType = r.RecipientTypeDetails.TypeOf()
		res, err := ins.ExecContext(ctx, insertArgs(r)...)
		if err != nil {
			return fmt.Errorf("directory: loading %s: %w", r.Identity, err)
		}
		if r.rowid, err = res.LastInsertId(); err != nil {
			return err
		}
		for i, a := range r.EmailAddresses {
			if _, err := addr.ExecContext(ctx, r.rowid, i, a); err != nil {
				return fmt.Errorf("directory: loading %s: %w", r.Identity, err)
			}
		}
	}
	return nil
}

// guidFor derives a stable GUID from a name (for the demo's fixed objects).
func guidFor(name string) Guid {
	var g Guid
	h := uint64(14695981039346656037)
	for i := 0; i < 16; i++ {
		for _, c := range []byte(strings.ToLower(name)) {
			h = (h ^ uint64(c)) * 1099511628211
		}
		h = (h ^ uint64(i)) * 1099511628211
		g[i] = byte(h >> 56)
	}
	g[6] = g[6]&0x0f | 0x40
	g[8] = g[8]&0x3f | 0x80
	return g
}
