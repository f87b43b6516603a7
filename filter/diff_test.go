package filter

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// genFilter returns a random filter over testSchema.
func genFilter(r *rand.Rand, depth int) string {
	if depth > 0 && r.IntN(3) != 0 {
		l, rt := genFilter(r, depth-1), genFilter(r, depth-1)
		op := pick(r, []string{"-and", "-or", "-AND", "-Or"})
		s := l + " " + op + " " + rt
		if r.IntN(2) == 0 {
			s = "(" + s + ")"
		}
		if r.IntN(5) == 0 {
			s = "-not (" + s + ")"
		}
		return s
	}
	c := genComparison(r)
	if r.IntN(6) == 0 {
		c = "-not " + c
	}
	return c
}

func quote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// mutate turns a pool string into a pattern or a case variant.
func mutate(r *rand.Rand, s string) string {
	rs := []rune(s)
	switch r.IntN(9) {
	case 0:
		return strings.ToUpper(s)
	case 1:
		if len(rs) > 1 {
			return string(rs[:1+r.IntN(len(rs)-1)]) + "*"
		}
		return s + "*"
	case 2:
		return "*" + string(rs[r.IntN(len(rs)):])
	case 3:
		return "*" + string(rs[len(rs)/2:]) + "*"
	case 4:
		i := r.IntN(len(rs))
		return string(rs[:i]) + "?" + string(rs[i+1:])
	case 5:
		return "*"
	case 6:
		return string(rs[:len(rs)/2]) + "*" + string(rs[len(rs)-1:])
	}
	return s
}

func genComparison(r *rand.Rand) string {
	textOps := []string{"-eq", "-ne", "-lt", "-gt", "-le", "-ge", "-like", "-notlike", "-EQ", "-Like"}
	switch r.IntN(11) {
	case 0, 1, 2:
		prop := pick(r, []string{"Name", "Department", "stateorprovince"})
		op := pick(r, textOps)
		if r.IntN(10) == 0 {
			return prop + " " + pick(r, []string{"-eq", "-ne"}) + " $null"
		}
		return prop + " " + op + " " + quote(mutate(r, pick(r, textPool)))
	case 3:
		return pick(r, []string{"PopEnabled", "ImapEnabled"}) + " " + pick(r, []string{"-eq", "-ne"}) + " " +
			pick(r, []string{"$true", "$false", "'True'", "0", "$null"})
	case 4:
		if r.IntN(8) == 0 {
			return "Count " + pick(r, []string{"-eq", "-ne"}) + " $null"
		}
		return "Count " + pick(r, textOps[:6]) + " " + strconv.Itoa(r.IntN(25)-12)
	case 5:
		d := pick(r, datePool)
		v := quote(d.Format("1/2/2006 3:04:05 PM"))
		if r.IntN(2) == 0 {
			v = quote(d.Format("2006-01-02T15:04:05.999999999Z07:00"))
		}
		if r.IntN(8) == 0 {
			v = "$null"
			return "WhenCreated " + pick(r, []string{"-eq", "-ne"}) + " " + v
		}
		return "WhenCreated " + pick(r, textOps[:6]) + " " + v
	case 6:
		v := quote(strings.ToUpper(pick(r, guidPool)))
		if r.IntN(5) == 0 {
			v = "$null"
		}
		return "Guid " + pick(r, []string{"-eq", "-ne"}) + " " + v
	case 7:
		v := strings.ToLower(pick(r, testTypes))
		if r.IntN(5) == 0 {
			v = "$null"
		}
		return "RecipientType " + pick(r, []string{"-eq", "-ne"}) + " " + v
	case 8:
		v := quote(pick(r, textPool))
		if r.IntN(5) == 0 {
			v = "$null"
		}
		return "Manager " + pick(r, []string{"-eq", "-ne"}) + " " + v
	}
	prop := pick(r, []string{"EmailAddresses", "ProxyAddresses"}) // the second with PrefixedLike
	if r.IntN(8) == 0 {
		return prop + " " + pick(r, []string{"-eq", "-ne"}) + " $null"
	}
	return prop + " " + pick(r, []string{"-eq", "-ne", "-like", "-notlike"}) + " " + quote(mutate(r, pick(r, textPool)))
}

// TestDifferential runs generated filters over generated records both in
// memory and in SQLite and requires identical results.
func TestDifferential(t *testing.T) {
	recs := genRecords(10000, 42)
	db := openTestDB(t, recs)
	defer db.Close()
	s := testSchema()
	r := rand.New(rand.NewPCG(7, 7))
	compiled, nonEmpty := 0, 0
	for i := 0; compiled < 400 && i < 5000; i++ {
		text := genFilter(r, 3)
		p, err := Compile(text, s)
		if err != nil {
			continue // e.g. '' with -lt
		}
		compiled++
		mem := memIDs(p, recs)
		got, q, err := sqlIDs(db, p)
		if err != nil {
			t.Fatalf("%s\n%s: %v", text, q, err)
		}
		if !slices.Equal(mem, got) {
			t.Fatalf("filter %s\nnormalised %s\nSQL %s\nmemory %d rows, SQL %d rows; %s",
				text, p, q, len(mem), len(got), firstDiff(recs, mem, got))
		}
		if len(mem) > 0 && len(mem) < len(recs) {
			nonEmpty++
		}
	}
	if compiled < 200 || nonEmpty < 100 {
		t.Fatalf("only %d filters compiled, %d selective", compiled, nonEmpty)
	}
	t.Logf("%d filters agreed over %d records (%d selective)", compiled, len(recs), nonEmpty)
}
