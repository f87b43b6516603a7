package filter

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSQL(t *testing.T) {
	tests := []struct {
		filter string
		where  string
		args   []any
	}{
		{"Name -eq 'Rand'", "r.name = ?", []any{"Rand"}},
		{"Name -ne 'Rand'", "(r.name IS NULL OR r.name <> ?)", []any{"Rand"}},
		{"Name -like 'Eng*'", "(r.name >= ? AND r.name < ?)", []any{"eng", "enh"}},
		{"Name -notlike 'Eng*'", "(r.name IS NULL OR r.name < ? OR r.name >= ?)", []any{"eng", "enh"}},
		{"Name -like 'a@*'", `r.name LIKE ? ESCAPE '\'`, []any{"a@%"}},
		{"Name -like '*x_y%z\\'", `r.name LIKE ? ESCAPE '\'`, []any{`%x\_y\%z\\`}},
		{"Name -like 'a?c'", `r.name LIKE ? ESCAPE '\'`, []any{"a_c"}},
		{"Name -notlike '*a'", `(r.name IS NULL OR r.name NOT LIKE ? ESCAPE '\')`, []any{"%a"}},
		{"Name -like 'plain'", "r.name = ?", []any{"plain"}},
		{"Name -like '**'", "r.name IS NOT NULL", nil},
		{"Name -notlike '*'", "r.name IS NULL", nil},
		{"Name -eq $null", "r.name IS NULL", nil},
		{"Name -ne ''", "r.name IS NOT NULL", nil},
		{"Name -lt 'm'", "r.name < ?", []any{"m"}},
		{"-not Name -lt 'm'", "(r.name IS NULL OR r.name >= ?)", []any{"m"}},
		{"Name -ge 'm'", "r.name >= ?", []any{"m"}},
		{"-not (Name -le 'm')", "(r.name IS NULL OR r.name > ?)", []any{"m"}},
		{"PopEnabled -eq $false -and ImapEnabled -eq $false", "(r.pop_enabled = ? AND r.imap_enabled = ?)", []any{int64(0), int64(0)}},
		{"PopEnabled -ne $true", "r.pop_enabled <> ?", []any{int64(1)}},
		{"PopEnabled -eq $null -or ImapEnabled -ne $null", "((1=0) OR (1=1))", nil},
		{"Count -gt 15", "r.count > ?", []any{int64(15)}},
		{"WhenCreated -gt '8/1/2017 2:00:00 PM'", "r.when_created > ?", []any{int64(1501596000000000000)}},
		{"Guid -eq '9E0B3C2A-1111-2222-3333-444455556666'", "r.guid = ?", []any{"9e0b3c2a-1111-2222-3333-444455556666"}},
		{"RecipientType -eq usermailbox", "r.recipient_type = ?", []any{"UserMailbox"}},
		{"EmailAddresses -eq 'a@b.c'", "EXISTS (SELECT 1 FROM addr WHERE addr.recipient_id = r.id AND addr.address = ?)", []any{"a@b.c"}},
		{"EmailAddresses -notlike 'smtp:a*'", "NOT EXISTS (SELECT 1 FROM addr WHERE addr.recipient_id = r.id AND (addr.address >= ? AND addr.address < ?))", []any{"smtp:a", "smtp:b"}},
		{"EmailAddresses -eq $null", "NOT EXISTS (SELECT 1 FROM addr WHERE addr.recipient_id = r.id)", nil},
		{"EmailAddresses -ne $null", "EXISTS (SELECT 1 FROM addr WHERE addr.recipient_id = r.id)", nil},
		{"Name -eq 'a' -and Name -eq 'b' -and (Name -eq 'c' -or Name -eq 'd' -or Name -eq 'e')",
			"(r.name = ? AND r.name = ? AND (r.name = ? OR r.name = ? OR r.name = ?))", []any{"a", "b", "c", "d", "e"}},
	}
	for _, tt := range tests {
		p, err := Compile(tt.filter, testSchema())
		if err != nil {
			t.Errorf("Compile(%q): %v", tt.filter, err)
			continue
		}
		where, args, err := p.SQL(testMapping)
		if err != nil {
			t.Errorf("SQL(%q): %v", tt.filter, err)
			continue
		}
		if where != tt.where || !cmp.Equal(args, tt.args) {
			t.Errorf("SQL(%q)\n got %s %#v\nwant %s %#v", tt.filter, where, args, tt.where, tt.args)
		}
	}
}

func TestSQLMappingErrors(t *testing.T) {
	p, _ := Compile("Name -eq 'a' -and EmailAddresses -eq 'x'", testSchema())
	_, _, err := p.SQL(SQLMapping{"Name": {Name: "name"}})
	var fe *Error
	if !errors.As(err, &fe) || fe.Kind != TranslateError || fe.Pos != 18 ||
		fe.Msg != "No SQL column is mapped for the property EmailAddresses." {
		t.Errorf("got %v", err)
	}
	_, _, err = p.SQL(SQLMapping{"Name": {Name: "name"}, "EmailAddresses": {Name: "emails"}})
	if !errors.As(err, &fe) || fe.Msg != "The multi-valued property EmailAddresses needs a side table in the SQL mapping." {
		t.Errorf("got %v", err)
	}
}

// TestInjection checks that hostile values are bound, never spliced, and
// select exactly what the filter means in memory and in SQLite.
func TestInjection(t *testing.T) {
	recs := []*rec{
		{ID: 1, Name: "x' OR 1=1 --"},
		{ID: 2, Name: "x"},
		{ID: 3, Name: "%"},
		{ID: 4, Name: "50%_off"},
		{ID: 5, Name: "a_b"},
		{ID: 6, Name: "axb"},
		{ID: 7, Name: `back\slash`},
		{ID: 8, Name: "O'Brien"},
		{ID: 9, Name: "x'); DROP TABLE r; --"},
	}
	db := openTestDB(t, recs)
	defer db.Close()
	tests := []struct {
		filter string
		want   []int64
	}{
		{"Name -eq 'x'' OR 1=1 --'", []int64{1}},
		{"Name -like '%'", []int64{3}},
		{"Name -like '%*'", []int64{3}},
		{"Name -like '*%*'", []int64{3, 4}},
		{"Name -like 'a_b'", []int64{5}},
		{"Name -like 'a?b'", []int64{5, 6}},
		{"Name -like '*\\*'", []int64{7}},
		{"Name -eq 'O''Brien'", []int64{8}},
		{"Name -eq \"O'Brien\"", []int64{8}},
		{"Name -eq 'x''); DROP TABLE r; --'", []int64{9}},
		{"Name -like 'x''*'", []int64{1, 9}},
	}
	s := testSchema()
	for _, tt := range tests {
		p, err := Compile(tt.filter, s)
		if err != nil {
			t.Errorf("Compile(%q): %v", tt.filter, err)
			continue
		}
		mem := memIDs(p, recs)
		got, q, err := sqlIDs(db, p)
		if err != nil {
			t.Errorf("%s: %s: %v", tt.filter, q, err)
			continue
		}
		if !slices.Equal(mem, tt.want) || !slices.Equal(got, tt.want) {
			t.Errorf("%s: memory %v, SQL %v, want %v", tt.filter, mem, got, tt.want)
		}
	}
	var n int
	if err := db.QueryRow("SELECT count(*) FROM r").Scan(&n); err != nil || n != len(recs) {
		t.Errorf("table damaged: %d %v", n, err)
	}
}
