package pipeline

import (
	"reflect"
	"testing"
	"time"
)

type inner struct{ City string }

type mailbox struct {
	Name    string
	Quota   int64
	Enabled bool
	Aliases []string
	secret  string
	*inner
}

func (m *mailbox) Greeting(prefix string, n int32) string { return prefix + m.Name + ToString(n) }

func TestGetPropertyStruct(t *testing.T) {
	m := &mailbox{Name: "alice", Quota: 5, Aliases: []string{"a", "b"}, inner: &inner{City: "Oslo"}}
	for name, want := range map[string]any{"name": "alice", "QUOTA": int64(5), "Enabled": false, "city": "Oslo"} {
		got, ok := GetProperty(m, name)
		if !ok || got != want {
			t.Errorf("%s = %v %v, want %v", name, got, ok, want)
		}
	}
	if _, ok := GetProperty(m, "secret"); ok {
		t.Error("unexported field must be hidden")
	}
	if got := PropertyNames(m); !reflect.DeepEqual(got, []string{"Name", "Quota", "Enabled", "Aliases", "City"}) {
		t.Errorf("PropertyNames = %v", got)
	}
	if err := SetProperty(m, "quota", "7"); err != nil || m.Quota != 7 {
		t.Errorf("SetProperty: %v %d", err, m.Quota)
	}
	err := SetProperty(m, "nope", 1)
	if err == nil || err.Error() != "The property 'nope' cannot be found on this object. Verify that the property exists and can be set." {
		t.Errorf("SetProperty unknown: %v", err)
	}
	r, err := CallMethod(m, "greeting", []any{"hi ", "3"})
	if err != nil || r != "hi alice3" {
		t.Errorf("CallMethod: %v %v", r, err)
	}
	v, ok := MemberEnumerate([]any{m, &mailbox{Name: "bob"}}, "Name")
	if !ok || show(v) != "[alice|bob]" {
		t.Errorf("member enumeration: %v", show(v))
	}
	v, _ = MemberEnumerate([]any{m}, "Aliases")
	if show(v) != "[a|b]" {
		t.Errorf("member enumeration flattens: %v", show(v))
	}
}

func TestGetPropertyBuiltins(t *testing.T) {
	h := NewHashtable()
	h.Set("Hello", "There")
	o := NewPSObject()
	o.Add("Dept", "Eng")
	tests := []struct {
		v    any
		name string
		want any
		ok   bool
	}{
		{h, "hello", "There", true},
		{h, "count", int32(1), true},
		{h, "missing", nil, false},
		{o, "DEPT", "Eng", true},
		{o, "State", nil, false},
		{"héllo", "Length", int32(5), true},
		{[]any{1, 2, 3}, "Count", int32(3), true},
		{nil, "Count", int32(0), true},
		{int32(5), "Count", int32(1), true},
		{time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC), "Year", int32(2026), true},
		{90 * time.Minute, "TotalMinutes", 90.0, true},
		{map[string]int{"k": 1}, "K", 1, true},
	}
	for _, tt := range tests {
		got, ok := GetProperty(tt.v, tt.name)
		if ok != tt.ok || got != tt.want {
			t.Errorf("GetProperty(%v, %s) = %#v %v, want %#v %v", tt.v, tt.name, got, ok, tt.want, tt.ok)
		}
	}
	ps, _ := GetProperty(o, "psobject")
	props, _ := GetProperty(ps, "Properties")
	names, _ := MemberEnumerate(props, "Name")
	if show(names) != "Dept" {
		t.Errorf("psobject.Properties.Name = %v", show(names))
	}
}

func TestHashtable(t *testing.T) {
	h := NewHashtable()
	h.Set("b", int32(1))
	h.Set("A", int32(2))
	h.Set(int32(1), "one")
	h.Set("B", int32(3))
	if show(h.Keys()) != "[b|A|1]" || show(h.Values()) != "[3|2|one]" {
		t.Fatalf("order: %v %v", show(h.Keys()), show(h.Values()))
	}
	if v, ok := h.Get(int32(1)); !ok || v != "one" {
		t.Error("int key")
	}
	if !h.ContainsKey("a") || h.ContainsKey("c") {
		t.Error("ContainsKey")
	}
	h.Remove("A")
	if h.Len() != 2 || h.ContainsKey("a") {
		t.Error("Remove")
	}
	if v, _ := h.Get(int32(1)); v != "one" {
		t.Error("index after Remove")
	}
	c := h.Clone()
	c.Set("new", 1)
	if h.Len() != 2 || c.Len() != 3 {
		t.Error("Clone shares storage")
	}
	if err := h.Add("B", 1); err == nil {
		t.Error("Add duplicate")
	}
}

func TestTypeNames(t *testing.T) {
	tests := []struct {
		v    any
		want string
	}{
		{int32(1), "System.Int32"}, {"s", "System.String"}, {[]any{}, "System.Object[]"},
		{NewHashtable(), "System.Collections.Hashtable"}, {NewPSObject(), "System.Management.Automation.PSCustomObject"},
		{&mailbox{}, "pipeline.mailbox"}, {[]string{}, "System.String[]"}, {time.Now(), "System.DateTime"},
		{Char('a'), "System.Char"}, {uint8(1), "System.Byte"},
	}
	for _, tt := range tests {
		if got := TypeName(tt.v); got != tt.want {
			t.Errorf("TypeName(%T) = %s, want %s", tt.v, got, tt.want)
		}
	}
	got := TypeNames(&mailbox{})
	want := []string{"github.com/psh-project/psh/pipeline.mailbox", "pipeline.mailbox", "System.Object"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("TypeNames = %v", got)
	}
}

func TestEnumerate(t *testing.T) {
	n := 0
	_ = Enumerate(nil, func(any) error { n++; return nil })
	if n != 1 {
		t.Error("Enumerate(nil) must call once")
	}
	n = 0
	_ = EnumerateForeach(nil, func(any) error { n++; return nil })
	if n != 0 {
		t.Error("EnumerateForeach(nil) must not call")
	}
	if IsEnumerable("abc") || IsEnumerable(NewHashtable()) || !IsEnumerable([]int{1}) {
		t.Error("IsEnumerable")
	}
	if show(ToSlice([]int{1, 2})) != "[1|2]" || len(ToSlice(int32(1))) != 1 {
		t.Error("ToSlice")
	}
}

func TestMembers(t *testing.T) {
	o := NewPSObject()
	o.Add("a", int32(1))
	ms := Members(o)
	found := false
	for _, m := range ms {
		if m.Name == "a" && m.MemberType == "NoteProperty" && m.Definition == "int a=1" {
			found = true
		}
	}
	if !found {
		t.Errorf("Members = %v", ms)
	}
}

func BenchmarkGetPropertyStruct(b *testing.B) {
	m := &mailbox{Name: "alice", Quota: 5}
	for i := 0; i < b.N; i++ {
		_, _ = GetProperty(m, "Quota")
	}
}

func BenchmarkGetPropertyPSObject(b *testing.B) {
	o := NewPSObject()
	o.Add("Name", "x")
	o.Add("Dept", "Eng")
	o.Add("State", "WA")
	for i := 0; i < b.N; i++ {
		_, _ = GetProperty(o, "State")
	}
}
