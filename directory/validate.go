package directory

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the rules every value written to the directory must keep,
// as Exchange applies them whichever cmdlet sets the value (New-Mailbox,
// Set-Mailbox, Set-User, Enable-Mailbox, ...): no control characters, the
// documented length limits (the Active Directory attributes' upper
// ranges), the alias characters, and the UPN and SMTP address syntax. The
// store checks them in prepare, before every insert and update.

// fieldRule is the rule of one single-line text property.
type fieldRule struct {
	name  string
	field func(r *Recipient) *string
	max   int                  // maximum length in characters
	check func(v string) error // syntax, run after the length check; may be nil
}

// fieldRules lists the properties in the order they are checked.
var fieldRules = func() []fieldRule {
	rules := []fieldRule{
		{"Name", func(r *Recipient) *string { return &r.Name }, 64, nil},
		{"DisplayName", func(r *Recipient) *string { return &r.DisplayName }, 256, nil},
		{"Alias", func(r *Recipient) *string { return &r.Alias }, 64, checkAlias},
		{"UserPrincipalName", func(r *Recipient) *string { return &r.UserPrincipalName }, 1024, checkUPN},
		{"SamAccountName", func(r *Recipient) *string { return &r.SamAccountName }, 20, nil},
		{"FirstName", func(r *Recipient) *string { return &r.FirstName }, 64, nil},
		{"LastName", func(r *Recipient) *string { return &r.LastName }, 64, nil},
		{"Initials", func(r *Recipient) *string { return &r.Initials }, 6, nil},
		{"Department", func(r *Recipient) *string { return &r.Department }, 64, nil},
		{"Title", func(r *Recipient) *string { return &r.Title }, 128, nil},
		{"Company", func(r *Recipient) *string { return &r.Company }, 64, nil},
		{"Office", func(r *Recipient) *string { return &r.Office }, 128, nil},
		{"City", func(r *Recipient) *string { return &r.City }, 128, nil},
		{"StateOrProvince", func(r *Recipient) *string { return &r.StateOrProvince }, 128, nil},
		{"CountryOrRegion", func(r *Recipient) *string { return &r.CountryOrRegion }, 128, nil},
		{"Phone", func(r *Recipient) *string { return &r.Phone }, 64, nil},
	}
	for i := 1; i <= 15; i++ {
		rules = append(rules, fieldRule{"CustomAttribute" + strconv.Itoa(i),
			func(r *Recipient) *string { return r.CustomAttribute(i) }, 1024, nil})
	}
	return rules
}()

// validateFields checks the text properties of r that differ from old (all
// of them for a new record, old nil), so that a value stored before a rule
// existed does not block unrelated changes.
func validateFields(old, r *Recipient) error {
	for _, f := range fieldRules {
		v := *f.field(r)
		if old != nil && *f.field(old) == v {
			continue
		}
		if err := checkField(f, v); err != nil {
			return err
		}
	}
	return nil
}

// checkField applies one rule to v.
func checkField(f fieldRule, v string) error {
	if f.name == "Name" && strings.TrimSpace(v) == "" {
		return &ValidationError{Message: "The Name property must be 1 to 64 characters long."}
	}
	if err := checkControl(f.name, v); err != nil {
		return err
	}
	if n := utf8.RuneCountInString(v); n > f.max {
		return &ValidationError{Message: fmt.Sprintf(
			"The length of the property is too long. The maximum length is %d and the length of the value provided is %d. The property is %s.", f.max, n, f.name)}
	}
	if f.check != nil && v != "" {
		return f.check(v)
	}
	return nil
}

// isControl reports whether c is a control character or a line or
// paragraph separator: characters that would break the one-line display of
// a value (a Name with CR/LF forges lines in Format-List output).
func isControl(c rune) bool {
	return unicode.IsControl(c) || c == '\u2028' || c == '\u2029'
}

// checkControl rejects a value with a control character.
func checkControl(prop, v string) error {
	i := strings.IndexFunc(v, isControl)
	if i < 0 {
		return nil
	}
	c, _ := utf8.DecodeRuneInString(v[i:])
	return &ValidationError{Message: fmt.Sprintf(
		"The %s value %s contains the control character %U at position %d. Values are single lines of printable text: remove line breaks, tabs and other control characters.",
		prop, showValue(v), c, utf8.RuneCountInString(v[:i])+1)}
}

