package pipeline

import "strings"

// Ref is PowerShell's [ref] (System.Management.Automation.PSReference): a
// reference to a variable, or to a value when the operand was not a
// variable. Its Value property reads and writes through it, so
// [int]::TryParse('12', [ref]$n) and a function's [ref] parameter change
// the caller's variable.
type Ref struct {
	get func() any
	set func(any) error
}

// NewRef returns a reference that reads with get and writes with set.
func NewRef(get func() any, set func(any) error) *Ref { return &Ref{get: get, set: set} }

// NewValueRef returns a reference to a value of its own ([ref]5).
func NewValueRef(v any) *Ref {
	r := &Ref{}
	r.get = func() any { return v }
	r.set = func(x any) error { v = x; return nil }
	return r
}

// Value is the referenced value.
func (r *Ref) Value() any { return r.get() }

// SetValue changes the referenced variable or value.
func (r *Ref) SetValue(v any) error { return r.set(v) }

// GetProperty exposes Value.
func (r *Ref) GetProperty(name string) (any, bool) {
	if strings.EqualFold(name, "Value") {
		return r.get(), true
	}
	return nil, false
}

// SetProperty sets Value.
func (r *Ref) SetProperty(name string, v any) error {
	if strings.EqualFold(name, "Value") {
		return r.set(v)
	}
	return runtimeErr("The property '%s' cannot be found on this object. Verify that the property exists and can be set.", name)
}

// PropertyNames lists Value.
func (r *Ref) PropertyNames() []string { return []string{"Value"} }

// PSTypeNames is PSReference's type chain.
func (r *Ref) PSTypeNames() []string {
	return []string{"System.Management.Automation.PSReference", "System.Object"}
}
