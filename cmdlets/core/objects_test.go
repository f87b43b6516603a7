package core

import (
	"strings"
	"testing"

	"github.com/psh-project/psh/pipeline"
)

func TestWhereObject(t *testing.T) {
	s := newFakeSession(t)
	people := []any{obj("Name", "ann", "Age", int32(30)), obj("Name", "Bob", "Age", int32(20)), obj("Name", "cy", "Age", nil)}
	names := func(out []any) string {
		var p []string
		for _, o := range out {
			v, _ := pipeline.GetProperty(o, "Name")
			p = append(p, pipeline.ToString(v))
		}
		return strings.Join(p, ",")
	}
	tests := []struct {
		args  []pipeline.Argument
		input []any
		want  string
	}{
		{V(block("$_ -gt 2", func(in any) any { return in.(int32) > 2 })), ints(1, 2, 3, 4), "3,4"},
	}
	for _, tc := range tests {
		r := runP(t, s, tc.input, cmd("Where-Object", tc.args))
		if got := strs(r.out); got != tc.want || r.err != nil {
			t.Errorf("got %q err %v, want %q", got, r.err, tc.want)
		}
	}
	simple := []struct {
		args []pipeline.Argument
		want string
	}{
		{append(V("Age"), append(P("gt"), V(int32(25))...)...), "ann"},
		{append(V("Age"), P("GE", int32(20))...), "ann,Bob"},
		{append(V("Name"), P("like", "b*")...), "Bob"},
		{append(V("Name"), P("clike", "b*")...), ""},
		{append(V("Name"), P("match", "^.{2}$")...), "cy"},
		{append(V("Name"), P("notmatch", "^.{2}$")...), "ann,Bob"},
		{append(V("Name"), P("in", []any{"ANN", "cy"})...), "ann,cy"},
		{append(V("Name"), P("cin", []any{"ANN", "cy"})...), "cy"},
		{append(V("Name"), P("eq", "BOB")...), "Bob"},
		{append(V("Name"), P("ceq", "BOB")...), ""},
		{append(V("Name"), P("ne", "BOB")...), "ann,cy"},
		{V("Age"), "ann,Bob"},
		{append(V("Age"), P("Not")...), "cy"},
		{append(V("Age"), P("lt", int32(25))...), "Bob,cy"},
		{append(V("Name"), P("is", "string")...), ""},
	}
	for i, tc := range simple {
		r := runP(t, s, people, cmd("Where-Object", tc.args))
		if r.err != nil && i != len(simple)-1 {
			t.Errorf("%d: err %v", i, r.err)
		}
		if got := names(r.out); got != tc.want && i != len(simple)-1 {
			t.Errorf("%d: got %q, want %q", i, got, tc.want)
		}
	}
}

func TestSelectObject(t *testing.T) {
	s := newFakeSession(t)
	o := obj("Name", "ann", "Age", int32(30), "ImapEnabled", true, "ImapPort", int32(143))
	tests := []struct {
		name  string
		input []any
		args  []pipeline.Argument
		want  string
	}{
		{"first", ints(1, 2, 3, 4), P("First", 2), "1,2"},
		{"last", ints(1, 2, 3, 4), P("Last", 2), "3,4"},
		{"skip", ints(1, 2, 3, 4), P("Skip", 1), "2,3,4"},
		{"skip first", ints(1, 2, 3, 4), append(P("Skip", 1), P("First", 2)...), "2,3"},
		{"index", ints(10, 11, 12, 13), P("Index", []any{int32(1), int32(3)}), "11,13"},
		{"unique", ints(1, 1, 2, 1), P("Unique"), "1,2"},
		{"props", []any{o}, V([]any{"Name", "Age"}), "@{Name=ann; Age=30}"},
		{"wildcard", []any{o}, V([]any{"Imap*"}), "@{ImapEnabled=True; ImapPort=143}"},
		{"star", []any{o}, V([]any{"*"}), "@{Name=ann; Age=30; ImapEnabled=True; ImapPort=143}"},
		{"exclude", []any{o}, append(V([]any{"*"}), P("ExcludeProperty", []any{"Imap*"})...), "@{Name=ann; Age=30}"},
		{"missing", []any{o}, V([]any{"Nope"}), "@{Nope=}"},
		{"calc", []any{o}, V([]any{"Name", hashtable("n", "Double", "e", block("$_.Age*2", func(in any) any {
			v, _ := pipeline.GetProperty(in, "Age")
			return v.(int32) * 2
		}))}), "@{Name=ann; Double=60}"},
		{"calc string expr", []any{o}, V([]any{hashtable("Label", "Who", "Expression", "Name")}), "@{Who=ann}"},
		{"expand", []any{o}, P("ExpandProperty", "Name"), "ann"},
		{"expand collection", []any{obj("List", []any{int32(1), int32(2)})}, P("ExpandProperty", "List"), "1,2"},
	}
	for _, tc := range tests {
		r := runP(t, s, tc.input, cmd("Select-Object", tc.args))
		if got := strs(r.out); got != tc.want || r.err != nil {
			t.Errorf("%s: got %q err %v, want %q", tc.name, got, r.err, tc.want)
		}
	}
	r := runP(t, s, []any{o}, cmd("Select-Object", P("ExpandProperty", "Nope")))
	if len(r.errs) != 1 || r.errs[0] != `Property "Nope" cannot be found.` {
		t.Errorf("errs = %q", r.errs)
	}
}

// endless emits integers until stopped.
type endless struct{}

func (endless) EnumerateItems(f func(any) error) error {
	for i := int32(1); ; i++ {
		if err := f(i); err != nil {
			return err
		}
	}
}

