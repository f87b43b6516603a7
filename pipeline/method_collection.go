package pipeline

import "strings"

func arrayMethod(a []any, name, l string, args []any) (any, error) {
	n := len(args)
	switch l {
	case "contains":
		if n == 1 {
			for _, e := range a {
				if Equals(e, args[0], true) {
					return true, nil
				}
			}
			return false, nil
		}
	case "indexof", "lastindexof":
		if n == 1 {
			idx := int32(-1)
			for i, e := range a {
				if Equals(e, args[0], true) {
					idx = int32(i)
					if l == "indexof" {
						break
					}
				}
			}
			return idx, nil
		}
	case "tostring":
		return "System.Object[]", nil
	case "clone":
		return append([]any(nil), a...), nil
	case "getvalue":
		if n == 1 {
			i, err := argInt(args, 0)
			if err != nil {
				return nil, err
			}
			if i < 0 || i >= len(a) {
				return nil, methodException(name, n, "Index was outside the bounds of the array.")
			}
			return a[i], nil
		}
	case "add", "remove", "insert", "removeat", "clear":
		return nil, methodException(name, n, "Collection was of a fixed size.")
	case "foreach":
		if n >= 1 {
			return forEachMethod(a, args)
		}
	case "where":
		if n >= 1 {
			return whereMethod(a, args)
		}
	}
	return nil, errNoMethod("System.Object[]", name)
}

func listMethod(x *List, name, l string, args []any) (any, error) {
	n := len(args)
	switch l {
	case "add":
		if n == 1 {
			if err := x.Add(args[0]); err != nil {
				return nil, err
			}
			if x.elem == nil {
				return int32(len(x.items) - 1), nil // ArrayList.Add returns the index
			}
			return nil, nil
		}
	case "addrange":
		if n == 1 {
			return nil, Enumerate(args[0], x.Add)
		}
	case "remove":
		if n == 1 {
			removed := false
			for i, e := range x.items {
				if Equals(e, args[0], true) {
					x.items = append(x.items[:i], x.items[i+1:]...)
					removed = true
					break
				}
			}
			if x.elem == nil {
				return nil, nil // ArrayList.Remove returns nothing
			}
			return removed, nil // List[T].Remove reports whether it removed
		}
	case "removeat":
		if n == 1 {
			i, err := argInt(args, 0)
			if err != nil {
				return nil, err
			}
			if i < 0 || i >= len(x.items) {
				return nil, methodException(name, n, "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')")
			}
			x.items = append(x.items[:i], x.items[i+1:]...)
			return nil, nil
		}
	case "insert":
		if n == 2 {
			i, err := argInt(args, 0)
			if err != nil {
				return nil, err
			}
			if i < 0 || i > len(x.items) {
				return nil, methodException(name, n, "Index must be within the bounds of the List. (Parameter 'index')")
			}
			x.items = append(x.items[:i], append([]any{args[1]}, x.items[i:]...)...)
			return nil, nil
		}
	case "clear":
		x.items = nil
		return nil, nil
	case "toarray":
		return append([]any(nil), x.items...), nil
	case "sort":
		sortValues(x.items)
		return nil, nil
	case "reverse":
		for i, j := 0, len(x.items)-1; i < j; i, j = i+1, j-1 {
			x.items[i], x.items[j] = x.items[j], x.items[i]
		}
		return nil, nil
	case "tostring":
		return TypeName(x), nil
	}
	return arrayMethod(x.items, name, l, args)
}

// sortValues sorts in place with Compare (case-insensitive), stable.
func sortValues(xs []any) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0; j-- {
			c, err := Compare(xs[j-1], xs[j], false)
			if err != nil || c <= 0 {
				break
			}
			xs[j-1], xs[j] = xs[j], xs[j-1]
		}
	}
}

func hashtableMethod(h *Hashtable, name, l string, args []any) (any, error) {
	n := len(args)
	switch l {
	case "add":
		if n == 2 {
			if err := h.Add(args[0], args[1]); err != nil {
				return nil, methodException(name, n, err.Error())
			}
			return nil, nil
		}
	case "remove":
		if n == 1 {
			h.Remove(args[0])
			return nil, nil
		}
	case "containskey", "contains":
		if n == 1 {
			return h.ContainsKey(args[0]), nil
		}
	case "containsvalue":
		if n == 1 {
			return h.ContainsValue(args[0]), nil
		}
	case "clear":
		h.Clear()
		return nil, nil
	case "clone":
		return h.Clone(), nil
	case "getenumerator":
		return h.Entries(), nil
	case "tostring":
		return TypeName(h), nil
	case "get_item":
		if n == 1 {
			v, _ := h.Get(args[0])
			return v, nil
		}
	case "set_item":
		if n == 2 {
			h.Set(args[0], args[1])
			return nil, nil
		}
	}
	return nil, errNoMethod(TypeName(h), name)
}

func regexMethod(r *Regex, l string, args []any) (any, bool, error) {
	if len(args) == 0 {
		if l == "tostring" {
			return r.pattern, true, nil
		}
		return nil, false, nil
	}
	s := ToString(args[0])
	switch l {
	case "ismatch":
		return r.re.MatchString(s), true, nil
	case "match":
		return newRegexMatch(r.re, s, r.re.FindStringSubmatchIndex(s)), true, nil
	case "matches":
		return allMatches(r, s), true, nil
	case "replace":
		if len(args) == 2 {
			return ReplaceRegex(r.re, s, ToString(args[1])), true, nil
		}
	case "split":
		parts := SplitRegex(r.re, s, 0)
		out := make([]any, len(parts))
		for i, p := range parts {
			out[i] = p
		}
		return out, true, nil
	case "getgroupnames":
		var out []any
		for i, n := range r.re.SubexpNames() {
			if n == "" {
				n = itoa(i)
			}
			out = append(out, n)
		}
		return out, true, nil
	}
	return nil, false, nil
}

func allMatches(r *Regex, s string) []any {
	var out []any
	for _, m := range r.re.FindAllStringSubmatchIndex(s, -1) {
		out = append(out, newRegexMatch(r.re, s, m))
	}
	if out == nil {
		return []any{}
	}
	return out
}

var _ = strings.ToLower
