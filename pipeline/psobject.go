package pipeline

import (
	"strings"
)

// PSObject is an ordered, case-insensitive property bag with type names:
// [pscustomobject]@{...}, Select-Object output, Add-Member targets.
type PSObject struct {
	names     []string
	vals      []any
	typeNames []string
}

var defaultPSObjectTypeNames = []string{"System.Management.Automation.PSCustomObject", "System.Object"}

// NewPSObject returns an empty [pscustomobject].
func NewPSObject() *PSObject { return &PSObject{} }

// PSObjectFrom returns a [pscustomobject] with h's entries as properties, in
// h's order (the [pscustomobject]@{...} cast).
func PSObjectFrom(h *Hashtable) *PSObject {
	o := &PSObject{names: make([]string, 0, h.Len()), vals: make([]any, 0, h.Len())}
	for i, k := range h.keys {
		o.Add(ToString(k), h.vals[i])
	}
	return o
}

func (o *PSObject) find(name string) int {
	for i, n := range o.names {
		if len(n) == len(name) && (n == name || strings.EqualFold(n, name)) {
			return i
		}
	}
	return -1
}

// Add appends a property, or replaces the value of an existing one.
func (o *PSObject) Add(name string, v any) {
	if i := o.find(name); i >= 0 {
		o.vals[i] = v
		return
	}
	o.names = append(o.names, name)
	o.vals = append(o.vals, v)
}

// Get returns the value of a property, matched case-insensitively.
func (o *PSObject) Get(name string) (any, bool) {
	if i := o.find(name); i >= 0 {
		return o.vals[i], true
	}
	return nil, false
}

// Set changes an existing property; it reports false when there is none.
func (o *PSObject) Set(name string, v any) bool {
	if i := o.find(name); i >= 0 {
		o.vals[i] = v
		return true
	}
	return false
}

// Remove deletes a property.
func (o *PSObject) Remove(name string) {
	if i := o.find(name); i >= 0 {
		o.names = append(o.names[:i], o.names[i+1:]...)
		o.vals = append(o.vals[:i], o.vals[i+1:]...)
	}
}

// Names returns the property names in order. The slice must not be changed.
func (o *PSObject) Names() []string { return o.names }

// Len returns the number of properties.
func (o *PSObject) Len() int { return len(o.names) }

// TypeNames returns the type-name chain used for view lookup.
func (o *PSObject) TypeNames() []string {
	if o.typeNames == nil {
		return defaultPSObjectTypeNames
	}
	return o.typeNames
}

// SetTypeNames replaces the type-name chain (PSTypeName / PSObject.TypeNames).
func (o *PSObject) SetTypeNames(names []string) { o.typeNames = append([]string(nil), names...) }

// Copy returns a shallow copy.
func (o *PSObject) Copy() *PSObject {
	return &PSObject{names: append([]string(nil), o.names...), vals: append([]any(nil), o.vals...),
		typeNames: o.typeNames}
}

// String returns PowerShell's string form: @{a=1; b=x}.
func (o *PSObject) String() string {
	var b strings.Builder
	b.WriteString("@{")
	for i, n := range o.names {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(n)
		b.WriteByte('=')
		b.WriteString(toStringNested(o.vals[i]))
	}
	b.WriteByte('}')
	return b.String()
}
