package filter

import (
	"testing"
	"time"
)

const bench5 = "RecipientType -eq 'UserMailbox' -and Department -like 'Engineering*' -and StateOrProvince -eq 'WA' -and PopEnabled -eq $true -and WhenCreated -gt '8/1/2017 2:00:00 PM'"

// BenchmarkCompile5 measures parse+check+compile of a 5-clause filter.
func BenchmarkCompile5(b *testing.B) {
	s := testSchema()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Compile(bench5, s); err != nil {
			b.Fatal(err)
		}
	}
}

// benchRec is a flat record with a hand-written getter, as a store adapter
// would provide.
type benchRec struct {
	Type, Department, State string
}

func benchGet(obj any, prop string) any {
	r := obj.(*benchRec)
	switch prop {
	case "RecipientType":
		return r.Type
	case "Department":
		return r.Department
	case "StateOrProvince":
		return r.State
	}
	return nil
}

// BenchmarkMatch1M evaluates a 3-clause filter over 1,000,000 in-memory
// records per iteration; see the ns/record metric.
func BenchmarkMatch1M(b *testing.B) {
	p, err := Compile("RecipientType -eq 'UserMailbox' -and Department -like 'Engineering*' -and StateOrProvince -eq 'WA'", testSchema())
	if err != nil {
		b.Fatal(err)
	}
	depts := []string{"Engineering", "Engineering-QA", "Sales", "Finance", "Marketing"}
	states := []string{"WA", "OR", "CA", "NY"}
	types := []string{"UserMailbox", "MailUser", "SharedMailbox", "User"}
	recs := make([]benchRec, 1_000_000)
	for i := range recs {
		recs[i] = benchRec{Type: types[i%len(types)], Department: depts[i%len(depts)], State: states[i%7%len(states)]}
	}
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	n := 0
	for b.Loop() {
		n = 0
		for i := range recs {
			if p.Match(&recs[i], benchGet) {
				n++
			}
		}
	}
	b.ReportMetric(float64(time.Since(start).Nanoseconds())/float64(b.N)/float64(len(recs)), "ns/record")
	if n == 0 {
		b.Fatal("no matches")
	}
}
