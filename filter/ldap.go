package filter

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// LDAPMapping maps canonical property names to LDAP attribute names,
// e.g. "Department" to "department" and "StateOrProvince" to "st".
type LDAPMapping map[string]string

// LDAP translates the program to an RFC 4515 LDAP filter such as
// (&(department=Engineering*)(st=WA)). Values are escaped; '*' in a -like
// pattern stays a wildcard; '?' has no LDAP equivalent and is an error.
func (p *Program) LDAP(m LDAPMapping) (string, error) {
	return p.Translate(ldapTarget(m))
}

// ldapTarget is the LDAP translation Target.
type ldapTarget LDAPMapping

func (t ldapTarget) And(parts []string) string { return "(&" + strings.Join(parts, "") + ")" }
func (t ldapTarget) Or(parts []string) string  { return "(|" + strings.Join(parts, "") + ")" }

func (t ldapTarget) Const(v bool) string {
	if v {
		return "(objectClass=*)"
	}
	return "(!(objectClass=*))"
}

func (t ldapTarget) Compare(c Comparison) (string, error) {
	attr, ok := t[c.Property.Name]
	if !ok || attr == "" {
		return "", &Error{Kind: TranslateError, Pos: c.Pos, Property: c.Property.Name,
			Msg: fmt.Sprintf("No LDAP attribute is mapped for the property %s.", c.Property.Name)}
	}
	var s string
	switch {
	case c.Value == nil:
		s = "(!(" + attr + "=*))"
	case c.Op == Like:
		pat := c.Value.(string)
		if strings.Contains(pat, "?") {
			return "", &Error{Kind: TranslateError, Pos: c.Pos, Property: c.Property.Name,
				Msg: "The ? wildcard cannot be translated to an LDAP filter."}
		}
		parts := strings.Split(pat, "*")
		for i, part := range parts {
			parts[i] = ldapEscape(part)
		}
		s = "(" + attr + "=" + strings.Join(parts, "*") + ")"
	default:
		v := ldapValue(c.Value)
		switch c.Op {
		case Eq:
			s = "(" + attr + "=" + v + ")"
		case Le:
			s = "(" + attr + "<=" + v + ")"
		case Ge:
			s = "(" + attr + ">=" + v + ")"
		case Lt:
			s = "(&(" + attr + "<=" + v + ")(!(" + attr + "=" + v + ")))"
		case Gt:
			s = "(&(" + attr + ">=" + v + ")(!(" + attr + "=" + v + ")))"
		}
	}
	if c.Negated {
		s = "(!" + s + ")"
	}
	return s, nil
}

// ldapValue writes a typed value as an escaped LDAP assertion value.
func ldapValue(v any) string {
	switch x := v.(type) {
	case bool:
		if x {
			return "TRUE"
		}
		return "FALSE"
	case int64:
		return strconv.FormatInt(x, 10)
	case time.Time:
		return x.UTC().Format("20060102150405.0Z")
	case string:
		return ldapEscape(x)
	}
	return ""
}

// ldapEscape escapes an assertion value as RFC 4515 requires.
func ldapEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\', '*', '(', ')', 0:
			fmt.Fprintf(&b, `\%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