// showValue quotes v for an error message on one line: control characters
// are escaped and a long value is cut.
func showValue(v string) string {
	const most = 80
	if utf8.RuneCountInString(v) > most {
		v = string([]rune(v)[:most]) + "..."
	}
	q := strconv.QuoteToGraphic(v)
	return `"` + strings.ReplaceAll(q[1:len(q)-1], `\"`, `"`) + `"`
}

// aliasRule is Exchange's description of a valid alias.
const aliasRule = "Valid values are: Strings formed with characters from A to Z (uppercase or lowercase), digits from 0 to 9, !, #, $, %, &, ', *, +, -, /, =, ?, ^, _, `, {, |, } or ~. One or more periods may be embedded in an alias, but each period should be preceded and followed by at least one of the other characters. Unicode characters from U+00A1 to U+00FF are also valid in an alias, but they will be mapped to a best-fit US-ASCII string in the email address, which is generated from such an alias."

// aliasChar reports whether c may appear in an alias besides '.'.
func aliasChar(c rune) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		return true
	case c >= 0xA1 && c <= 0xFF:
		return true
	}
	return strings.ContainsRune("!#$%&'*+-/=?^_`{|}~", c)
}

// checkAlias applies Exchange's alias rule.
func checkAlias(v string) error {
	if !validDotAtom(v, aliasChar) {
		return &ValidationError{Message: fmt.Sprintf("Property expression %s isn't valid. %s", showValue(v), aliasRule)}
	}
	return nil
}

// validDotAtom reports whether v is runs of ok characters joined by single
// periods, with no period first or last.
func validDotAtom(v string, ok func(rune) bool) bool {
	if v == "" {
		return false
	}
	for _, part := range strings.Split(v, ".") {
		if part == "" {
			return false
		}
		for _, c := range part {
			if !ok(c) {
				return false
			}
		}
	}
	return true
}

// aliasFrom makes an alias from text (a name or a UPN's local part) by
// dropping the characters an alias can't hold, as Exchange does when it
// generates one.
func aliasFrom(text string) string {
	var b strings.Builder
	for _, c := range text {
		if aliasChar(c) || (c == '.' && b.Len() > 0 && !strings.HasSuffix(b.String(), ".")) {
			b.WriteRune(c)
		}
	}
	return strings.TrimRight(truncate(b.String(), 64), ".")
}

// checkUPN rejects a user principal name that is not user@domain.
func checkUPN(v string) error {
	local, domain, ok := strings.Cut(v, "@")
	if !ok || local == "" || strings.ContainsAny(v, " \t") || !validDomain(domain) {
		return &ValidationError{Message: fmt.Sprintf(
			"The user principal name %s isn't valid. Use the format user@domain, with one @ sign and no spaces, for example kim@contoso.com.", showValue(v))}
	}
	return nil
}

// atext reports whether c may appear in the local part of an SMTP address
// (RFC 5322 atext; characters above ASCII as RFC 6531 allows).
func atext(c rune) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c > 0x7F && !isControl(c) && !unicode.IsSpace(c):
		return true
	}
	return strings.ContainsRune("!#$%&'*+-/=?^_`{|}~", c)
}

// validSmtp reports whether a is local@domain: a dot-atom local part of at
// most 64 bytes and a domain name.
func validSmtp(a string) bool {
	local, domain, ok := strings.Cut(a, "@")
	return ok && len(local) <= 64 && validDotAtom(local, atext) && validDomain(domain)
}

// validDomain reports whether d is a domain name: labels of letters,
// digits and hyphens (or characters above ASCII, for an internationalized
// name) of 1 to 63 bytes, no label starting or ending with a hyphen, at
// most 255 bytes in all.
func validDomain(d string) bool {
	if d == "" || len(d) > 255 {
		return false
	}
	for _, label := range strings.Split(d, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, c := range label {
			ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' ||
				c > 0x7F && (unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.IsMark(c))
			if !ok {
				return false
			}
		}
	}
	return true
}
