package statics

import (
	"strings"
	"testing"

	"github.com/psh-project/psh/pipeline"
)

func TestEnvironmentStatics(t *testing.T) {
	s := envSession("/work/here", map[string]string{"HOME": "/h", "PATH_X": "p"})
	steps := []struct {
		m    string
		args []any
		want string
	}{
		{"GetEnvironmentVariable", []any{"HOME"}, "/h"},
		{"GetEnvironmentVariable", []any{"HOME", "User"}, ""},
		{"SetEnvironmentVariable", []any{"NEW", "v"}, ""},
		{"GetEnvironmentVariable", []any{"NEW", "Process"}, "v"},
		{"SetEnvironmentVariable", []any{"NEW", ""}, ""},
		{"SetEnvironmentVariable", []any{"MACHINE_ONLY", "m", "Machine"}, ""},
		{"ExpandEnvironmentVariables", []any{"%HOME%/x %NOPE% 100%"}, "/h/x %NOPE% 100%"},
	}
	for _, st := range steps {
		got, err := staticCall(t, s, "Environment", st.m, st.args...)
		if err != nil || pipeline.ToString(got) != st.want {
			t.Errorf("[Environment]::%s(%v) = %v, %v; want %q", st.m, st.args, got, err, st.want)
		}
	}
	if got, _ := staticCall(t, s, "Environment", "GetEnvironmentVariable", "NEW"); got != nil {
		t.Errorf("NEW after removal = %#v", got)
	}
	if _, ok := s.Env["MACHINE_ONLY"]; ok {
		t.Error("a Machine variable reached the session")
	}
	h, _ := staticCall(t, s, "Environment", "GetEnvironmentVariables")
	if v, _ := h.(*pipeline.Hashtable).Get("PATH_X"); v != "p" {
		t.Errorf("GetEnvironmentVariables()[PATH_X] = %v", v)
	}
	if _, err := staticCall(t, s, "Environment", "SetEnvironmentVariable", "", "x"); err == nil ||
		err.Error() != `Exception calling "SetEnvironmentVariable" with "2" argument(s): "String cannot be of zero length. (Parameter 'variable')"` {
		t.Errorf("empty name: %v", err)
	}
	if got, err := staticCall(t, nil, "Environment", "GetEnvironmentVariable", "HOME"); got != nil || err != nil {
		t.Errorf("without a session: %v, %v", got, err)
	}
	props := map[string]string{"CurrentDirectory": "/work/here", "NewLine": "\n", "Is64BitProcess": "True"}
	for name, want := range props {
		if v, err := staticGet(t, s, "Environment", name); err != nil || pipeline.ToString(v) != want {
			t.Errorf("[Environment]::%s = %v, %v", name, v, err)
		}
	}
	for _, name := range []string{"MachineName", "UserName", "ProcessorCount", "TickCount64", "OSVersion"} {
		if v, err := staticGet(t, s, "Environment", name); err != nil || pipeline.ToString(v) == "" {
			t.Errorf("[Environment]::%s = %v, %v", name, v, err)
		}
	}
	if v, _ := staticGet(t, s, "Environment", "OSVersion"); !strings.HasPrefix(pipeline.ToString(v), "Unix ") {
		t.Errorf("OSVersion = %v", v)
	}
	if _, err := staticGet(t, nil, "Environment", "CurrentDirectory"); err == nil {
		t.Error("CurrentDirectory without a session should fail")
	}
	if _, err := staticGet(t, s, "Environment", "Nope"); err == nil || err.Error() != "The property 'Nope' cannot be found on type [System.Environment]." {
		t.Errorf("Nope: %v", err)
	}
}

func TestOperatingSystemVersion(t *testing.T) {
	tests := []struct{ release, want string }{
		{"6.1.0-18-amd64", "Unix 6.1.0.18"},
		{"5.15.0", "Unix 5.15.0.0"},
		{"2.6.19-1.2895.fc6", "Unix 2.6.19.1"},
		{"", "Unix 0.0.0.0"},
		{"99999999999.1", "Unix 2147483647.99.1.0"},
	}
	for _, tt := range tests {
		o := pipeline.NewOperatingSystem(tt.release)
		if o.String() != tt.want || o.Platform != "Unix" {
			t.Errorf("NewOperatingSystem(%q) = %v", tt.release, o)
		}
	}
}
