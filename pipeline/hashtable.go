package pipeline

import (
	"reflect"
	"strings"
)

// Hashtable is PowerShell's @{} and [ordered]@{}: string keys compare
// case-insensitively, other keys by Equals, and entries keep insertion order.
// (PowerShell prints a plain @{} in hash order; psh keeps insertion order for
// both kinds, which is one of the orders PowerShell could have produced.)
type Hashtable struct {
	keys    []any
	vals    []any
	index   map[any]int // normalized comparable key -> position
	ordered bool
}

// NewHashtable returns an empty @{}.
func NewHashtable() *Hashtable { return &Hashtable{} }

// NewOrderedHashtable returns an empty [ordered]@{}.
func NewOrderedHashtable() *Hashtable { return &Hashtable{ordered: true} }

// hashKey normalizes a key for the index; ok is false for keys that cannot
// be map keys (slices, maps), which are found by a linear search.
func hashKey(k any) (any, bool) {
	switch x := k.(type) {
	case string:
		return strings.ToLower(x), true
	case int32, int64, bool, Char, Guid, nil:
		return x, true
	case float64:
		return x, true
	}
	if k != nil && !reflect.TypeOf(k).Comparable() {
		return nil, false
	}
	return k, true
}

func (h *Hashtable) find(key any) int {
	if h == nil {
		return -1
	}
	if nk, ok := hashKey(key); ok {
		if h.index == nil {
			return -1
		}
		if i, ok := h.index[nk]; ok {
			return i
		}
		return -1
	}
	for i, k := range h.keys {
		if Equals(k, key, false) {
			return i
		}
	}
	return -1
}

// Get returns the value stored under key.
func (h *Hashtable) Get(key any) (any, bool) {
	if i := h.find(key); i >= 0 {
		return h.vals[i], true
	}
	return nil, false
}

// Set stores v under key, replacing an existing entry in place.
func (h *Hashtable) Set(key, v any) {
	if i := h.find(key); i >= 0 {
		h.vals[i] = v
		return
	}
	if nk, ok := hashKey(key); ok {
		if h.index == nil {
			h.index = make(map[any]int)
		}
		h.index[nk] = len(h.keys)
	}
	h.keys = append(h.keys, key)
	h.vals = append(h.vals, v)
}

// Add stores v under key, failing as .NET does when the key exists.
func (h *Hashtable) Add(key, v any) error {
	if i := h.find(key); i >= 0 {
		return &ValueError{ID: "ArgumentException", Message: "Item has already been added. Key in dictionary: '" +
			ToString(h.keys[i]) + "'  Key being added: '" + ToString(key) + "'"}
	}
	h.Set(key, v)
	return nil
}

// Remove deletes key; a missing key is not an error.
func (h *Hashtable) Remove(key any) {
	i := h.find(key)
	if i < 0 {
		return
	}
	h.keys = append(h.keys[:i], h.keys[i+1:]...)
	h.vals = append(h.vals[:i], h.vals[i+1:]...)
	h.reindex()
}

func (h *Hashtable) reindex() {
	h.index = nil
	for i, k := range h.keys {
		if nk, ok := hashKey(k); ok {
			if h.index == nil {
				h.index = make(map[any]int, len(h.keys))
			}
			h.index[nk] = i
		}
	}
}

// Clear removes every entry.
func (h *Hashtable) Clear() { h.keys, h.vals, h.index = nil, nil, nil }

// ContainsKey reports whether key is present.
func (h *Hashtable) ContainsKey(key any) bool { return h.find(key) >= 0 }

// ContainsValue reports whether some entry's value equals v.
func (h *Hashtable) ContainsValue(v any) bool {
	for _, x := range h.vals {
		if Equals(x, v, false) {
			return true
		}
	}
	return false
}

// Keys returns the keys in insertion order (a copy).
func (h *Hashtable) Keys() []any { return append([]any(nil), h.keys...) }

// Values returns the values in insertion order (a copy).
func (h *Hashtable) Values() []any { return append([]any(nil), h.vals...) }

// Len returns the number of entries.
func (h *Hashtable) Len() int {
	if h == nil {
		return 0
	}
	return len(h.keys)
}

// Ordered reports whether h is an [ordered] dictionary.
func (h *Hashtable) Ordered() bool { return h.ordered }

// Clone returns a shallow copy.
func (h *Hashtable) Clone() *Hashtable {
	c := &Hashtable{ordered: h.ordered, keys: h.Keys(), vals: h.Values()}
	c.reindex()
	return c
}

// Range calls f for each entry in order until f returns false.
func (h *Hashtable) Range(f func(k, v any) bool) {
	for i := range h.keys {
		if !f(h.keys[i], h.vals[i]) {
			return
		}
	}
}

// Entries returns the entries as DictionaryEntry values (what enumerating a
// hashtable with GetEnumerator() yields).
func (h *Hashtable) Entries() []any {
	out := make([]any, len(h.keys))
	for i := range h.keys {
		out[i] = &DictionaryEntry{Key: h.keys[i], Value: h.vals[i]}
	}
	return out
}

// DictionaryEntry is one key/value pair of a Hashtable, as GetEnumerator()
// yields it; Name is an alias of Key.
type DictionaryEntry struct {
	Key   any
	Value any
}

// GetProperty exposes Key, Name and Value.
func (d *DictionaryEntry) GetProperty(name string) (any, bool) {
	switch strings.ToLower(name) {
	case "key", "name":
		return d.Key, true
	case "value":
		return d.Value, true
	}
	return nil, false
}

// PropertyNames lists Name, Key and Value for formatting.
func (d *DictionaryEntry) PropertyNames() []string { return []string{"Name", "Value"} }
