package filter

import (
	"testing"
	"time"
)

// bag is a property bag record for evaluation tests.
type bag map[string]any

func bagGet(obj any, prop string) any { return obj.(bag)[prop] }

type strEnum string // a string-based enum without a String method

type stringer struct{ s string }

func (s stringer) String() string { return s.s }

func TestMatch(t *testing.T) {
	s := testSchema()
	when := time.Date(2017, 8, 1, 14, 0, 0, 0, time.UTC)
	tests := []struct {
		filter string
		obj    bag
		want   bool
	}{
		{"Name -eq 'rand zaher'", bag{"Name": "Rand Zaher"}, true},
		{"Name -eq 'Rand'", bag{"Name": "Rand Zaher"}, false},
		{"Name -eq 'é'", bag{"Name": "É"}, false}, // only ASCII folds, as in SQLite
		{"Name -like 'rand*'", bag{"Name": "Rand Zaher"}, true},
		{"Name -like '*ZAHER'", bag{"Name": "Rand Zaher"}, true},
		{"Name -like '*d z*'", bag{"Name": "Rand Zaher"}, true},
		{"Name -like 'R?nd*r'", bag{"Name": "Rand Zaher"}, true},
		{"Name -like 'R?nd'", bag{"Name": "Rand Zaher"}, false},
		{"Name -like '日?語'", bag{"Name": "日本語"}, true},
		{"Name -like '*'", bag{"Name": "x"}, true},
		{"Name -like '*'", bag{"Name": ""}, false},
		{"Name -notlike '*'", bag{}, true},
		{"Name -like '50%*'", bag{"Name": "50%_off"}, true},
		{"Name -like '50%*'", bag{"Name": "500"}, false},
		{"Name -ne 'x'", bag{}, true},
		{"Name -ne 'x'", bag{"Name": "X"}, false},
		{"Name -lt 'b'", bag{"Name": "A"}, true},
		{"Name -lt 'b'", bag{}, false},
		{"-not Name -lt 'b'", bag{}, true},
		{"Name -eq $null", bag{"Name": ""}, true},
		{"Name -eq $null", bag{"Name": nil}, true},
		{"Name -ne $null", bag{"Name": "x"}, true},
		{"Name -eq 'x'", bag{"Name": stringer{"X"}}, true},
		{"Name -eq 'x'", bag{"Name": (*stringer)(nil)}, false},
		{"RecipientType -eq 'UserMailbox'", bag{"RecipientType": strEnum("usermailbox")}, true},
		{"RecipientType -ne 'UserMailbox'", bag{"RecipientType": stringer{"MailUser"}}, true},
		{"Guid -eq '9E0B3C2A-1111-2222-3333-444455556666'", bag{"Guid": stringer{"9e0b3c2a-1111-2222-3333-444455556666"}}, true},
		{"PopEnabled -eq $false", bag{"PopEnabled": false}, true},
		{"PopEnabled -eq $false", bag{}, true}, // a missing Boolean reads as $false
		{"PopEnabled -eq $null", bag{}, false},
		{"PopEnabled -ne $null", bag{"PopEnabled": true}, true},
		{"PopEnabled -eq $true -and ImapEnabled -eq $true", bag{"PopEnabled": true, "ImapEnabled": false}, false},
		{"Count -gt 5", bag{"Count": 6}, true},
		{"Count -gt 5", bag{"Count": int32(5)}, false},
		{"Count -ge 5", bag{"Count": int64(5)}, true},
		{"Count -le -1", bag{"Count": uint8(0)}, false},
		{"Count -lt 5", bag{}, false},
		{"Count -eq $null", bag{}, true},
		{"WhenCreated -gt '8/1/2017 1:00:00 PM'", bag{"WhenCreated": when}, true},
		{"WhenCreated -eq '2017-08-01T16:00:00+02:00'", bag{"WhenCreated": when}, true},
		{"WhenCreated -lt '8/1/2017'", bag{"WhenCreated": when}, false},
		{"WhenCreated -eq $null", bag{"WhenCreated": time.Time{}}, true},
		{"EmailAddresses -eq 'B@x.com'", bag{"EmailAddresses": []string{"a@x.com", "b@x.com"}}, true},
		{"EmailAddresses -ne 'B@x.com'", bag{"EmailAddresses": []string{"a@x.com", "b@x.com"}}, false},
		{"EmailAddresses -like 'smtp:b*'", bag{"EmailAddresses": []string{"SMTP:a@x.com", "smtp:b@x.com"}}, true},
		{"EmailAddresses -notlike '*@y.com'", bag{"EmailAddresses": []any{"a@x.com", stringer{"b@x.com"}}}, true},
		{"EmailAddresses -eq $null", bag{"EmailAddresses": []string{""}}, true},
		{"EmailAddresses -ne $null", bag{"EmailAddresses": []string{"a"}}, true},
		{"Manager -eq 'cn=a,dc=b'", bag{"Manager": "CN=A,DC=B"}, true},
		// -and and -or: equal precedence, left to right.
		{"Name -eq 'a' -or Name -eq 'b' -and Count -eq 1", bag{"Name": "a", "Count": 2}, false},
		{"Name -eq 'a' -or (Name -eq 'b' -and Count -eq 1)", bag{"Name": "a", "Count": 2}, true},
		{"-not (Name -eq 'a' -or Count -eq 1)", bag{"Name": "b", "Count": 2}, true},
	}
	for _, tt := range tests {
		p, err := Compile(tt.filter, s)
		if err != nil {
			t.Errorf("Compile(%q): %v", tt.filter, err)
			continue
		}
		if got := p.Match(tt.obj, bagGet); got != tt.want {
			t.Errorf("%s on %v = %v, want %v", tt.filter, tt.obj, got, tt.want)
		}
	}
}

func TestProperties(t *testing.T) {
	p, err := Compile("name -eq 'a' -and (Count -eq 1 -or NAME -eq 'b')", testSchema())
	if err != nil {
		t.Fatal(err)
	}
	got := p.Properties()
	if len(got) != 2 || got[0] != "Name" || got[1] != "Count" {
		t.Errorf("Properties = %v", got)
	}
	if p.Text() != "name -eq 'a' -and (Count -eq 1 -or NAME -eq 'b')" || p.Schema().Cmdlet() != "Get-Test" {
		t.Errorf("Text/Schema: %q %q", p.Text(), p.Schema().Cmdlet())
	}
}

func TestMatchRunes(t *testing.T) {
	tests := []struct {
		pat, s string
		want   bool
	}{
		{"a*b*c", "aXbYc", true},
		{"a*b*c", "aXbY", false},
		{"*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false},
		{"?", "é", true},
		{"??", "é", false},
		{"a**", "a", true},
	}
	for _, tt := range tests {
		p := analyzePattern(tt.pat)
		if got := p.match(tt.s); got != tt.want {
			t.Errorf("%q like %q = %v", tt.s, tt.pat, got)
		}
	}
}
