package format

import (
	"errors"
	"testing"
	"time"

	"github.com/psh-project/psh/pipeline"
)

func TestFormatterOutDefault(t *testing.T) {
	tests := []struct {
		name string
		vals []any
		want string
	}{
		{"nothing", nil, ""},
		{"null prints nothing", []any{nil}, ""},
		{"scalars one per line",
			[]any{"abc", int32(42), int64(-7), true, false, 2.5},
			fmtLines("abc", "42", "-7", "True", "False", "2.5")},
		{"doubles with 15 digits",
			[]any{8.0 / 3, 3.141592653589793, 0.1 + 0.2, 1e20, 1.5e-7, float32(9876.543)},
			fmtLines("2.66666666666667", "3.14159265358979", "0.3", "1E+20", "1.5E-07", "9876.543")},
		{"multi-line string", []any{"a\nb"}, fmtLines("a", "b")},
		{"collections flattened",
			[]any{[]any{int32(1), []any{int32(2), int32(3)}, "x"}},
			fmtLines("1", "2", "3", "x")},
		{"error value", []any{errors.New("boom")}, fmtLines("boom")},
		// conformance fmt-implicit-table-up-to-four-properties
		{"one property table", []any{fmtObj("foo", int32(1))},
			fmtLines("", "foo", "---", "  1", "")},
		// conformance fmt-implicit-list-five-or-more-properties
		{"five properties list",
			[]any{fmtObj("a", int32(1), "bb", int32(2), "c", int32(3), "d", int32(4), "e", int32(5))},
			fmtLines("", "a  : 1", "bb : 2", "c  : 3", "d  : 4", "e  : 5", "")},
		{"two five-property objects: one list",
			[]any{
				fmtObj("a", int32(1), "b", 2, "c", 3, "d", 4, "e", 5),
				fmtObj("a", int32(6), "b", 7, "c", 8, "d", 9, "longer", 10),
			},
			fmtLines("", "a : 1", "b : 2", "c : 3", "d : 4", "e : 5", "",
				"a      : 6", "b      : 7", "c      : 8", "d      : 9", "longer : 10", "")},
		{"run of same shape shares a header",
			[]any{fmtObj("abc", "1234", "bcd", "123"), fmtObj("abc", "1", "bcd", "1234")},
			fmtLines("", "abc  bcd", "---  ---", "1234 123", "1    1234", "")},
		{"first object wins: other shapes get blank cells",
			[]any{fmtObj("a", int32(1), "b", "x"), fmtObj("b", "yy", "c", int32(3)), fmtObj("c", 4)},
			fmtLines("", "a b", "- -", "1 x", "  yy", "", "")},
		{"six properties list", []any{fmtObj("p1", 1, "p2", 2, "p3", 3, "p4", 4, "p5", 5, "p6", "six")},
			fmtLines("", "p1 : 1", "p2 : 2", "p3 : 3", "p4 : 4", "p5 : 5", "p6 : six", "")},
		{"table with 2, 3, 4 properties",
			[]any{fmtObj("Name", "x", "Id", int32(12), "On", true, "Ratio", 0.5)},
			fmtLines("", "Name Id On   Ratio", "---- -- --   -----", "x    12 True  0.50", "")},
		{"doubles in tables use F, lists do not",
			[]any{fmtObj("double", 1234.56789, "float", float32(9876.543))},
			fmtLines("", " double   float", " ------   -----", "1234.57 9876.54", "")},
		{"scalar inside a table prints in place",
			[]any{fmtObj("a", int32(1)), "text", fmtObj("a", int32(22))},
			fmtLines("", " a", " -", " 1", "text", "22", "")},
		{"string before a table",
			[]any{"hi", fmtObj("a", "x")},
			fmtLines("hi", "", "a", "-", "x", "")},
		{"other type during a table shows as a list",
			[]any{fmtObj("a", int32(1)), struct{ Name, Kind string }{"n", "k"}, fmtObj("a", int32(2))},
			fmtLines("", "a", "-", "1", "", "Name : n", "Kind : k", "", "2", "")},
		{"hashtable", []any{fmtHash("key", "value", "n", int32(5))},
			fmtLines("", "Name                           Value", "----                           -----",
				"key                            value", "n                              5", "")},
		{"two hashtables share a table",
			[]any{fmtHash("a", int32(1)), fmtHash("b", int32(2))},
			fmtLines("", "Name                           Value", "----                           -----",
				"a                              1", "b                              2", "")},
		{"hashtable ends a table",
			[]any{fmtObj("a", "x"), fmtHash("k", "v")},
			fmtLines("", "a", "-", "x", "", "", "Name                           Value",
				"----                           -----", "k                              v", "")},
		{"collections in cells",
			[]any{fmtObj("n", []any{int32(1), int32(2), int32(3), int32(4), int32(5)}, "m", []any{"a", nil}, "h", fmtHash("k", int32(1)))},
			fmtLines("", "n             m          h", "-             -          -", "{1, 2, 3, 4…} {a, $null} {[k, 1]}", "")},
		{"array of objects flattened into one table",
			[]any{[]any{fmtObj("a", int32(1)), fmtObj("a", int32(2))}},
			fmtLines("", "a", "-", "1", "2", "")},
		{"go struct with a String method and no properties",
			[]any{stringer{}}, fmtLines("I am a stringer")},
		{"date", []any{time.Date(2026, 11, 27, 10, 38, 17, 0, time.UTC), time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)},
			fmtLines("", "Friday, November 27, 2026 10:38:17 AM", "Wednesday, January 1, 2020 12:00:00 AM", "")},
		{"format output is verbatim and ends a view",
			[]any{fmtObj("a", "x"), &FormatOutput{Lines: []string{"", "pre rendered", ""}}, "after"},
			fmtLines("", "a", "-", "x", "", "", "pre rendered", "", "after")},
		{"multi-line value cut without -Wrap",
			[]any{fmtObj("A", int32(1), "Name", "This\nIs more")},
			fmtLines("", "A Name", "- ----", "1 This…", "")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkText(t, tc.name, outDefault(t, 120, nil, tc.vals...), tc.want)
		})
	}
}

