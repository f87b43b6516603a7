package pop3

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

func TestParseCommand(t *testing.T) {
	for _, tc := range []struct {
		line string
		want Command
		err  error
	}{
		{"USER rzaher", Command{"USER", []string{"rzaher"}}, nil},
		{"user  rzaher\r\n", Command{"USER", []string{"rzaher"}}, nil},
		{"PASS two words ", Command{"PASS", []string{"two words "}}, nil},
		{"TOP 1 10", Command{"TOP", []string{"1", "10"}}, nil},
		{"capa", Command{Name: "CAPA"}, nil},
		{"", Command{}, ErrEmptyCommand},
		{" USER", Command{}, ErrEmptyCommand},
		{"US", Command{}, ErrBadKeyword},
		{"USERS x", Command{}, ErrBadKeyword},
		{"U5ER x", Command{}, ErrBadKeyword},
		{"USER a\x00b", Command{}, ErrBadCharacter},
		{"USER é", Command{}, ErrBadCharacter},
	} {
		got, err := ParseCommand(tc.line)
		if err != tc.err || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("ParseCommand(%q) = %#v, %v; want %#v, %v", tc.line, got, err, tc.want, tc.err)
		}
	}
}

// FuzzParseCommand checks that no input panics, that a parsed keyword is
// 3-4 upper-case letters, and that parsing is stable.
func FuzzParseCommand(f *testing.F) {
	for _, s := range []string{"USER a", "PASS x y", "TOP 1 2", "LIST", "", "\x00", "UIDL 1\r\n", "STLS"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		c, err := ParseCommand(line)
		if err != nil {
			return
		}
		if len(c.Name) < 3 || len(c.Name) > 4 || !utf8.ValidString(c.Name) {
			t.Fatalf("bad keyword %q from %q", c.Name, line)
		}
		for _, r := range c.Name {
			if r < 'A' || r > 'Z' {
				t.Fatalf("bad keyword %q from %q", c.Name, line)
			}
		}
		c2, err := ParseCommand(line)
		if err != nil || !reflect.DeepEqual(c, c2) {
			t.Fatalf("unstable parse of %q", line)
		}
	})
}
