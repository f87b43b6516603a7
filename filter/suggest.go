package filter

import (
	"fmt"
	"sort"
	"strings"
)

// unknownProperty builds the error for a property the schema does not have,
// with the nearest valid names by edit distance.
func unknownProperty(text string, e *Expr, s *Schema) *Error {
	sugg := nearest(e.Property, s.Names(), 3)
	msg := fmt.Sprintf("\"%s\" is not a recognized filterable property for %s.", e.Property, s.Cmdlet())
	switch len(sugg) {
	case 0:
		msg += " See the command help for the valid property names."
	case 1:
		msg += " Did you mean " + sugg[0] + "?"
	default:
		msg += " Did you mean " + strings.Join(sugg[:len(sugg)-1], ", ") + " or " + sugg[len(sugg)-1] + "?"
	}
	return &Error{Kind: UnknownProperty, Pos: e.Pos, Text: text, Msg: msg,
		Property: e.Property, Suggestions: sugg}
}

// nearest returns up to n names closest to name (case-insensitive edit
// distance), nearest first, dropping those too far away to be a typo and
// those more than one edit further than the best.
func nearest(name string, names []string, n int) []string {
	type cand struct {
		name string
		d    int
	}
	lname := strings.ToLower(name)
	limit := len([]rune(lname))/3 + 1
	if limit < 2 {
		limit = 2
	}
	var cs []cand
	for _, c := range names {
		lc := strings.ToLower(c)
		d := editDistance(lname, lc)
		if strings.HasPrefix(lc, lname) && len(lname) >= 3 {
			d = min(d, 1)
		}
		if d <= limit {
			cs = append(cs, cand{c, d})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].d != cs[j].d {
			return cs[i].d < cs[j].d
		}
		return cs[i].name < cs[j].name
	})
	var out []string
	for i := 0; i < len(cs) && i < n && cs[i].d <= cs[0].d+1; i++ {
		out = append(out, cs[i].name)
	}
	return out
}

// editDistance is the Levenshtein distance between a and b, by runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
