package filter

import "testing"

func TestLDAP(t *testing.T) {
	m := LDAPMapping{"Department": "department", "StateOrProvince": "st", "RecipientType": "msExchRecipientTypeDetails",
		"PopEnabled": "popEnabled", "Count": "count", "WhenCreated": "whenCreated", "Name": "name", "EmailAddresses": "proxyAddresses"}
	tests := []struct{ filter, want string }{
		{"Department -like 'Engineering*' -and StateOrProvince -eq 'WA'", "(&(department=Engineering*)(st=WA))"},
		{"Name -eq 'a*b(c)\\d'", `(name=a\2ab\28c\29\5cd)`},
		{"Name -like '*(x)*'", `(name=*\28x\29*)`},
		{"Name -ne $null -or Name -eq $null", "(|(!(!(name=*)))(!(name=*)))"},
		{"-not Department -like 'Eng*'", "(!(department=Eng*))"},
		{"PopEnabled -eq $false", "(popEnabled=FALSE)"},
		{"PopEnabled -eq $null", "(!(objectClass=*))"},
		{"Count -lt 5", "(&(count<=5)(!(count=5)))"},
		{"Count -ge 5", "(count>=5)"},
		{"WhenCreated -gt '8/1/2017 2:00:00 PM'", "(&(whenCreated>=20170801140000.0Z)(!(whenCreated=20170801140000.0Z)))"},
		{"EmailAddresses -eq 'smtp:a@b.c'", "(proxyAddresses=smtp:a@b.c)"},
	}
	for _, tt := range tests {
		p, err := Compile(tt.filter, testSchema())
		if err != nil {
			t.Fatalf("Compile(%q): %v", tt.filter, err)
		}
		got, err := p.LDAP(m)
		if err != nil || got != tt.want {
			t.Errorf("LDAP(%q) = %s, %v; want %s", tt.filter, got, err, tt.want)
		}
	}
	p, _ := Compile("Name -like 'a?'", testSchema())
	if _, err := p.LDAP(m); err == nil || err.(*Error).Msg != "The ? wildcard cannot be translated to an LDAP filter." {
		t.Errorf("got %v", err)
	}
}
