package format

import (
	"strings"
	"testing"

	"github.com/psh-project/psh/pipeline"
)

func TestRenderList(t *testing.T) {
	tests := []struct {
		name string
		objs []any
		opts ListOptions
		want string
	}{
		// conformance fmt-list-numbers
		{"numbers keep their digits", []any{fmtObj("double", 1234.56789, "float", float32(9876.543), "decimal", 4567.123456789)}, ListOptions{},
			fmtLines("", "double  : 1234.56789", "float   : 9876.543", "decimal : 4567.123456789", "")},
		// conformance fmt-list-add-member-noteproperty
		{"one property", []any{fmtObj("testName", "testValue")}, ListOptions{},
			fmtLines("", "testName : testValue", "")},
		{"two objects", []any{fmtObj("a", int32(1)), fmtObj("bb", "x", "c", nil)}, ListOptions{},
			fmtLines("", "a : 1", "", "bb : x", "c  : ", "")},
		{"chosen columns", []any{fmtObj("Name", "n", "PopEnabled", true, "ImapEnabled", false)},
			ListOptions{Columns: ExpandColumns(fmtObj("Name", "n", "PopEnabled", true, "ImapEnabled", false), []string{"*Enabled"})},
			fmtLines("", "PopEnabled  : True", "ImapEnabled : False", "")},
		{"multi-line value indented", []any{fmtObj("Text", "one\ntwo", "N", int32(2))}, ListOptions{},
			fmtLines("", "Text : one", "       two", "N    : 2", "")},
		{"long value wraps at the screen width", []any{fmtObj("k", strings.Repeat("x", 12))}, ListOptions{Width: 10},
			fmtLines("", "k : xxxxxx", "    xxxxxx", "")},
		{"hashtable entries", []any{fmtHash("a", int32(1))}, ListOptions{},
			fmtLines("", "Name  : a", "Key   : a", "Value : 1", "")},
		{"collection value", []any{fmtObj("Emails", []any{"SMTP:a@x", "smtp:b@x"})}, ListOptions{},
			fmtLines("", "Emails : {SMTP:a@x, smtp:b@x}", "")},
		{"nothing", nil, ListOptions{}, ""},
		{"missing property shown empty", []any{fmtObj("Name", "n")},
			ListOptions{Columns: []pipeline.Column{{Property: "Name"}, {Property: "Bogus"}}},
			fmtLines("", "Name  : n", "Bogus : ", "")},
		{"OmitMissing leaves it out", []any{fmtObj("Name", "n")},
			ListOptions{Columns: []pipeline.Column{{Property: "Name"}, {Property: "Bogus"}}, OmitMissing: true},
			fmtLines("", "Name : n", "")},
		{"OmitMissing keeps null values and calculated columns", []any{fmtObj("Name", "n", "Nil", nil)},
			ListOptions{Columns: []pipeline.Column{{Property: "Bogus"}, {Property: "Name"}, {Property: "Nil"}, {Label: "X", Value: func(any) any { return 1 }}}, OmitMissing: true},
			fmtLines("", "Name : n", "Nil  : ", "X    : 1", "")},
		{"OmitMissing with nothing present", []any{fmtObj("Name", "n"), fmtObj("Bogus", "b")},
			ListOptions{Columns: []pipeline.Column{{Property: "Bogus"}}, OmitMissing: true},
			fmtLines("", "", "Bogus : b", "")},
		{"OmitMissing on hashtable entries", []any{fmtHash("a", int32(1))},
			ListOptions{Columns: []pipeline.Column{{Property: "Value"}, {Property: "Bogus"}}, OmitMissing: true},
			fmtLines("", "Value : 1", "")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			if err := RenderList(&b, tc.objs, tc.opts); err != nil {
				t.Fatal(err)
			}
			checkText(t, tc.name, b.String(), tc.want)
		})
	}
}

func TestRenderWide(t *testing.T) {
	names := []any{fmtObj("Name", "alpha"), fmtObj("Name", "beta"), fmtObj("Name", "gamma"), fmtObj("Name", "delta-long")}
	tests := []struct {
		name    string
		objs    []any
		col     pipeline.Column
		columns int
		width   int
		want    string
	}{
		{"two columns share the screen", names, pipeline.Column{Property: "Name"}, 2, 20,
			fmtLines("", "alpha      beta", "gamma      delta-lo…", "")},
		{"auto columns from the widest value", names, pipeline.Column{}, 0, 40,
			fmtLines("", "alpha         beta          gamma", "delta-long", "")},
		{"values cut to the column", names, pipeline.Column{Property: "Name"}, 4, 20,
			fmtLines("", "alpha beta gam… del…", "")},
		{"scalars", []any{"a", "b", "c"}, pipeline.Column{}, 3, 9, fmtLines("", "a   b  c", "")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			if err := RenderWide(&b, tc.objs, tc.col, tc.columns, tc.width); err != nil {
				t.Fatal(err)
			}
			checkText(t, tc.name, b.String(), tc.want)
		})
	}
}

func TestExpandColumns(t *testing.T) {
	obj := fmtObj("Name", "n", "ImapEnabled", true, "PopEnabled", false, "ImapPort", int32(1))
	tests := []struct {
		patterns []string
		want     string
	}{
		{[]string{"*"}, "Name,ImapEnabled,PopEnabled,ImapPort"},
		{[]string{"imap*"}, "ImapEnabled,ImapPort"},
		{[]string{"name", "Imap*", "ImapEnabled"}, "Name,ImapEnabled,ImapPort"},
		{[]string{"Nope"}, "Nope"},
		{nil, ""},
	}
	for _, tc := range tests {
		var got []string
		for _, c := range ExpandColumns(obj, tc.patterns) {
			got = append(got, c.Header())
		}
		if s := strings.Join(got, ","); s != tc.want {
			t.Errorf("ExpandColumns(%q) = %s, want %s", tc.patterns, s, tc.want)
		}
	}
}

func TestViewsLookup(t *testing.T) {
	v := pipeline.NewViews()
	v.Add(pipeline.View{TypeName: "A.Base", Kind: pipeline.ListView})
	v.Add(pipeline.View{TypeName: "A.Derived", Kind: pipeline.TableView, Columns: []pipeline.Column{{Property: "x"}}})
	v.Add(pipeline.View{TypeName: "a.derived", Kind: pipeline.ListView})
	tests := []struct {
		types []string
		kind  pipeline.ViewKind
		want  string // "" for none
	}{
		{[]string{"A.Derived", "A.Base"}, pipeline.AnyView, "A.Derived/0"},
		{[]string{"A.Derived", "A.Base"}, pipeline.ListView, "a.derived/1"},
		{[]string{"a.other", "A.BASE"}, pipeline.AnyView, "A.Base/1"},
		{[]string{"A.Derived"}, pipeline.WideView, ""},
		{nil, pipeline.AnyView, ""},
	}
	for _, tc := range tests {
		got := ""
		if view, ok := v.Lookup(tc.types, tc.kind); ok {
			got = view.TypeName + "/" + map[pipeline.ViewKind]string{pipeline.TableView: "0", pipeline.ListView: "1"}[view.Kind]
		}
		if got != tc.want {
			t.Errorf("Lookup(%q, %d) = %q, want %q", tc.types, tc.kind, got, tc.want)
		}
	}
	var nilViews *pipeline.Views
	if _, ok := nilViews.Lookup([]string{"x"}, pipeline.AnyView); ok {
		t.Error("nil registry found a view")
	}
}
