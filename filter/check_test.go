package filter

import (
	"errors"
	"testing"
)

const bindPrefix = `Cannot bind parameter 'Filter' to the target. Exception setting "Filter": "`

func TestCheckNormalises(t *testing.T) {
	tests := []struct {
		schema *Schema
		in     string
		want   string
	}{
		{casSchema(), "POPEnabled -eq $false", "(PopEnabled -eq $false)"},
		{casSchema(), "popenabled -EQ 'True'", "(PopEnabled -eq $true)"},
		{casSchema(), "PopEnabled -ne 0", "(PopEnabled -ne $false)"},
		{casSchema(), "-not PopEnabled -eq $true", "(PopEnabled -ne $true)"},
		{userSchema(), "recipienttype -eq usermailbox", "(RecipientType -eq 'UserMailbox')"},
		{userSchema(), "UserAccountControl -eq 'accountdisabled,NORMALACCOUNT'", "(UserAccountControl -eq 'AccountDisabled, NormalAccount')"},
		{userSchema(), "WhenCreated -gt '8/1/2017 2:00:00 PM'", "(WhenCreated -gt '2017-08-01T14:00:00Z')"},
		{userSchema(), "WhenCreated -lt '8/13/2017'", "(WhenCreated -lt '2017-08-13T00:00:00Z')"},
		{userSchema(), "WhenCreated -le '2017-08-13T10:00:00+02:00'", "(WhenCreated -le '2017-08-13T08:00:00Z')"},
		{userSchema(), "Guid -eq '{9E0B3C2A-1111-2222-3333-444455556666}'", "(Guid -eq '9e0b3c2a-1111-2222-3333-444455556666')"},
		{userSchema(), "Guid -eq 9E0B3C2A111122223333444455556666", "(Guid -eq '9e0b3c2a-1111-2222-3333-444455556666')"},
		{userSchema(), "CountryCode -eq '840'", "(CountryCode -eq 840)"},
		{userSchema(), "Department -eq ''", "(Department -eq $null)"},
		{userSchema(), "Department -ne ''", "(Department -ne $null)"},
		{userSchema(), "Department -like ''", "(Department -eq $null)"},
		{userSchema(), "Department -eq 42", "(Department -eq '42')"},
		{userSchema(), "-not (Department -eq 'a' -or Title -lt 'b')", "((Department -ne 'a') -and -not(Title -lt 'b'))"},
		{userSchema(), "-not (Department -like 'a*' -and -not Title -notlike 'b')", "((Department -notlike 'a*') -or (Title -notlike 'b'))"},
		{userSchema(), "Manager -eq 'CN=Rand Zaher,OU=Finance,DC=contoso,DC=com'", "(Manager -eq 'CN=Rand Zaher,OU=Finance,DC=contoso,DC=com')"},
		{userSchema(), "IsSecurityPrincipal -eq $null", "(IsSecurityPrincipal -eq $null)"},
		{mailboxSchema(), "EmailAddresses -eq 'lila@fabrikam.com'", "(EmailAddresses -eq 'lila@fabrikam.com')"},
	}
	for _, tt := range tests {
		p, err := Compile(tt.in, tt.schema)
		if err != nil {
			t.Errorf("Compile(%q): %v", tt.in, err)
			continue
		}
		if got := p.String(); got != tt.want {
			t.Errorf("Compile(%q) = %s, want %s", tt.in, got, tt.want)
		}
		p2, err := Compile(p.String(), tt.schema)
		if err != nil || p2.String() != p.String() {
			t.Errorf("recompile of %q: %v, %v", p.String(), p2, err)
		}
	}
}

