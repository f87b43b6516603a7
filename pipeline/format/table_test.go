package format

import (
	"strings"
	"testing"

	"github.com/psh-project/psh/pipeline"
)

func renderTableString(t *testing.T, objs []any, opts TableOptions) string {
	t.Helper()
	var b strings.Builder
	if err := RenderTable(&b, objs, opts); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// fixedCols is the three-column view of PowerShell's Format-Table tests
// (left, right and centre aligned, fixed widths).
func fixedCols(w1, w2, w3 int) []pipeline.Column {
	return []pipeline.Column{
		{Label: "LongLongHeader", Property: "First", Width: w1, Align: pipeline.AlignLeft},
		{Label: "Header2", Property: "Second", Width: w2, Align: pipeline.AlignRight},
		{Label: "Header3", Property: "Third", Width: w3, Align: pipeline.AlignCenter},
	}
}

func TestRenderTable(t *testing.T) {
	narrow := fmtObj("First", int32(1), "Second", int32(2), "Third", int32(3))
	wide := fmtObj("First", "12345", "Second", "12345678", "Third", "123456")
	multi := "This\nIs some random\nmultiline content"
	tests := []struct {
		name string
		objs []any
		opts TableOptions
		want string
	}{
		// Format-Table.Tests.ps1: header justification
		{"left/right", []any{fmtObj("a", "abc", "b", int32(123))}, TableOptions{},
			fmtLines("", "a     b", "-     -", "abc 123", "")},
		{"left/left", []any{fmtObj("a", "abc", "b", "abc")}, TableOptions{},
			fmtLines("", "a   b", "-   -", "abc abc", "")},
		{"right/left", []any{fmtObj("a", int32(123), "b", "abc")}, TableOptions{},
			fmtLines("", "  a b", "  - -", "123 abc", "")},
		{"right/right", []any{fmtObj("a", int32(123), "b", int32(123))}, TableOptions{},
			fmtLines("", "  a   b", "  -   -", "123 123", "")},
		// implicit autosize from the data
		{"both columns", []any{fmtObj("abc", "1234", "bcd", "1234"), fmtObj("abc", "1", "bcd", "1")}, TableOptions{},
			fmtLines("", "abc  bcd", "---  ---", "1234 1234", "1    1", "")},
		{"second column", []any{fmtObj("abc", "123", "bcd", "1234"), fmtObj("abc", "1", "bcd", "123")}, TableOptions{},
			fmtLines("", "abc bcd", "--- ---", "123 1234", "1   123", "")},
		// -Wrap with multi-line values (conformance fmt-table-wrap-multiline)
		{"wrap right", []any{fmtObj("A", int32(1), "B", int32(2), "Name", multi)}, TableOptions{Wrap: true},
			fmtLines("", "A B Name", "- - ----", "1 2 This", "    Is some random", "    multiline content", "")},
		{"wrap left", []any{fmtObj("Name", multi, "A", int32(1), "B", int32(2))}, TableOptions{Wrap: true},
			fmtLines("", "Name                                  A B", "----                                  - -",
				"This                                  1 2", "Is some random", "multiline content", "")},
		{"wrap middle", []any{fmtObj("A", int32(1), "Name", multi, "B", int32(2))}, TableOptions{Wrap: true},
			fmtLines("", "A Name                                  B", "- ----                                  -",
				"1 This                                  2", "  Is some random", "  multiline content", "")},
		// headers spanning rows when the column is narrower than the label
		{"headers 4,7,4", []any{narrow}, TableOptions{Columns: fixedCols(4, 7, 4)},
			fmtLines("", "Long Header2 Head", "Long         er3", "Head", "er", "---- ------- ----", "1          2  3", "")},
		{"narrow values 4,7,5", []any{narrow}, TableOptions{Columns: fixedCols(4, 7, 5)},
			fmtLines("", "Long Header2 Heade", "Long          r3", "Head", "er", "---- ------- -----", "1          2   3", "")},
		{"wide values cut", []any{wide}, TableOptions{Columns: fixedCols(4, 7, 5)},
			fmtLines("", "Long Header2 Heade", "Long          r3", "Head", "er", "---- ------- -----", "123… …345678 1234…", "")},
		{"wide values wrapped, first column", []any{wide}, TableOptions{Columns: fixedCols(4, 8, 6), Wrap: true},
			fmtLines("", "Long  Header2 Header", "Long            3", "Head", "er", "----  ------- ------", "1234 12345678 123456", "5", "")},
		{"wide values wrapped, all columns", []any{wide}, TableOptions{Columns: fixedCols(4, 7, 5), Wrap: true},
			fmtLines("", "Long Header2 Heade", "Long          r3", "Head", "er", "---- ------- -----", "1234 1234567 12345", "5          8   6", "")},
		{"hide headers", []any{fmtObj("a", int32(1), "b", int32(2))}, TableOptions{HideTableHeaders: true},
			fmtLines("", "1 2", "")},
		{"double-byte characters", []any{fmtObj("哇", "62", "dbda", "KM", "消息", "千")}, TableOptions{},
			fmtLines("", "哇 dbda 消息", "-- ---- ----", "62 KM   千", "")},
		{"autosize", []any{fmtObj("name", "Bob", "size", int32(1234), "booleanValue", true), fmtObj("name", "Jim", "size", int32(5678), "booleanValue", false)},
			TableOptions{AutoSize: true},
			fmtLines("", "name size booleanValue", "---- ---- ------------", "Bob  1234 True", "Jim  5678 False", "")},
		{"property columns", []any{fmtObj("a", int32(1), "ImapEnabled", true, "ImapPort", int32(143))},
			TableOptions{Columns: ExpandColumns(fmtObj("a", 1, "ImapEnabled", true, "ImapPort", 143), []string{"imap*", "A", "missing"})},
			fmtLines("", "ImapEnabled ImapPort a missing", "----------- -------- - -------", "True             143 1", "")},
		{"hashtable", []any{fmtHash("key", "value")}, TableOptions{},
			fmtLines("", "Name                           Value", "----                           -----", "key                            value", "")},
		{"empty input", nil, TableOptions{}, ""},
		{"narrow screen trims the last column", []any{fmtObj("aaaa", "1234567890", "bbbb", "xyz")}, TableOptions{Width: 13},
			fmtLines("", "aaaa       bb", "           bb", "----       --", "1234567890 x…", "")},
		{"first column is cut to the screen", []any{fmtObj("aaaaaaaaaaaa", "1234567890", "b", "x")}, TableOptions{Width: 8},
			fmtLines("", "aaaaaaaa", "aaaa", "--------", "1234567…", "")},
		{"narrow screen hides columns that cannot fit", []any{fmtObj("aaaa", "1234567890", "bbbb", "xyz")}, TableOptions{Width: 11},
			fmtLines("", "aaaa", "----", "1234567890", "")},
		{"group by", []any{
			fmtObj("Dept", "Eng", "Name", "ann"), fmtObj("Dept", "Eng", "Name", "bo"), fmtObj("Dept", "Ops", "Name", "cy"), fmtObj("Dept", "Eng", "Name", "dee")},
			TableOptions{Columns: []pipeline.Column{{Property: "Name"}}, GroupBy: &pipeline.Column{Property: "Dept"}},
			fmtLines("", "   Dept: Eng", "", "Name", "----", "ann", "bo",
				"", "   Dept: Ops", "", "Name", "----", "cy",
				"", "   Dept: Eng", "", "Name", "----", "dee", "")},
		{"calculated column", []any{fmtObj("n", int32(3))},
			TableOptions{Columns: []pipeline.Column{{Label: "Double", Value: func(o any) any { v, _ := pipeline.GetProperty(o, "n"); return v.(int32) * 2 }}}},
			fmtLines("", "Double", "------", "     6", "")},
		{"centre with width", []any{fmtObj("one", int32(1))},
			TableOptions{Columns: []pipeline.Column{{Label: "one", Property: "one", Width: 10, Align: pipeline.AlignCenter}}},
			fmtLines("", "   one", "   ---", "    1", "")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkText(t, tc.name, renderTableString(t, tc.objs, tc.opts), tc.want)
		})
	}
}

func TestRenderTableLongHashtableValueFitsScreen(t *testing.T) {
	// Format-Table.Tests.ps1: with no console, no line is wider than 120.
	got := renderTableString(t, []any{fmtHash("test", strings.Repeat("1", 200))}, TableOptions{})
	max := 0
	for _, l := range strings.Split(got, "\n") {
		if n := displayWidth(l); n > max {
			max = n
		}
	}
	if max != 120 {
		t.Errorf("widest line = %d, want 120:\n%s", max, got)
	}
	if !strings.Contains(got, strings.Repeat("1", 88)+"…") {
		t.Errorf("value not cut with an ellipsis:\n%s", got)
	}
}

func TestNewTableOutput(t *testing.T) {
	fo := NewTableOutput([]any{fmtObj("a", int32(1))}, TableOptions{})
	if got, want := fo.String(), fmtLines("", "a", "-", "1", ""); got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if len(fo.Lines) != 5 {
		t.Errorf("Lines = %q", fo.Lines)
	}
	// Out-Default prints it verbatim.
	checkText(t, "verbatim", outDefault(t, 120, nil, fo), fmtLines("", "a", "-", "1", ""))
}
