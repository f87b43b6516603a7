package directory

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
)

// normalizeAddresses brings EmailAddresses and PrimarySmtpAddress into
// agreement: bare addresses get "smtp:", exactly one SMTP address is
// primary ("SMTP:"), duplicates go, and a plain user has none. A changed
// PrimarySmtpAddress wins over an unchanged list; a changed list decides the
// primary by its "SMTP:" entry.
func normalizeAddresses(old, r *Recipient) error {
	if !r.IsMailEnabled() {
		r.EmailAddresses, r.PrimarySmtpAddress = nil, ""
		return nil
	}
	listChanged := old == nil || !slices.Equal(old.EmailAddresses, r.EmailAddresses)
	primaryChanged := old == nil || !strings.EqualFold(old.PrimarySmtpAddress, r.PrimarySmtpAddress)
	var out []string
	seen := map[string]bool{}
	primary := ""
	for _, a := range r.EmailAddresses {
		a = strings.TrimSpace(a)
		prefix, rest, ok := strings.Cut(a, ":")
		if !ok || strings.Contains(prefix, "@") {
			prefix, rest = "smtp", a
		}
		if !strings.EqualFold(prefix, "smtp") {
			out = append(out, a)
			continue
		}
		if err := checkSmtp(rest); err != nil {
			return err
		}
		if seen[strings.ToLower(rest)] {
			continue
		}
		seen[strings.ToLower(rest)] = true
		if prefix == "SMTP" && primary == "" {
			primary = rest
		}
		out = append(out, "smtp:"+rest)
	}
	r.EmailAddresses = out
	switch {
	case r.PrimarySmtpAddress != "" && primaryChanged && (!listChanged || primary == ""):
		if err := checkSmtp(r.PrimarySmtpAddress); err != nil {
			return err
		}
		r.SetPrimarySmtpAddress(r.PrimarySmtpAddress)
	case primary != "":
		r.SetPrimarySmtpAddress(primary)
	case r.PrimarySmtpAddress != "" && seen[strings.ToLower(r.PrimarySmtpAddress)]:
		r.SetPrimarySmtpAddress(r.PrimarySmtpAddress)
	case len(r.SmtpAddresses()) > 0:
		r.SetPrimarySmtpAddress(r.SmtpAddresses()[0])
	default:
		return &ValidationError{Message: fmt.Sprintf("The recipient \"%s\" must have a primary SMTP address.", r.Name)}
	}
	return nil
}

// checkSmtp rejects text that is not an SMTP address.
func checkSmtp(a string) error {
	if !validSmtp(a) {
		return &ValidationError{Message: fmt.Sprintf("The email address \"%s\" isn't correct. Please use this format: user name, the @ sign, followed by the domain name. For example, tonysmith@contoso.com or tony.smith@contoso.com.", a)}
	}
	return nil
}

// checkAcceptedDomains rejects a mailbox SMTP address outside the accepted
// domains.
func checkAcceptedDomains(ctx context.Context, tx *sql.Tx, r *Recipient) error {
	if !r.IsMailbox() {
		return nil
	}
	for _, a := range r.SmtpAddresses() {
		_, domain, _ := strings.Cut(a, "@")
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM accepted_domains WHERE domain_name = ?", domain).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return &ValidationError{Message: fmt.Sprintf("The email address \"%s\" isn't correct because \"%s\" isn't an accepted domain for your organization.", a, domain)}
		}
	}
	return nil
}
