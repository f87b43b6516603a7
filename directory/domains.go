package directory

import "context"

// AcceptedDomain is an SMTP domain the organization receives mail for.
type AcceptedDomain struct {
	Name       string
	DomainName string
	DomainType string // Authoritative, InternalRelay or ExternalRelay
	Default    bool
}

// AcceptedDomains implements Store.
func (s *sqliteStore) AcceptedDomains(ctx context.Context) ([]AcceptedDomain, error) {
	rows, err := s.q().QueryContext(ctx, "SELECT domain_name, domain_type, is_default FROM accepted_domains ORDER BY is_default DESC, domain_name")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []AcceptedDomain
	for rows.Next() {
		var d AcceptedDomain
		if err := rows.Scan(&d.DomainName, &d.DomainType, &d.Default); err != nil {
			return nil, err
		}
		d.Name = d.DomainName
		out = append(out, d)
	}
	return out, rows.Err()
}
