package filter

import (
	"database/sql"
	"errors"
	"slices"
	"sync"
	"testing"
)

var fuzzSeeds = []string{
	"RecipientType -eq 'UserMailbox' -and Department -like 'Engineering*' -and StateOrProvince -eq 'WA'",
	"PopEnabled -eq `$false -and ImapEnabled -eq `$false",
	"HasActiveSyncDevicePartnership -eq `$true -and -not DisplayName -like 'CAS_{*'",
	"((Alias -ne $null) -and (-not(Database -ne $null)))",
	"Name -eq 'x'' OR 1=1 --'",
	"Name -like '%'",
	"Name -like 'a@*' -or Name -notlike '*?b*'",
	"{Department -eq \"Sales\"}",
	"Count -ge -5 -and WhenCreated -lt '8/1/2017 2:00:00 PM'",
	"EmailAddresses -like 'smtp:*' -or EmailAddresses -eq $null",
	"Guid -ne '9E0B3C2A-1111-2222-3333-444455556666' -or RecipientType -eq usermailbox",
	"-not -not (Manager -eq 'CN=Rand Zaher,OU=Finance,DC=contoso,DC=com')",
	"(Alias -ne )",
	"RecipientType -eq 'UserMailbox' -or 'MailUser'",
}

// FuzzParse checks that Parse never panics and that the normalised form of
// every accepted filter parses back to itself.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		e, err := Parse(text)
		if err != nil {
			var fe *Error
			if !errors.As(err, &fe) || fe.Pos < 0 || fe.Pos > len(text) {
				t.Fatalf("bad error %#v", err)
			}
			_ = fe.Error()
			_ = fe.Show()
			return
		}
		norm := e.String()
		e2, err := Parse(norm)
		if err != nil {
			t.Fatalf("normalised %q does not parse: %v", norm, err)
		}
		if e2.String() != norm {
			t.Fatalf("reparse changed %q to %q", norm, e2.String())
		}
	})
}

var (
	fuzzDBOnce sync.Once
	fuzzDB     *sql.DB
	fuzzRecs   []*rec
)

// FuzzAgreement checks that whatever compiles evaluates identically in
// memory and in SQLite, and that the normalised program means the same.
func FuzzAgreement(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	fuzzDBOnce.Do(func() {
		fuzzRecs = genRecords(500, 99)
		fuzzDB = openTestDB(f, fuzzRecs)
	})
	s := testSchema()
	f.Fuzz(func(t *testing.T, text string) {
		p, err := Compile(text, s)
		if err != nil {
			return
		}
		mem := memIDs(p, fuzzRecs)
		got, q, err := sqlIDs(fuzzDB, p)
		if err != nil {
			t.Fatalf("%s\n%s: %v", text, q, err)
		}
		if !slices.Equal(mem, got) {
			t.Fatalf("filter %q\nSQL %s\nmemory %d, SQL %d: %s", text, q, len(mem), len(got), firstDiff(fuzzRecs, mem, got))
		}
		p2, err := Compile(p.String(), s)
		if err != nil {
			t.Fatalf("normalised %q: %v", p.String(), err)
		}
		if !slices.Equal(memIDs(p2, fuzzRecs), mem) {
			t.Fatalf("normalised %q selects differently from %q", p.String(), text)
		}
	})
}