// endlessCmd emits integers until the pipeline stops it.
type endlessCmd struct{}

func (endlessCmd) Process(c *pipeline.Context) error { return c.EmitAll(endless{}) }

func TestSelectFirstStopsUpstream(t *testing.T) {
	s := newFakeSession(t)
	s.AddCommand(pipeline.Cmd[endlessCmd]("Get-Endless", nil))
	r := runP(t, s, nil, cmd("Get-Endless"), cmd("Select-Object", P("First", 3)))
	if strs(r.out) != "1,2,3" || r.err != nil {
		t.Fatalf("got %q %v", strs(r.out), r.err)
	}
}

func hashtable(kv ...any) *pipeline.Hashtable {
	h := pipeline.NewOrderedHashtable()
	for i := 0; i+1 < len(kv); i += 2 {
		h.Set(kv[i], kv[i+1])
	}
	return h
}

func TestSortObject(t *testing.T) {
	s := newFakeSession(t)
	people := []any{obj("N", "b", "A", int32(2)), obj("N", "a", "A", int32(2)), obj("N", "c", "A", int32(1)), obj("N", "B", "A", int32(3))}
	names := func(out []any) string {
		var p []string
		for _, o := range out {
			v, _ := pipeline.GetProperty(o, "N")
			p = append(p, pipeline.ToString(v))
		}
		return strings.Join(p, ",")
	}
	tests := []struct {
		name  string
		input []any
		args  []pipeline.Argument
		want  string
		named bool
	}{
		{"ints", ints(3, 1, 2), nil, "1,2,3", false},
		{"desc", ints(3, 1, 2), P("Descending"), "3,2,1", false},
		{"unique", ints(3, 1, 3, 2, 1), P("Unique"), "1,2,3", false},
		{"top", ints(5, 3, 1, 4), P("Top", 2), "1,3", false},
		{"bottom", ints(5, 3, 1, 4), P("Bottom", 2), "4,5", false},
		{"strings ci", []any{"b", "A", "a", "C"}, nil, "A,a,b,C", false},
		{"strings cs", []any{"b", "A", "a", "C"}, P("CaseSensitive"), "a,A,b,C", false},
		{"stable by prop", people, V([]any{"A"}), "c,b,a,B", true},
		{"two keys", people, V([]any{"A", "N"}), "c,a,b,B", true},
		{"hashtable desc", people, V([]any{hashtable("Expression", "A", "Descending", true), "N"}), "B,a,b,c", true},
		{"script block", people, V([]any{prop("N")}), "a,b,B,c", true},
		{"mixed", []any{"10", int32(9), "x"}, nil, "9,10,x", false},
	}
	for _, tc := range tests {
		r := runP(t, s, tc.input, cmd("Sort-Object", tc.args))
		got := strs(r.out)
		if tc.named {
			got = names(r.out)
		}
		if got != tc.want || r.err != nil {
			t.Errorf("%s: got %q err %v, want %q", tc.name, got, r.err, tc.want)
		}
	}
}

func TestGroupObject(t *testing.T) {
	s := newFakeSession(t)
	r := runP(t, s, []any{"b", "a", "B", "c", "a"}, cmd("Group-Object"))
	want := `
Count Name                      Group
----- ----                      -----
    2 b                         {b, B}
    2 a                         {a, a}
    1 c                         {c}

`
	if got := text(s, r.out); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	r = runP(t, s, []any{"b", "a", "b"}, cmd("Group-Object", P("NoElement")))
	if g := r.out[0].(*GroupInfo); g.Count != 2 || len(g.Group) != 0 {
		t.Errorf("NoElement: %+v", g)
	}
	r = runP(t, s, []any{obj("K", int32(1)), obj("K", int32(2)), obj("K", int32(1))}, cmd("Group-Object", V([]any{"K"}), P("AsHashTable")))
	h := r.out[0].(*pipeline.Hashtable)
	if v, _ := h.Get(int32(1)); pipeline.Count(v) != 2 {
		t.Errorf("AsHashTable: %v", h)
	}
}

func TestMeasureObject(t *testing.T) {
	s := newFakeSession(t)
	r := runP(t, s, ints(1, 2, 3, 4), cmd("Measure-Object", P("Sum"), P("Average"), P("Maximum"), P("Minimum"), P("StandardDeviation")))
	want := `
Count             : 4
Average           : 2.5
Sum               : 10
Maximum           : 4
Minimum           : 1
StandardDeviation : 1.29099444873581
Property          : 

`
	if got := text(s, r.out); got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	r = runP(t, s, []any{obj("A", int32(2)), obj("A", int32(5))}, cmd("Measure-Object", V([]any{"A"}), P("Sum")))
	m := r.out[0].(*GenericMeasureInfo)
	if m.Sum != 7.0 || m.Property != "A" || m.Count != 2 {
		t.Errorf("%+v", m)
	}
	r = runP(t, s, []any{obj("A", int32(2))}, cmd("Measure-Object", V([]any{"B"})))
	if len(r.errs) != 1 || r.errs[0] != `The property "B" cannot be found in the input for any objects.` {
		t.Errorf("errs %q", r.errs)
	}
	r = runP(t, s, []any{"one two", "three"}, cmd("Measure-Object", P("Line"), P("Word"), P("Character")))
	want = `
Lines Words Characters Property
----- ----- ---------- --------
    2     3         12

`
	if got := text(s, r.out); got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	r = runP(t, s, []any{"b", "a", "c"}, cmd("Measure-Object", P("Maximum")))
	if m := r.out[0].(*GenericMeasureInfo); m.Maximum != "c" {
		t.Errorf("string max %v", m.Maximum)
	}
}
