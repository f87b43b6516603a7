package core

import (
	"slices"

	"github.com/psh-project/psh/pipeline"
)

// SortObject is Sort-Object (sort): a stable sort by the objects
// themselves or by properties, script blocks and @{Expression=...;
// Descending=...} hashtables.
type SortObject struct {
	InputObject   any             `param:"ValueFromPipeline" help:"The objects to sort."`
	Property      []any           `param:"Position=0" help:"The sort keys: property names, script blocks or @{Expression=...; Descending=$true} hashtables."`
	Descending    pipeline.Switch `param:"" help:"Sort in descending order."`
	Unique        pipeline.Switch `param:"" help:"Output only one of each set of objects with equal keys."`
	CaseSensitive pipeline.Switch `param:"" help:"Compare strings case-sensitively (lower case first)."`
	Top           int             `param:"" help:"Output only the first N objects after sorting."`
	Bottom        int             `param:"" help:"Output only the last N objects after sorting."`
	Stable        pipeline.Switch `param:"" help:"Accepted for compatibility; the sort is always stable."`

	specs []propSpec
	items []sortItem
	ready bool
}

type sortItem struct {
	obj  any
	keys []any
	idx  int // input position: the tie-break that makes the sort stable
}

// Process collects one input object and its keys.
func (s *SortObject) Process(c *pipeline.Context) error {
	if !s.ready {
		s.ready = true
		specs, err := parseProps(s.Property, "descending", "ascending")
		if err != nil {
			return pipeline.NewError(err, "DictionaryKeyIllegal", pipeline.InvalidArgument, nil)
		}
		s.specs = specs
	}
	in, ok := inputOf(c, s.InputObject)
	if !ok {
		return nil
	}
	if len(s.specs) == 0 {
		s.items = append(s.items, sortItem{obj: in, idx: len(s.items)})
		return nil
	}
	keys := make([]any, len(s.specs))
	for i := range s.specs {
		p := &s.specs[i]
		if p.wildcard != nil {
			continue
		}
		v, _, err := p.value(c, in)
		if err != nil {
			c.WriteError(pipeline.NewError(err, "SortKeyFailed", pipeline.InvalidOperation, in))
		}
		keys[i] = v
	}
	s.items = append(s.items, sortItem{obj: in, keys: keys, idx: len(s.items)})
	return nil
}

// End sorts and outputs.
func (s *SortObject) End(c *pipeline.Context) error {
	cs := bool(s.CaseSensitive)
	cmp := func(a, b sortItem) int {
		if len(s.specs) == 0 {
			r := compareKeys(a.obj, b.obj, cs)
			if s.Descending {
				r = -r
			}
			return r
		}
		for i := range s.specs {
			r := compareKeys(a.keys[i], b.keys[i], cs)
			desc := bool(s.Descending)
			if s.specs[i].hasDesc {
				desc = s.specs[i].desc
			}
			if desc {
				r = -r
			}
			if r != 0 {
				return r
			}
		}
		return 0
	}
	items := s.items
	if len(s.specs) > 0 || !sortNumbers[int32](items, bool(s.Descending)) && !sortNumbers[float64](items, bool(s.Descending)) {
		// pdqsort with the input position as the last key: stable, and
		// O(n log n) where SortStableFunc's in-place merge is not.
		slices.SortFunc(items, func(a, b sortItem) int {
			if r := cmp(a, b); r != 0 {
				return r
			}
			return a.idx - b.idx
		})
	}
	if s.Unique {
		out := items[:0]
		for i, it := range items {
			if i > 0 && cmp(out[len(out)-1], it) == 0 && equalKeys(out[len(out)-1], it, len(s.specs) == 0, cs) {
				continue
			}
			out = append(out, it)
		}
		items = out
	}
	if c.IsBound("Top") {
		items = items[:min(max(s.Top, 0), len(items))]
	}
	if c.IsBound("Bottom") {
		items = items[max(0, len(items)-max(s.Bottom, 0)):]
	}
	for _, it := range items {
		if err := c.Emit(it.obj); err != nil {
			return err
		}
	}
	return nil
}

func equalKeys(a, b sortItem, self, cs bool) bool {
	if self {
		return pipeline.Equals(a.obj, b.obj, cs) || compareKeys(a.obj, b.obj, cs) == 0
	}
	return true
}

// compareKeys orders two sort keys; values that cannot be compared are
// compared as strings, and nil sorts first.
func compareKeys(a, b any, cs bool) int {
	switch x := a.(type) {
	case int32:
		if y, ok := b.(int32); ok {
			return cmpOrdered(x, y)
		}
	case int64:
		if y, ok := b.(int64); ok {
			return cmpOrdered(x, y)
		}
	case float64:
		if y, ok := b.(float64); ok {
			return cmpOrdered(x, y)
		}
	}
	r, err := pipeline.Compare(a, b, cs)
	if err == nil {
		return r
	}
	if a == nil || b == nil {
		switch {
		case a == nil && b == nil:
			return 0
		case a == nil:
			return -1
		}
		return 1
	}
	return pipeline.CompareStrings(pipeline.ToString(a), pipeline.ToString(b), cs)
}

func cmpOrdered[T int32 | int64 | float64](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

var sortHelp = &pipeline.Help{
	Synopsis: "Sorts objects by property values.",
	Description: "Sort-Object collects its input and outputs it sorted, by the objects themselves or by the given keys. " +
		"The sort is stable: objects with equal keys keep their input order. Strings compare case-insensitively unless -CaseSensitive.",
	Examples: []pipeline.Example{
		{Code: "3, 1, 2 | Sort-Object", Remarks: "Outputs 1, 2, 3."},
		{Code: "Get-ChildItem | Sort-Object Length -Descending", Remarks: "Largest files first."},
		{Code: "$people | Sort-Object @{Expression='Dept'}, @{Expression='Age'; Descending=$true}", Remarks: "By department, then oldest first."},
	},
}

// sortNumbers sorts items that are all of one number type T directly
// (equal numbers are indistinguishable, so stability does not matter). It
// reports false when some item is not a T or is NaN.
func sortNumbers[T int32 | float64](items []sortItem, desc bool) bool {
	xs := make([]T, len(items))
	for i, it := range items {
		v, ok := it.obj.(T)
		if !ok || v != v {
			return false
		}
		xs[i] = v
	}
	slices.Sort(xs)
	n := len(xs)
	for i, v := range xs {
		if desc {
			items[n-1-i].obj = v
		} else {
			items[i].obj = v
		}
	}
	return true
}
