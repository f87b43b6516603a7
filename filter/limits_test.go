package filter

import (
	"slices"
	"strings"
	"testing"
)

// chain joins n comparisons made by term with op.
func chain(n int, op string, term func(i int) string) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = term(i)
	}
	return strings.Join(parts, " "+op+" ")
}

// TestLimitErrors pins the error of each limit: its kind, its position and
// the message that states the limit.
func TestLimitErrors(t *testing.T) {
	name := func(i int) string { return "Name -eq 'n" + strings.Repeat("x", i%3) + "'" }
	orChain := chain(MaxComparisons+1, "-or", name)
	lastTerm := strings.LastIndex(orChain, "Name")
	cases := []struct {
		text string
		pos  int
		msg  string
	}{
		{strings.Repeat("(", 150) + "Name -eq 'x'" + strings.Repeat(")", 150), 100,
			"The filter is nested too deeply: at most 100 levels of parentheses and -not are allowed."},
		{strings.Repeat("-not ", 101) + "Name -eq 'x'", 500,
			"The filter is nested too deeply: at most 100 levels of parentheses and -not are allowed."},
		{orChain, lastTerm,
			"The filter has too many comparisons: at most 1000 are allowed. Split the query, or filter on a property the objects share."},
		{"Name -like '" + strings.Repeat("*x", 50000) + "'", 11,
			"The -like pattern is too long: 100000 characters, at most 10000 are allowed."},
		{"Department -notlike '" + strings.Repeat("é", MaxPatternLength+1) + "'", 20,
			"The -notlike pattern is too long: 10001 characters, at most 10000 are allowed."},
	}
	for _, c := range cases {
		_, err := Compile(c.text, testSchema())
		fe, ok := err.(*Error)
		short := c.text[:min(len(c.text), 40)]
		if !ok {
			t.Errorf("%s...: error %v, want a *filter.Error", short, err)
			continue
		}
		if fe.Kind != LimitError || fe.Pos != c.pos || fe.Msg != c.msg {
			t.Errorf("%s...: kind %d, position %d, message %q;\nwant kind %d, position %d, message %q", short, fe.Kind, fe.Pos, fe.Msg, LimitError, c.pos, c.msg)
		}
		if !strings.Contains(fe.Error(), c.msg) {
			t.Errorf("%s...: Error() %q does not state the limit", short, fe.Error()[:200])
		}
	}
}

// TestLimitsFitSQLite: the largest filters the limits allow (MaxComparisons
// in one -or or -and chain, over single and multi-valued properties, and a
// MaxPatternLength -like pattern) run in SQLite and agree with Match.
func TestLimitsFitSQLite(t *testing.T) {
	recs := genRecords(300, 5)
	db := openTestDB(t, recs)
	defer db.Close()
	texts := []string{
		chain(MaxComparisons, "-or", func(i int) string { return "Count -eq " + strings.Repeat("1", 1+i%5) }),
		chain(MaxComparisons, "-and", func(i int) string { return "Name -notlike '*zz" + strings.Repeat("q", i%7) + "*'" }),
		chain(MaxComparisons, "-or", func(i int) string { return "EmailAddresses -ne 'a" + strings.Repeat("b", i%4) + "'" }),
		"-not (" + chain(MaxComparisons/2, "-or", func(i int) string { return "(Name -like 'a*' -and Count -gt 3)" }) + ")",
		"Name -like '" + strings.Repeat("*a", MaxPatternLength/2) + "'",
		"Name -notlike '" + strings.Repeat("%_", MaxPatternLength/2) + "'",
	}
	for _, text := range texts {
		p, err := Compile(text, testSchema())
		if err != nil {
			t.Fatalf("%.60s...: %v", text, err)
		}
		got, _, err := sqlIDs(db, p)
		if err != nil {
			t.Fatalf("%.60s...: SQLite: %v", text, err)
		}
		if mem := memIDs(p, recs); !slices.Equal(got, mem) {
			t.Errorf("%.60s...: SQL %d rows, memory %d", text, len(got), len(mem))
		}
	}
}

// TestNestingLimitIsInclusive: MaxNesting levels of parentheses or -not,
// as the limit's message promises, are allowed; one more is refused.
func TestNestingLimitIsInclusive(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("(", MaxNesting) + "Name -eq 'x'" + strings.Repeat(")", MaxNesting),
		strings.Repeat("-not ", MaxNesting) + "Name -eq 'x'",
		strings.Repeat("-not (", MaxNesting/2) + "Name -eq 'x'" + strings.Repeat(")", MaxNesting/2),
	} {
		if _, err := Compile(text, testSchema()); err != nil {
			t.Errorf("%s...: %v", text[:20], err)
		}
	}
	if _, err := Compile(strings.Repeat("(", MaxNesting+1)+"Name -eq 'x'"+strings.Repeat(")", MaxNesting+1), testSchema()); err == nil {
		t.Errorf("%d parentheses: no error", MaxNesting+1)
	}
}
