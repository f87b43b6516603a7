package exchange

import (
	"reflect"
	"testing"
)

// TestCASParamsCoverEveryParameter: every parameter declared directly on
// SetCASMailbox but Identity is a setting casParams maps to a Recipient
// field, so a parameter added without a field of the same name (or with a
// type that does not match) fails here instead of being silently ignored.
func TestCASParamsCoverEveryParameter(t *testing.T) {
	mapped := map[string]bool{}
	for _, p := range casParams() {
		mapped[p.name] = true
	}
	st := reflect.TypeFor[SetCASMailbox]()
	for i := range st.NumField() {
		f := st.Field(i)
		if _, ok := f.Tag.Lookup("param"); !ok || f.Anonymous || f.Name == "Identity" {
			continue
		}
		if !mapped[f.Name] {
			t.Errorf("-%s is not mapped to a Recipient field", f.Name)
		}
	}
	if len(mapped) != 18 {
		t.Errorf("%d settings mapped, want 18", len(mapped))
	}
}
