package filter

import (
	"sort"
	"strings"
)

// Type is the type of a filterable property.
type Type int

// The property types a Schema can declare.
const (
	String      Type = iota // text; -like allowed; compared case-insensitively (ASCII)
	Bool                    // $true / $false
	Int                     // whole number
	Date                    // date and time, compared in UTC
	Guid                    // GUID, compared in canonical lower-case form
	Enum                    // one of Property.Values
	MultiString             // multi-valued text; -eq means "contains"
	DN                      // distinguished name; -eq / -ne only
)

// String returns the name used for t in error messages.
func (t Type) String() string {
	switch t {
	case String:
		return "String"
	case Bool:
		return "Boolean"
	case Int:
		return "Integer"
	case Date:
		return "DateTime"
	case Guid:
		return "Guid"
	case Enum:
		return "Enum"
	case MultiString:
		return "multi-valued String"
	case DN:
		return "distinguished name"
	}
	return "unknown type"
}

// Property is one filterable property of a schema.
type Property struct {
	Name   string   // canonical spelling, e.g. "PopEnabled"
	Type   Type     // value type
	Values []string // allowed values for Enum (canonical spelling); empty means any word
	// PrefixedLike makes -like and -notlike see only the values written
	// with a type prefix ("smtp:lila@fabrikam.com"), as Exchange does for
	// proxy addresses: -eq 'lila@fabrikam.com' matches without the
	// prefix, but 'lila*' matches nothing and 'smtp:lila*' matches.
	PrefixedLike bool
}

// Schema is the set of properties one cmdlet may filter on. It is immutable
// once built and safe for concurrent use.
type Schema struct {
	cmdlet string
	byName map[string]Property // keyed by lower-case name
	names  []string            // canonical names, sorted
}

// NewSchema returns the schema of the filterable properties of cmdlet.
// A later property with the same (case-insensitive) name replaces an earlier one.
func NewSchema(cmdlet string, props ...Property) *Schema {
	s := &Schema{cmdlet: cmdlet, byName: make(map[string]Property, len(props))}
	for _, p := range props {
		p.Values = append([]string(nil), p.Values...)
		s.byName[strings.ToLower(p.Name)] = p
	}
	for _, p := range s.byName {
		s.names = append(s.names, p.Name)
	}
	sort.Strings(s.names)
	return s
}

// Lookup returns the property called name, compared case-insensitively.
func (s *Schema) Lookup(name string) (Property, bool) {
	if s == nil {
		return Property{}, false
	}
	p, ok := s.byName[strings.ToLower(name)]
	return p, ok
}

// Cmdlet returns the name of the cmdlet the schema belongs to, e.g. "Get-User".
func (s *Schema) Cmdlet() string {
	if s == nil {
		return ""
	}
	return s.cmdlet
}

// Names returns the canonical names of all properties, sorted.
func (s *Schema) Names() []string {
	if s == nil {
		return nil
	}
	return append([]string(nil), s.names...)
}
