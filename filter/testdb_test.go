package filter

import (
	"database/sql"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
	"time"

	_ "modernc.org/sqlite"
)

// This file holds the generated records and the SQLite store shared by the
// differential, injection and fuzz tests.

type testGuid string

func (g testGuid) String() string { return strings.ToUpper(string(g)) }

type testEnum string

func (e testEnum) String() string { return string(e) }

// rec is a test record; its getter is recGet.
type rec struct {
	ID          int64
	Name        string
	Department  string
	State       string
	PopEnabled  bool
	ImapEnabled bool
	Count       any // nil or int
	WhenCreated time.Time
	Guid        testGuid
	Type        testEnum
	Manager     string
	Emails      []string
}

func recGet(obj any, prop string) any {
	r := obj.(*rec)
	switch prop {
	case "Name":
		return r.Name
	case "Department":
		return r.Department
	case "StateOrProvince":
		return r.State
	case "PopEnabled":
		return r.PopEnabled
	case "ImapEnabled":
		return r.ImapEnabled
	case "Count":
		return r.Count
	case "WhenCreated":
		return r.WhenCreated
	case "Guid":
		if r.Guid == "" {
			return nil
		}
		return r.Guid
	case "RecipientType":
		return r.Type
	case "Manager":
		return r.Manager
	case "EmailAddresses", "ProxyAddresses":
		return r.Emails
	}
	panic("unknown property " + prop)
}

var testTypes = []string{"UserMailbox", "MailUser", "SharedMailbox", "User"}

func testSchema() *Schema {
	return NewSchema("Get-Test",
		Property{Name: "Name", Type: String},
		Property{Name: "Department", Type: String},
		Property{Name: "StateOrProvince", Type: String},
		Property{Name: "PopEnabled", Type: Bool},
		Property{Name: "ImapEnabled", Type: Bool},
		Property{Name: "Count", Type: Int},
		Property{Name: "WhenCreated", Type: Date},
		Property{Name: "Guid", Type: Guid},
		Property{Name: "RecipientType", Type: Enum, Values: testTypes},
		Property{Name: "Manager", Type: DN},
		Property{Name: "EmailAddresses", Type: MultiString},
		Property{Name: "ProxyAddresses", Type: MultiString, PrefixedLike: true},
	)
}

var testMapping = SQLMapping{
	"Name":            {Name: "r.name"},
	"Department":      {Name: "r.department"},
	"StateOrProvince": {Name: "r.state"},
	"PopEnabled":      {Name: "r.pop_enabled"},
	"ImapEnabled":     {Name: "r.imap_enabled"},
	"Count":           {Name: "r.count"},
	"WhenCreated":     {Name: "r.when_created"},
	"Guid":            {Name: "r.guid"},
	"RecipientType":   {Name: "r.recipient_type"},
	"Manager":         {Name: "r.manager"},
	"EmailAddresses":  {MultiTable: "addr", MultiKey: "recipient_id", MultiValue: "address", MainKey: "r.id"},
	"ProxyAddresses":  {MultiTable: "addr", MultiKey: "recipient_id", MultiValue: "address", MainKey: "r.id"},
}

const testDDL = `
CREATE TABLE r (
	id INTEGER PRIMARY KEY,
	name TEXT COLLATE NOCASE,
	department TEXT COLLATE NOCASE,
	state TEXT COLLATE NOCASE,
	pop_enabled INTEGER NOT NULL,
	imap_enabled INTEGER NOT NULL,
	count INTEGER,
	when_created INTEGER,
	guid TEXT,
	recipient_type TEXT COLLATE NOCASE,
	manager TEXT COLLATE NOCASE
);
CREATE INDEX r_name ON r(name);
CREATE INDEX r_department ON r(department);
CREATE TABLE addr (recipient_id INTEGER NOT NULL REFERENCES r(id), address TEXT COLLATE NOCASE);
CREATE INDEX addr_key ON addr(recipient_id, address);
`

// textPool holds awkward strings: case variants, LIKE metacharacters,
// quotes, SQL fragments, non-ASCII letters and the '@' prefix edge case.
var textPool = []string{
	"Engineering", "engineering", "ENGINEERING-QA", "Engineering QA", "Engineering-QA",
	"Sales", "sales%", "50%_off", "a_b", "axb", `back\slash`, "O'Brien", "it''s",
	"x' OR 1=1 --", "Ünïcode", "ünïcode", "é", "É", "@home", "@", "@A", "[abc]", "abc", "ABD", "ab",
	"Zeta", "_", "%", "*star", "q?mark", "WA", "wa", "OR", "CA", "日本語", "Rand Zaher",
	"CN=Rand Zaher,OU=Finance,DC=contoso,DC=com", "cn=rand zaher,ou=finance,dc=contoso,dc=com",
	"smtp:Engineering", "SMTP:wa", ":lead", "x500:O=Org",
}

