package pipeline

import (
	"reflect"
)

// Enumerable is an optional capability of Go values that stream their
// elements (ranges, lazy query results). PowerShell unrolls them like arrays.
type Enumerable interface {
	EnumerateItems(f func(any) error) error
}

// IsEnumerable reports whether PowerShell would unroll v in a pipeline:
// slices (byte slices too; Go arrays such as Guid are scalars), Lists and Enumerables; never strings,
// hashtables, maps or PSObjects.
func IsEnumerable(v any) bool {
	switch v.(type) {
	case []any, *List, Enumerable:
		return true
	case nil, string, *Hashtable, *PSObject, bool, int32, int64, float64:
		return false
	}
	return reflect.TypeOf(v).Kind() == reflect.Slice
}

// Enumerate calls f for each element of an enumerable v, one level deep; any
// other v (including nil, as `$null | cmd` sends one $null) is passed to f
// once. f's error stops the enumeration and is returned.
func Enumerate(v any, f func(any) error) error {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			if err := f(e); err != nil {
				return err
			}
		}
		return nil
	case *List:
		for _, e := range x.items {
			if err := f(e); err != nil {
				return err
			}
		}
		return nil
	case Enumerable:
		return x.EnumerateItems(f)
	case nil, string, *Hashtable, *PSObject, bool, int32, int64, float64:
		return f(v)
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Slice {
		return f(v)
	}
	for i := 0; i < rv.Len(); i++ {
		if err := f(goValue(rv.Index(i))); err != nil {
			return err
		}
	}
	return nil
}

// EnumerateForeach is Enumerate as the foreach statement sees it: $null runs
// the body zero times.
func EnumerateForeach(v any, f func(any) error) error {
	if v == nil {
		return nil
	}
	return Enumerate(v, f)
}

// ToSlice returns v's elements as a []any: the slice itself for []any, the
// elements of any other enumerable, nil for nil, and a one-element slice for
// a scalar (@(...) semantics except for nil).
func ToSlice(v any) []any {
	switch x := v.(type) {
	case nil:
		return nil
	case []any:
		return x
	case *List:
		return x.items
	}
	if !IsEnumerable(v) {
		return []any{v}
	}
	var out []any
	_ = Enumerate(v, func(e any) error { out = append(out, e); return nil })
	return out
}

// Count returns the number of elements PowerShell's .Count gives: 0 for
// nil, the length of a collection, 1 for a scalar.
func Count(v any) int {
	switch x := v.(type) {
	case nil:
		return 0
	case []any:
		return len(x)
	case *List:
		return len(x.items)
	case *Hashtable:
		return x.Len()
	}
	if !IsEnumerable(v) {
		return 1
	}
	if _, ok := v.(Enumerable); ok {
		n := 0
		_ = Enumerate(v, func(any) error { n++; return nil })
		return n
	}
	return reflect.ValueOf(v).Len()
}
