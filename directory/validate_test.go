package directory

import (
	"context"
	"strings"
	"testing"
)

// TestValidationRules pins the error text of every rule the store applies
// to a changed value, and checks that a rejected change writes nothing.
func TestValidationRules(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	rand, _ := s.Resolve(ctx, KindMailbox, "Rand Zaher")
	long := func(n int) string { return strings.Repeat("x", n) }
	const email = ` isn't correct. Please use this format: user name, the @ sign, followed by the domain name. For example, tonysmith@contoso.com or tony.smith@contoso.com.`
	tests := []struct {
		name string
		fn   func(r *Recipient)
		want string
	}{
		{"empty name", func(r *Recipient) { r.Name = " " }, "The Name property must be 1 to 64 characters long."},
		{"CR/LF in Name", func(r *Recipient) { r.Name = "Rand\r\nAlias : forged" },
			`The Name value "Rand\r\nAlias : forged" contains the control character U+000D at position 5. Values are single lines of printable text: remove line breaks, tabs and other control characters.`},
		{"tab in Department", func(r *Recipient) { r.Department = "Sales\tEast" },
			`The Department value "Sales\tEast" contains the control character U+0009 at position 6. Values are single lines of printable text: remove line breaks, tabs and other control characters.`},
		{"line separator in Title", func(r *Recipient) { r.Title = "a\u2028b" },
			`The Title value "a\u2028b" contains the control character U+2028 at position 2. Values are single lines of printable text: remove line breaks, tabs and other control characters.`},
		{"Name 65", func(r *Recipient) { r.Name = long(65) },
			"The length of the property is too long. The maximum length is 64 and the length of the value provided is 65. The property is Name."},
		{"DisplayName 257", func(r *Recipient) { r.DisplayName = long(257) },
			"The length of the property is too long. The maximum length is 256 and the length of the value provided is 257. The property is DisplayName."},
		{"Department 100000", func(r *Recipient) { r.Department = long(100000) },
			"The length of the property is too long. The maximum length is 64 and the length of the value provided is 100000. The property is Department."},
		{"CustomAttribute1 5000", func(r *Recipient) { r.CustomAttribute1 = long(5000) },
			"The length of the property is too long. The maximum length is 1024 and the length of the value provided is 5000. The property is CustomAttribute1."},
		{"CustomAttribute15 1025", func(r *Recipient) { r.CustomAttribute15 = long(1025) },
			"The length of the property is too long. The maximum length is 1024 and the length of the value provided is 1025. The property is CustomAttribute15."},
		{"Title 129", func(r *Recipient) { r.Title = long(129) },
			"The length of the property is too long. The maximum length is 128 and the length of the value provided is 129. The property is Title."},
		{"Initials 7", func(r *Recipient) { r.Initials = long(7) },
			"The length of the property is too long. The maximum length is 6 and the length of the value provided is 7. The property is Initials."},
		{"SamAccountName 21", func(r *Recipient) { r.SamAccountName = long(21) },
			"The length of the property is too long. The maximum length is 20 and the length of the value provided is 21. The property is SamAccountName."},
		{"Alias 65", func(r *Recipient) { r.Alias = long(65) },
			"The length of the property is too long. The maximum length is 64 and the length of the value provided is 65. The property is Alias."},
		{"alias with a space", func(r *Recipient) { r.Alias = "has space" },
			`Property expression "has space" isn't valid. ` + aliasRule},
		{"alias with a leading period", func(r *Recipient) { r.Alias = ".rand" },
			`Property expression ".rand" isn't valid. ` + aliasRule},
		{"alias with two periods", func(r *Recipient) { r.Alias = "rand..z" },
			`Property expression "rand..z" isn't valid. ` + aliasRule},
		{"alias with @", func(r *Recipient) { r.Alias = "rand@z" },
			`Property expression "rand@z" isn't valid. ` + aliasRule},
		{"UPN without @", func(r *Recipient) { r.UserPrincipalName = "not an upn" },
			`The user principal name "not an upn" isn't valid. Use the format user@domain, with one @ sign and no spaces, for example kim@contoso.com.`},
		{"UPN with @@", func(r *Recipient) { r.UserPrincipalName = "x@@contoso.com" },
			`The user principal name "x@@contoso.com" isn't valid. Use the format user@domain, with one @ sign and no spaces, for example kim@contoso.com.`},
		{"UPN with an empty domain label", func(r *Recipient) { r.UserPrincipalName = "x@contoso..com" },
			`The user principal name "x@contoso..com" isn't valid. Use the format user@domain, with one @ sign and no spaces, for example kim@contoso.com.`},
		{"SMTP @@", func(r *Recipient) { r.PrimarySmtpAddress = "x@@contoso.com" }, `The email address "x@@contoso.com"` + email},
		{"SMTP leading period", func(r *Recipient) { r.PrimarySmtpAddress = ".x@contoso.com" }, `The email address ".x@contoso.com"` + email},
		{"SMTP domain hyphen", func(r *Recipient) { r.PrimarySmtpAddress = "x@-contoso.com" }, `The email address "x@-contoso.com"` + email},
		{"SMTP comma", func(r *Recipient) { r.EmailAddresses = append(r.EmailAddresses, "smtp:a,b@contoso.com") }, `The email address "a,b@contoso.com"` + email},
	}
	for _, tt := range tests {
		_, err := modify(t, s, rand.Guid, func(r *Recipient) error { tt.fn(r); return nil })
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: got %v\nwant %s", tt.name, err, tt.want)
		}
		if _, ok := err.(*ValidationError); err != nil && !ok {
			t.Errorf("%s: %T, want a *ValidationError", tt.name, err)
		}
	}
	after, _ := s.Get(ctx, rand.Guid)
	if after.Name != "Rand Zaher" || after.Alias != rand.Alias || after.Department != rand.Department ||
		after.CustomAttribute1 != rand.CustomAttribute1 || after.UserPrincipalName != rand.UserPrincipalName {
		t.Errorf("a rejected change was written: %+v", after)
	}
}

