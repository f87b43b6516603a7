package format

import (
	"slices"
	"strings"
	"testing"

	"github.com/psh-project/psh/pipeline"
)

func TestFitWidths(t *testing.T) {
	tests := []struct {
		name   string
		w      []int
		mins   []int
		screen int
		want   []int
		hidden int
	}{
		{"fits", []int{3, 4}, []int{3, 4}, 20, []int{3, 4}, 0},
		{"exactly fits", []int{3, 4}, []int{3, 4}, 8, []int{3, 4}, 0},
		{"free columns share the room", []int{5, 0, 0}, nil, 16, []int{5, 5, 4}, 0},
		{"last column shrinks to its header", []int{10, 20}, []int{4, 5}, 16, []int{10, 5}, 0},
		{"last column narrower than its header is dropped", []int{10, 20}, []int{4, 6}, 16, []int{10, -1}, 1},
		{"several trailing columns dropped", []int{10, 10, 10, 10}, []int{10, 10, 10, 10}, 25, []int{10, 10, -1, -1}, 2},
		{"a dropped column frees room for none after it", []int{10, 30, 2}, []int{10, 30, 2}, 30, []int{10, -1, -1}, 2},
		{"the column before a dropped one may shrink", []int{10, 30, 30}, []int{10, 5, 30}, 30, []int{10, 19, -1}, 1},
		{"first column is cut to the screen", []int{50, 5}, []int{50, 5}, 20, []int{20, -1}, 1},
		{"no room at all", []int{5}, []int{5}, 0, []int{-1}, 1},
		{"mins capped at the fixed width", []int{10, 3}, []int{4, 9}, 13, []int{10, -1}, 1},
		{"nil mins shrink down to one cell", []int{10, 10}, nil, 12, []int{10, 1}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := slices.Clone(tc.w)
			hidden := fitWidths(w, tc.mins, tc.screen)
			if !slices.Equal(w, tc.want) || hidden != tc.hidden {
				t.Errorf("fitWidths(%v, %v, %d) = %v, %d hidden; want %v, %d", tc.w, tc.mins, tc.screen, w, hidden, tc.want, tc.hidden)
			}
		})
	}
}

func TestColumnsDroppedWarning(t *testing.T) {
	tests := []struct {
		labels []string
		want   string
	}{
		{[]string{"Name"}, `column "Name" does not fit into the display and was removed.`},
		{[]string{"a", "b", "c", "d", "e"}, "5 columns do not fit into the display and were removed."},
	}
	for _, tc := range tests {
		if got := ColumnsDroppedWarning(tc.labels); got != tc.want {
			t.Errorf("ColumnsDroppedWarning(%q) = %q, want %q", tc.labels, got, tc.want)
		}
	}
}

// casLike is an object with CASMailbox-like long property names.
func casLike() *pipeline.PSObject {
	return fmtObj("PopEnabled", false, "PopUseProtocolDefaults", true, "PopMessagesRetrievalMimeFormat", "BestBodyFormat",
		"PopForceICalForCalendarRetrievalOption", false, "ImapEnabled", false)
}

