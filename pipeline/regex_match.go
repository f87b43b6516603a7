package pipeline

import (
	"regexp"
	"strconv"
	"unicode/utf8"
)

// RegexMatch is System.Text.RegularExpressions.Match: the result of
// [regex]::Match and the elements of [regex]::Matches.
type RegexMatch struct {
	Value   string
	Index   int32
	Length  int32
	Success bool
	Name    string
	// Groups lists every group (0 is the whole match) as *RegexGroup.
	Groups []any
}

// String returns the matched text.
func (m *RegexMatch) String() string { return m.Value }

// RegexGroup is one group of a RegexMatch.
type RegexGroup struct {
	Name    string
	Value   string
	Index   int32
	Length  int32
	Success bool
}

// String returns the group's text.
func (g *RegexGroup) String() string { return g.Value }

// newRegexMatch builds a RegexMatch from submatch indexes (nil: no match).
// Index and Length count characters, as .NET does (approximated by runes).
func newRegexMatch(re *regexp.Regexp, input string, m []int) *RegexMatch {
	if m == nil {
		return &RegexMatch{Groups: []any{&RegexGroup{Name: "0"}}}
	}
	names := re.SubexpNames()
	out := &RegexMatch{Success: true, Name: "0"}
	for g := 0; 2*g+1 < len(m); g++ {
		name := names[g]
		if name == "" {
			name = strconv.Itoa(g)
		}
		grp := &RegexGroup{Name: name}
		if m[2*g] >= 0 {
			grp.Success = true
			grp.Value = input[m[2*g]:m[2*g+1]]
			grp.Index = int32(utf8.RuneCountInString(input[:m[2*g]]))
			grp.Length = int32(utf8.RuneCountInString(grp.Value))
		}
		out.Groups = append(out.Groups, grp)
	}
	g0 := out.Groups[0].(*RegexGroup)
	out.Value, out.Index, out.Length = g0.Value, g0.Index, g0.Length
	return out
}

// matchesTable builds $Matches: numbered groups (Int32 keys) then named
// groups, only those that took part in the match.
func matchesTable(re *regexp.Regexp, input string, m []int) *Hashtable {
	h := NewHashtable()
	names := re.SubexpNames()
	for g := 0; 2*g+1 < len(m); g++ {
		if m[2*g] < 0 {
			continue
		}
		v := input[m[2*g]:m[2*g+1]]
		if names[g] != "" {
			h.Set(names[g], v)
		} else {
			h.Set(int32(g), v)
		}
	}
	return h
}