// TestValidationAccepts: values at the limits, Exchange's other alias
// characters and non-ASCII text pass; a value stored before a rule existed
// does not block an unrelated change.
func TestValidationAccepts(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	rand, _ := s.Resolve(ctx, KindMailbox, "Rand Zaher")
	_, err := modify(t, s, rand.Guid, func(r *Recipient) error {
		r.Name = strings.Repeat("é", 64)
		r.DisplayName = strings.Repeat("名", 256)
		r.Alias = "o'brien.r_z-1{x}~é"
		r.UserPrincipalName = "rand.zaher@corp.contoso.com"
		r.Department = strings.Repeat("d", 64)
		r.CustomAttribute1 = strings.Repeat("c", 1024)
		r.PrimarySmtpAddress = "o'brien+tag@contoso.com"
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.(*sqliteStore).db.Exec("UPDATE recipients SET department = ? WHERE guid = ?", strings.Repeat("d", 100), rand.Guid.String()); err != nil {
		t.Fatal(err)
	}
	if _, err := modify(t, s, rand.Guid, func(r *Recipient) error { r.Title = "Boss"; return nil }); err != nil {
		t.Errorf("an unrelated change failed on an old value: %v", err)
	}
}

// TestNewMailboxValidation: New-Mailbox's values go through the same rules,
// and the alias Exchange would generate drops the characters an alias
// can't hold.
func TestNewMailboxValidation(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	b, _ := s.Begin(ctx)
	defer b.Rollback()
	for _, spec := range []NewMailbox{
		{Name: "Bad UPN", UserPrincipalName: "not an upn"},
		{Name: "Bad UPN2", UserPrincipalName: "x@@contoso.com"},
		{Name: "Line\nBreak"},
		{Name: "Bad Alias", Alias: "has space"},
	} {
		if _, err := b.NewMailbox(ctx, spec); err == nil {
			t.Errorf("New-Mailbox %+v was accepted", spec)
		}
	}
	r, err := b.NewMailbox(ctx, NewMailbox{Name: "O'Brien, Anna (Sales)", Shared: true})
	if err != nil || r.Alias != "O'BrienAnnaSales" {
		t.Errorf("generated alias: %v, %v", r, err)
	}
	r, err = b.NewMailbox(ctx, NewMailbox{Name: "Kim Akers 2", UserPrincipalName: "kim akers@contoso.com", Shared: true})
	if err == nil {
		t.Errorf("a UPN with a space was accepted: %+v", r)
	}
	if _, err := b.NewMailbox(ctx, NewMailbox{Name: "()", Shared: true}); err == nil ||
		err.Error() != `No alias can be made from the name "()": it has none of the characters an alias allows. Give one with -Alias.` {
		t.Errorf("a name without alias characters: %v", err)
	}
}
