package directory

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// rdn is one relative distinguished name: OU=Marketing.
type rdn struct{ attr, value string }

// escapeRDNValue escapes a value for use in a DN (RFC 4514).
func escapeRDNValue(v string) string {
	var b strings.Builder
	for i, c := range v {
		switch {
		case strings.ContainsRune(`,+"\<>;=`, c),
			c == '#' && i == 0,
			c == ' ' && (i == 0 || i == len(v)-1):
			b.WriteByte('\\')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// parseDN splits a DN into its RDNs, unescaping values and trimming the
// spaces around separators. It fails on text that is not a DN.
func parseDN(s string) ([]rdn, error) {
	if !utf8.ValidString(s) {
		return nil, fmt.Errorf("directory: %q is not a distinguished name (invalid UTF-8)", s)
	}
	var out []rdn
	var cur strings.Builder
	var attr string
	inValue := false
	flush := func() error {
		v := strings.TrimSpace(cur.String())
		if !inValue || attr == "" || v == "" {
			return fmt.Errorf("directory: %q is not a distinguished name", s)
		}
		out = append(out, rdn{attr: attr, value: v})
		cur.Reset()
		attr, inValue = "", false
		return nil
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s):
			if !inValue {
				// Attribute types are plain words (RFC 4514): no escapes.
				return nil, fmt.Errorf("directory: %q is not a distinguished name", s)
			}
			i++
			cur.WriteByte(s[i])
		case c == '=' && !inValue:
			attr = strings.ToUpper(strings.TrimSpace(cur.String()))
			if !validAttrType(attr) {
				return nil, fmt.Errorf("directory: %q is not a distinguished name", s)
			}
			cur.Reset()
			inValue = true
		case c == ',' || c == ';':
			if err := flush(); err != nil {
				return nil, err
			}
		default:
			cur.WriteByte(c)
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

// formatDN joins RDNs into a DN string.
func formatDN(rdns []rdn) string {
	parts := make([]string, len(rdns))
	for i, r := range rdns {
		parts[i] = r.attr + "=" + escapeRDNValue(r.value)
	}
	return strings.Join(parts, ",")
}

// looksLikeDN reports whether s starts like a DN (CN=, OU=, DC=).
func looksLikeDN(s string) bool {
	attr, _, ok := strings.Cut(s, "=")
	if !ok {
		return false
	}
	switch strings.ToUpper(strings.TrimSpace(attr)) {
	case "CN", "OU", "DC", "O":
		return true
	}
	return false
}

// normalizeDN returns s in the canonical spelling the store keeps.
func normalizeDN(s string) (string, error) {
	rdns, err := parseDN(s)
	if err != nil {
		return "", err
	}
	return formatDN(rdns), nil
}

// domainDN returns the DN of a DNS domain: contoso.com -> DC=contoso,DC=com.
func domainDN(domain string) string {
	var rdns []rdn
	for _, p := range strings.Split(domain, ".") {
		rdns = append(rdns, rdn{"DC", p})
	}
	return formatDN(rdns)
}

// escapeCanonical escapes "/" in a canonical-name segment.
func escapeCanonical(s string) string { return strings.ReplaceAll(s, "/", `\/`) }

// validAttrType reports whether a is an attribute type: a letter followed
// by letters, digits and hyphens, or a numeric OID (RFC 4514).
func validAttrType(a string) bool {
	if a == "" {
		return false
	}
	oid := a[0] >= '0' && a[0] <= '9'
	for i := 0; i < len(a); i++ {
		c := a[i]
		switch {
		case c >= '0' && c <= '9':
		case oid && c == '.':
		case !oid && (c >= 'A' && c <= 'Z' || c == '-'):
		default:
			return false
		}
	}
	return true
}
