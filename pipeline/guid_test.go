package pipeline

import "testing"

func TestParseGuidForms(t *testing.T) {
	const want = "e049db0c-feda-4a1b-9c3e-0123456789ab"
	for _, s := range []string{want, "E049DB0C-FEDA-4A1B-9C3E-0123456789AB", "{" + want + "}", "(" + want + ")",
		"e049db0cfeda4a1b9c3e0123456789ab", " " + want + " "} {
		g, err := ParseGuid(s)
		if err != nil || g.String() != want {
			t.Errorf("ParseGuid(%q) = %v, %v; want %s", s, g, err, want)
		}
	}
	for _, s := range []string{"", "e049db0c", "e049db0cfeda4a1b9c3e0123456789ag", "{" + want, "e049db0c-feda-4a1b-9c3e-0123456789abc"} {
		if _, err := ParseGuid(s); err == nil {
			t.Errorf("ParseGuid(%q) succeeded", s)
		}
	}
}