func TestCheckErrors(t *testing.T) {
	tests := []struct {
		schema *Schema
		in     string
		kind   ErrorKind
		pos    int
		msg    string
	}{
		{mailboxSchema(), "Department -like 'Engineering*'", UnknownProperty, 0,
			`"Department" is not a recognized filterable property for Get-Mailbox. See the command help for the valid property names.`},
		{userSchema(), "Departmnt -eq 'x'", UnknownProperty, 0,
			`"Departmnt" is not a recognized filterable property for Get-User. Did you mean Department?`},
		{casSchema(), "DisplayName -eq 'x' -and PopEnable -eq $true", UnknownProperty, 25,
			`"PopEnable" is not a recognized filterable property for Get-CASMailbox. Did you mean PopEnabled?`},
		{casSchema(), "MapEnabled -eq $true", UnknownProperty, 0,
			`"MapEnabled" is not a recognized filterable property for Get-CASMailbox. Did you mean ImapEnabled, MAPIEnabled or EcpEnabled?`},
		{casSchema(), "RecipientType -eq 'UserMailbox'", UnknownProperty, 0,
			`"RecipientType" is not a recognized filterable property for Get-CASMailbox. See the command help for the valid property names.`},
		{recipientSchema(), "IsSecurityPrincipal -eq 'True'", UnknownProperty, 0,
			`"IsSecurityPrincipal" is not a recognized filterable property for Get-Recipient. See the command help for the valid property names.`},
		{casSchema(), "PopEnabled -eq 'maybe'", TypeError, 15,
			`'maybe' is not a valid value for PopEnabled (Boolean): use $true or $false.`},
		{casSchema(), "PopEnabled -like '$true'", TypeError, 11,
			`The -like operator and wildcards can only be used with string properties; PopEnabled is a Boolean.`},
		{casSchema(), "PopEnabled -gt $false", TypeError, 11,
			`The -gt operator cannot be used with PopEnabled, which is a Boolean.`},
		{userSchema(), "CountryCode -like '8*'", TypeError, 12,
			`The -like operator and wildcards can only be used with string properties; CountryCode is an Integer.`},
		{userSchema(), "CountryCode -eq 'eight'", TypeError, 16,
			`'eight' is not a valid value for CountryCode (Integer): use a whole number.`},
		{userSchema(), "CountryCode -eq $true", TypeError, 16,
			`$true is not a valid value for CountryCode (Integer): use a whole number.`},
		{userSchema(), "RecipientType -eq 'Mailbox'", TypeError, 18,
			`'Mailbox' is not a valid value for RecipientType (Enum): valid values are DynamicDistributionGroup, MailContact, MailNonUniversalGroup, MailUniversalDistributionGroup, MailUniversalSecurityGroup, MailUser, PublicFolder, UserMailbox.`},
		{userSchema(), "RecipientType -like 'User*'", TypeError, 14,
			`The -like operator and wildcards can only be used with string properties; RecipientType is an Enum.`},
		{userSchema(), "RecipientType -lt 'UserMailbox'", TypeError, 14,
			`The -lt operator cannot be used with RecipientType, which is an Enum.`},
		{userSchema(), "WhenCreated -gt 'yesterday'", TypeError, 16,
			`'yesterday' is not a valid value for WhenCreated (DateTime): use a date such as '8/1/2017 2:00:00 PM'.`},
		{userSchema(), "WhenCreated -gt '1/1/1600'", TypeError, 16,
			`'1/1/1600' is not a valid value for WhenCreated (DateTime): use a date such as '8/1/2017 2:00:00 PM'.`},
		{userSchema(), "Guid -eq 'not-a-guid'", TypeError, 9,
			`'not-a-guid' is not a valid value for Guid (Guid): use a GUID such as '00000000-0000-0000-0000-000000000000'.`},
		{userSchema(), "Department -lt $null", TypeError, 11,
			`The -lt operator cannot be used with $null; use -eq $null or -ne $null.`},
		{userSchema(), "Department -like $null", TypeError, 11,
			`The -like operator cannot be used with $null; use -eq $null or -ne $null.`},
		{userSchema(), "Department -eq $true", TypeError, 15,
			`$true is not a valid value for Department (String): use a quoted string.`},
		{userSchema(), "Department -gt ''", TypeError, 15,
			`An empty value cannot be used with the -gt operator.`},
		{userSchema(), "Manager -like 'CN=*'", TypeError, 8,
			`The -like operator and wildcards can only be used with string properties; Manager is a distinguished name.`},
		{mailboxSchema(), "EmailAddresses -gt 'a'", TypeError, 15,
			`The -gt operator cannot be used with EmailAddresses, which is a multi-valued String.`},
	}
	for _, tt := range tests {
		_, err := Compile(tt.in, tt.schema)
		var fe *Error
		if !errors.As(err, &fe) {
			t.Errorf("Compile(%q) = %v, want *Error", tt.in, err)
			continue
		}
		if fe.Kind != tt.kind || fe.Pos != tt.pos || fe.Msg != tt.msg {
			t.Errorf("Compile(%q):\n got kind %d pos %d %s\nwant kind %d pos %d %s", tt.in, fe.Kind, fe.Pos, fe.Msg, tt.kind, tt.pos, tt.msg)
		}
		want := bindPrefix + tt.msg + ` "` + tt.in + `" at position ` + itoa(tt.pos) + `."`
		if fe.Error() != want {
			t.Errorf("Error():\n got %s\nwant %s", fe.Error(), want)
		}
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestUnknownPropertyError(t *testing.T) {
	_, err := Compile("StateOrProvnce -eq 'WA'", userSchema())
	want := bindPrefix + `"StateOrProvnce" is not a recognized filterable property for Get-User. Did you mean StateOrProvince? "StateOrProvnce -eq 'WA'" at position 0."`
	if err == nil || err.Error() != want {
		t.Fatalf("got  %v\nwant %s", err, want)
	}
	fe := err.(*Error)
	if fe.Property != "StateOrProvnce" || len(fe.Suggestions) != 1 || fe.Suggestions[0] != "StateOrProvince" {
		t.Errorf("fields: %+v", fe)
	}
}

func TestSchema(t *testing.T) {
	s := NewSchema("Get-X", Property{Name: "PopEnabled", Type: Bool}, Property{Name: "Alias"})
	if s.Cmdlet() != "Get-X" {
		t.Error(s.Cmdlet())
	}
	if p, ok := s.Lookup("POPENABLED"); !ok || p.Name != "PopEnabled" || p.Type != Bool {
		t.Errorf("Lookup: %+v %v", p, ok)
	}
	if _, ok := s.Lookup("Pop"); ok {
		t.Error("prefix must not match")
	}
	if got := s.Names(); len(got) != 2 || got[0] != "Alias" || got[1] != "PopEnabled" {
		t.Errorf("Names: %v", got)
	}
}

func TestNilSchema(t *testing.T) {
	_, err := Compile("Name -eq 'x'", nil)
	if err == nil || err.(*Error).Kind != UnknownProperty {
		t.Errorf("got %v", err)
	}
}
