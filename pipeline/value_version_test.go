package pipeline

import (
	"testing"
)

func TestParseVersion(t *testing.T) {
	tests := []struct {
		in, want, err string
	}{
		{"1.2", "1.2", ""},
		{"1.2.3", "1.2.3", ""},
		{"1.2.3.4", "1.2.3.4", ""},
		{" 1 . 02 ", "1.2", ""},
		{"1", "", "Version string portion was too short or too long. (Parameter 'input')"},
		{"x", "", "Version string portion was too short or too long. (Parameter 'input')"},
		{"1.2.3.4.5", "", "Version string portion was too short or too long. (Parameter 'input')"},
		{"1.x", "", "The input string 'x' was not in a correct format."},
		{"1.", "", "The input string '' was not in a correct format."},
		{"1.-2", "", "Version's parameters must be greater than or equal to zero. (Parameter 'input')"},
		{"1.99999999999", "", "Value was either too large or too small for an Int32."},
	}
	for _, tt := range tests {
		v, err := ParseVersion(tt.in)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("ParseVersion(%q) error = %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || v.String() != tt.want {
			t.Errorf("ParseVersion(%q) = %v, %v; want %s", tt.in, v, err, tt.want)
		}
	}
}

func TestVersionValue(t *testing.T) {
	vt, ok := LookupType("Version")
	if !ok || vt.Name != "System.Version" {
		t.Fatal("[version] is not registered")
	}
	x, err := ConvertToType("1.2.3", vt)
	if err != nil {
		t.Fatal(err)
	}
	v := x.(Version)
	if v.Major != 1 || v.Minor != 2 || v.Build != 3 || v.Revision != -1 {
		t.Errorf("[version]'1.2.3' = %+v", v)
	}
	if p, _ := GetProperty(v, "revision"); p != int32(-1) {
		t.Errorf("Revision = %v", p)
	}
	if _, err := ConvertToType("1", vt); err == nil || err.Error() != `Cannot convert value "1" to type "System.Version". Error: "Version string portion was too short or too long. (Parameter 'input')"` {
		t.Errorf("[version]'1': %v", err)
	}
	if TypeName(v) != "System.Version" || !vt.IsInstance(v) {
		t.Errorf("type of a version: %s", TypeName(v))
	}
	calls := []struct {
		m    string
		args []any
		want string
	}{
		{"ToString", nil, "1.2.3"},
		{"ToString", []any{int32(2)}, "1.2"},
		{"CompareTo", []any{"1.10"}, "-1"},
		{"Equals", []any{Version{1, 2, 3, -1}}, "True"},
	}
	for _, c := range calls {
		got, err := CallMethod(v, c.m, c.args)
		if err != nil || show(got) != c.want {
			t.Errorf("%s(%v) = %v, %v; want %s", c.m, c.args, got, err, c.want)
		}
	}
	if _, err := CallMethod(v, "ToString", []any{int32(4)}); err == nil || err.Error() != `Exception calling "ToString" with "1" argument(s): "Argument must be between 0 and 3. (Parameter 'fieldCount')"` {
		t.Errorf("ToString(4): %v", err)
	}
}

func TestVersionCompareTo(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"1.10", "1.9", 1},
		{"1.2", "1.2.0", -1},
		{"1.2.3.4", "1.2.3.4", 0},
		{"2.0", "10.0", -1},
	}
	for _, tt := range tests {
		a, _ := ParseVersion(tt.a)
		got, err := a.CompareTo(tt.b)
		if err != nil || got != tt.want {
			t.Errorf("%s CompareTo %s = %d, %v; want %d", tt.a, tt.b, got, err, tt.want)
		}
	}
	if c, _ := (Version{1, 0, -1, -1}).CompareTo(nil); c != 1 {
		t.Errorf("CompareTo($null) = %d", c)
	}
	if _, err := (Version{1, 0, -1, -1}).CompareTo("x"); err == nil {
		t.Error("CompareTo('x') should fail")
	}
}

func FuzzParseVersion(f *testing.F) {
	for _, s := range []string{"1.2", "1.2.3.4", "1", "-1.2", "1..2", " 3 .4", "99999999999.1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseVersion(s)
		if err != nil {
			return
		}
		w, err := ParseVersion(v.String())
		if err != nil || w != v {
			t.Fatalf("%q: %v does not round-trip: %v, %v", s, v, w, err)
		}
	})
}
