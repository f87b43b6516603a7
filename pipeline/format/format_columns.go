package format

import (
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// ExpandColumns turns -Property names into columns for obj: a pattern with
// wildcards (Imap*, *) adds every matching property in declaration order;
// a plain name adds that property under its declared spelling, or under the
// name as given when obj has no such property (its cells stay empty, as in
// PowerShell). A property is never added twice.
func ExpandColumns(obj any, patterns []string) []pipeline.Column {
	names := pipeline.PropertyNames(obj)
	var cols []pipeline.Column
	seen := map[string]bool{}
	add := func(n string) {
		key := strings.ToLower(n)
		if seen[key] {
			return
		}
		seen[key] = true
		cols = append(cols, pipeline.Column{Label: n, Property: n})
	}
	for _, p := range patterns {
		if pipeline.HasWildcard(p) {
			wc := pipeline.CompileWildcard(p, false)
			for _, n := range names {
				if wc.Match(n) {
					add(n)
				}
			}
			continue
		}
		name := p
		for _, n := range names {
			if strings.EqualFold(n, p) {
				name = n
				break
			}
		}
		add(name)
	}
	return cols
}