var guidPool = []string{
	"9e0b3c2a-1111-2222-3333-444455556666", "00000000-0000-0000-0000-000000000000",
	"abcdef01-2345-6789-abcd-ef0123456789",
}

var datePool = []time.Time{
	time.Date(2017, 8, 1, 14, 0, 0, 0, time.UTC),
	time.Date(2017, 8, 1, 14, 0, 0, 1, time.UTC),
	time.Date(2017, 8, 13, 0, 0, 0, 0, time.UTC),
	time.Date(1999, 12, 31, 23, 59, 59, 0, time.UTC),
	time.Date(2024, 2, 29, 12, 30, 0, 0, time.FixedZone("X", 3600)),
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func maybeText(r *rand.Rand) string {
	if r.IntN(5) == 0 {
		return ""
	}
	return pick(r, textPool)
}

// genRecords returns n deterministic records.
func genRecords(n int, seed uint64) []*rec {
	r := rand.New(rand.NewPCG(seed, 1))
	out := make([]*rec, n)
	for i := range out {
		x := &rec{ID: int64(i + 1), Name: maybeText(r), Department: maybeText(r), State: maybeText(r),
			PopEnabled: r.IntN(2) == 0, ImapEnabled: r.IntN(2) == 0, Manager: maybeText(r)}
		if r.IntN(4) != 0 {
			x.Count = r.IntN(21) - 10
		}
		if r.IntN(4) != 0 {
			x.WhenCreated = pick(r, datePool)
		}
		if r.IntN(4) != 0 {
			x.Guid = testGuid(pick(r, guidPool))
		}
		if r.IntN(5) != 0 {
			x.Type = testEnum(pick(r, testTypes))
		}
		for k := r.IntN(4); k > 0; k-- {
			x.Emails = append(x.Emails, maybeText(r))
		}
		out[i] = x
	}
	return out
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// openTestDB stores recs in a fresh in-memory SQLite database.
func openTestDB(tb testing.TB, recs []*rec) *sql.DB {
	tb.Helper()
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		tb.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(testDDL); err != nil {
		tb.Fatal(err)
	}
	tx, err := db.Begin()
	if err != nil {
		tb.Fatal(err)
	}
	ins, _ := tx.Prepare(`INSERT INTO r VALUES (?,?,?,?,?,?,?,?,?,?,?)`)
	insA, _ := tx.Prepare(`INSERT INTO addr VALUES (?,?)`)
	for _, x := range recs {
		var when any
		if !x.WhenCreated.IsZero() {
			when = x.WhenCreated.UnixNano()
		}
		if _, err := ins.Exec(x.ID, nullable(x.Name), nullable(x.Department), nullable(x.State),
			x.PopEnabled, x.ImapEnabled, x.Count, when, nullable(strings.ToLower(string(x.Guid))),
			nullable(string(x.Type)), nullable(x.Manager)); err != nil {
			tb.Fatal(err)
		}
		for _, a := range x.Emails {
			if a != "" {
				if _, err := insA.Exec(x.ID, a); err != nil {
					tb.Fatal(err)
				}
			}
		}
	}
	if err := tx.Commit(); err != nil {
		tb.Fatal(err)
	}
	return db
}

// memIDs evaluates p in memory.
func memIDs(p *Program, recs []*rec) []int64 {
	var ids []int64
	for _, x := range recs {
		if p.Match(x, recGet) {
			ids = append(ids, x.ID)
		}
	}
	return ids
}

// sqlIDs evaluates p in SQLite.
func sqlIDs(db *sql.DB, p *Program) ([]int64, string, error) {
	where, args, err := p.SQL(testMapping)
	if err != nil {
		return nil, "", err
	}
	q := "SELECT r.id FROM r WHERE " + where + " ORDER BY r.id"
	rows, err := db.Query(q, args...)
	if err != nil {
		return nil, q, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, q, err
		}
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids, q, rows.Err()
}

// firstDiff describes the first id in one list and not the other.
func firstDiff(recs []*rec, a, b []int64) string {
	in := map[int64]int{}
	for _, id := range a {
		in[id] |= 1
	}
	for _, id := range b {
		in[id] |= 2
	}
	for _, x := range recs {
		switch in[x.ID] {
		case 1:
			return fmt.Sprintf("only in memory: %+v", *x)
		case 2:
			return fmt.Sprintf("only in SQL: %+v", *x)
		}
	}
	return "no difference"
}