type stringer struct{ hidden int }

func (stringer) String() string { return "I am a stringer" }

func TestFormatterTimeSpan(t *testing.T) {
	got := outDefault(t, 120, nil, 90*time.Minute+1500*time.Millisecond)
	want := fmtLines("",
		"Days              : 0",
		"Hours             : 1",
		"Minutes           : 30",
		"Seconds           : 1",
		"Milliseconds      : 500",
		"Ticks             : 54015000000",
		"TotalDays         : 0.0625173611111111",
		"TotalHours        : 1.50041666666667",
		"TotalMinutes      : 90.025",
		"TotalSeconds      : 5401.5",
		"TotalMilliseconds : 5401500",
		"")
	checkText(t, "timespan", got, want)
}

func TestFormatterRegisteredView(t *testing.T) {
	type CASMailbox struct {
		Name                                                   string
		ActiveSyncEnabled, OWAEnabled, PopEnabled, ImapEnabled bool
		MapiEnabled                                            bool
		ServerName                                             string
	}
	views := pipeline.NewViews()
	tn := pipeline.TypeNames(CASMailbox{})[0]
	var cols []pipeline.Column
	for _, n := range []string{"Name", "ActiveSyncEnabled", "OWAEnabled", "PopEnabled", "ImapEnabled", "MapiEnabled"} {
		cols = append(cols, pipeline.Column{Property: n})
	}
	views.Add(pipeline.View{TypeName: tn, Kind: pipeline.TableView, Columns: cols})
	got := outDefault(t, 120, views,
		CASMailbox{Name: "alice", ActiveSyncEnabled: true, OWAEnabled: true, PopEnabled: false, ImapEnabled: true, MapiEnabled: true, ServerName: "EX1"},
		CASMailbox{Name: "bob-the-builder", OWAEnabled: true},
	)
	want := fmtLines("",
		"Name            ActiveSyncEnabled OWAEnabled PopEnabled ImapEnabled MapiEnabled",
		"----            ----------------- ---------- ---------- ----------- -----------",
		"alice           True              True       False      True        True",
		"bob-the-builder False             True       False      False       False",
		"")
	checkText(t, "CASMailbox view", got, want)

	// A fixed-width list view.
	views.Add(pipeline.View{TypeName: "Test.Fixed", Kind: pipeline.TableView, Columns: []pipeline.Column{
		{Label: "Left", Property: "Left", Width: 4, Align: pipeline.AlignLeft},
		{Label: "Center", Property: "Center", Width: 6, Align: pipeline.AlignCenter},
		{Label: "Right", Property: "Right", Width: 5, Align: pipeline.AlignRight},
	}})
	o := fmtObj("Left", int32(1), "Center", int32(2), "Right", int32(3))
	o.SetTypeNames([]string{"Test.Fixed"})
	checkText(t, "alignment view", outDefault(t, 120, views, o),
		fmtLines("", "Left Center Right", "---- ------ -----", "1      2        3", ""))
}

func TestFormatterWidthWindow(t *testing.T) {
	// Rows after the sizing window are cut to the widths the window chose.
	var vals []any
	for i := 0; i < defaultWidthWindow; i++ {
		vals = append(vals, fmtObj("v", "ab"))
	}
	vals = append(vals, fmtObj("v", "abcdef"))
	got := outDefault(t, 120, nil, vals...)
	want := "\nv\n-\n"
	for i := 0; i < defaultWidthWindow; i++ {
		want += "ab\n"
	}
	want += "a…\n\n"
	checkText(t, "window", got, want)
}