func TestRenderTableDropsColumns(t *testing.T) {
	tests := []struct {
		name    string
		objs    []any
		opts    TableOptions
		want    string
		dropped []string
	}{
		// Like PowerShell: the last column that still has room shrinks to it
		// (its header wraps); the columns after it are dropped.
		{"trailing columns dropped", []any{casLike()}, TableOptions{Width: 80},
			fmtLines("", "PopEnabled PopUseProtocolDefaults PopMessagesRetrievalMimeFormat PopForceICalFor",
				"                                                                 CalendarRetriev",
				"                                                                 alOption",
				"---------- ---------------------- ------------------------------ ---------------",
				"False      True                   BestBodyFormat                 False", ""),
			[]string{"ImapEnabled"}},
		{"same with -AutoSize", []any{casLike()}, TableOptions{Width: 80, AutoSize: true},
			fmtLines("", "PopEnabled PopUseProtocolDefaults PopMessagesRetrievalMimeFormat PopForceICalFor",
				"                                                                 CalendarRetriev",
				"                                                                 alOption",
				"---------- ---------------------- ------------------------------ ---------------",
				"False      True                   BestBodyFormat                 False", ""),
			[]string{"ImapEnabled"}},
		{"one column dropped", []any{fmtObj("Name", "x", "Description", "y")}, TableOptions{Width: 5},
			fmtLines("", "Name", "----", "x", ""), []string{"Description"}},
		{"nothing dropped", []any{fmtObj("Name", "x")}, TableOptions{Width: 10},
			fmtLines("", "Name", "----", "x", ""), nil},
		{"-Wrap drops too", []any{fmtObj("Name", "x", "Description", "y")}, TableOptions{Width: 5, Wrap: true},
			fmtLines("", "Name", "----", "x", ""), []string{"Description"}},
		{"reported once with -GroupBy", []any{fmtObj("g", "1", "Name", "x", "Description", "y"), fmtObj("g", "2", "Name", "x", "Description", "y")},
			TableOptions{Width: 5, Columns: []pipeline.Column{{Property: "Name"}, {Property: "Description"}}, GroupBy: &pipeline.Column{Property: "g"}},
			fmtLines("", "   g: 1", "", "Name", "----", "x", "", "   g: 2", "", "Name", "----", "x", ""), []string{"Description"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var dropped []string
			calls := 0
			tc.opts.OnColumnsDropped = func(labels []string) { dropped = labels; calls++ }
			checkText(t, tc.name, renderTableString(t, tc.objs, tc.opts), tc.want)
			if !slices.Equal(dropped, tc.dropped) {
				t.Errorf("dropped = %q, want %q", dropped, tc.dropped)
			}
			if calls > 1 {
				t.Errorf("OnColumnsDropped called %d times", calls)
			}
		})
	}
}

func TestRenderTableAutoSizeIgnoresViewWidths(t *testing.T) {
	key := "a key longer than thirty cells, for sure"
	tests := []struct {
		name string
		objs []any
		opts TableOptions
		want string
	}{
		{"hashtable view cut without -AutoSize", []any{fmtHash(key, int32(1))}, TableOptions{},
			fmtLines("", "Name                           Value", "----                           -----",
				"a key longer than thirty cell… 1", "")},
		{"hashtable view sized by -AutoSize", []any{fmtHash(key, int32(1))}, TableOptions{AutoSize: true},
			fmtLines("", "Name                                     Value", "----                                     -----",
				key+" 1", "")},
		{"fixed view columns sized by -AutoSize", []any{fmtObj("Count", int32(2), "Name", "a")},
			TableOptions{AutoSize: true, Columns: []pipeline.Column{
				{Label: "Count", Property: "Count", Width: 5, Align: pipeline.AlignRight},
				{Label: "Name", Property: "Name", Width: 25, Align: pipeline.AlignLeft},
				{Label: "Group", Property: "Group", Align: pipeline.AlignLeft}}},
			fmtLines("", "Count Name Group", "----- ---- -----", "    2 a", "")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkText(t, tc.name, renderTableString(t, tc.objs, tc.opts), tc.want)
		})
	}
}

func TestFormatterDropsColumns(t *testing.T) {
	var b strings.Builder
	var dropped []string
	f := NewFormatter(&b, nil, 40)
	f.OnColumnsDropped(func(labels []string) {
		dropped = labels
		if b.Len() != 0 {
			t.Errorf("reported after output: %q", b.String())
		}
	})
	obj := fmtObj("Name", "mailbox", "Identifier", "0123456789012345678901234", "Enabled", true, "Extra", "x")
	for _, v := range []any{obj, obj} {
		if err := f.Write(v); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	// Enabled shrinks to the room left (its header wraps); Extra gets none.
	want := fmtLines("", "Name    Identifier                Enable", "                                  d",
		"----    ----------                ------",
		"mailbox 0123456789012345678901234 True", "mailbox 0123456789012345678901234 True", "")
	checkText(t, "implicit table", b.String(), want)
	if !slices.Equal(dropped, []string{"Extra"}) {
		t.Errorf("dropped = %q, want [Extra]", dropped)
	}
}
