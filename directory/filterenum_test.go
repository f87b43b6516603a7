package directory

import (
	"strings"
	"testing"

	"github.com/psh-project/psh/filter"
)

// TestEveryEnumPropertyValidated: every filterable property whose values
// form an enumeration (RecipientType, RecipientTypeDetails, ...) rejects a
// value outside it with the same positioned error, in every cmdlet's
// schema, and accepts its own values in any case.
func TestEveryEnumPropertyValidated(t *testing.T) {
	for _, cmdlet := range []string{"Get-Mailbox", "Get-User", "Get-Recipient", "Get-CASMailbox"} {
		s := FilterSchema(cmdlet)
		for _, name := range s.Names() {
			p, _ := s.Lookup(name)
			_, isEnum := enumProperties[name]
			if isEnum && p.Type != filter.Enum {
				t.Errorf("%s: %s is %s, want Enum", cmdlet, name, p.Type)
			}
			if p.Type != filter.Enum {
				continue
			}
			if len(p.Values) == 0 {
				t.Errorf("%s: the enumeration %s lists no values", cmdlet, name)
				continue
			}
			text := name + " -eq 'Bogus'"
			_, err := filter.Compile(text, s)
			fe, ok := err.(*filter.Error)
			want := "'Bogus' is not a valid value for " + name + " (Enum): valid values are " + strings.Join(p.Values, ", ") + "."
			if !ok || fe.Kind != filter.TypeError || fe.Pos != len(name)+5 || fe.Msg != want {
				t.Errorf("%s: %s: %v, want %q at %d", cmdlet, text, err, want, len(name)+5)
			}
			if _, err := filter.Compile(name+" -ne '"+strings.ToLower(p.Values[len(p.Values)-1])+"'", s); err != nil {
				t.Errorf("%s: %s rejects its own value %s: %v", cmdlet, name, p.Values[len(p.Values)-1], err)
			}
		}
	}
}

// TestRecipientTypeDetailsFilter: the enumeration still finds what the
// directory stores, in any case.
func TestRecipientTypeDetailsFilter(t *testing.T) {
	s := FilterSchema("Get-Recipient")
	for _, d := range []RecipientTypeDetails{DetailsUserMailbox, DetailsSharedMailbox, DetailsRoomMailbox, DetailsEquipmentMailbox} {
		p, err := filter.Compile("RecipientTypeDetails -eq '"+strings.ToUpper(string(d))+"'", s)
		if err != nil {
			t.Fatalf("%s: %v", d, err)
		}
		if !p.Match(&Recipient{RecipientTypeDetails: d}, Property) {
			t.Errorf("RecipientTypeDetails -eq %s does not match a %s", strings.ToUpper(string(d)), d)
		}
	}
}
