package pipeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

var stringMethodNames = []string{"ToUpper", "ToLower", "ToUpperInvariant", "ToLowerInvariant", "Trim", "TrimStart",
	"TrimEnd", "Substring", "Replace", "Split", "StartsWith", "EndsWith", "Contains", "IndexOf", "IndexOfAny",
	"LastIndexOf", "PadLeft", "PadRight", "Insert", "Remove", "ToCharArray", "CompareTo", "Normalize"}

// methodException wraps a .NET exception raised inside a method call. The
// inner exception's type, known from its message, lets `catch
// [ArgumentOutOfRangeException]` catch it as in PowerShell.
func methodException(name string, nargs int, msg string) error {
	return &ValueError{ID: "MethodInvocationException", Message: "Exception calling \"" + name + "\" with \"" +
		itoa(nargs) + "\" argument(s): \"" + msg + "\"", Err: &DotNetException{TypeName: innerExceptionType(msg), Msg: msg}}
}

// innerExceptionType is the .NET type of the exception a method call
// raised, from .NET's message for it.
func innerExceptionType(msg string) string {
	switch {
	case strings.Contains(msg, "outside the bounds of the array"):
		return "System.IndexOutOfRangeException"
	case strings.Contains(msg, "fixed size"):
		return "System.NotSupportedException"
	case strings.Contains(msg, "already been added"):
		return "System.ArgumentException"
	case strings.Contains(msg, "(Parameter '") && (strings.Contains(msg, "range") || strings.Contains(msg, "must") ||
		strings.Contains(msg, "larger than") || strings.Contains(msg, "within")):
		return "System.ArgumentOutOfRangeException"
	case strings.Contains(msg, "(Parameter '"):
		return "System.ArgumentException"
	case strings.Contains(msg, "not recognized as a valid"), strings.Contains(msg, "correct format"),
		strings.Contains(msg, "recognizable digits"), strings.Contains(msg, "Base-64"):
		return "System.FormatException"
	case strings.Contains(msg, "too large or too small"):
		return "System.OverflowException"
	}
	return "System.Exception"
}

func argInt(args []any, i int) (int, error) {
	v, err := Convert(args[i], int32Type)
	if err != nil {
		return 0, err
	}
	return int(v.(int32)), nil
}

// ignoreCaseArg reads an optional StringComparison or ignoreCase argument.
func ignoreCaseArg(args []any, i int) bool {
	if len(args) <= i {
		return false
	}
	if b, ok := args[i].(bool); ok {
		return b
	}
	return strings.HasSuffix(strings.ToLower(ToString(args[i])), "ignorecase")
}

// trimSet returns the characters of trim arguments (chars, strings, arrays).
func trimSet(args []any) string {
	var b strings.Builder
	for _, a := range args {
		_ = Enumerate(a, func(e any) error { b.WriteString(ToString(e)); return nil })
	}
	return b.String()
}

func stringMethod(s, name, l string, args []any) (any, error) {
	n := len(args)
	switch l {
	case "toupper", "toupperinvariant":
		return strings.ToUpper(s), nil
	case "tolower", "tolowerinvariant":
		return strings.ToLower(s), nil
	case "trim", "trimstart", "trimend":
		cut := func(r rune) bool { return unicode.IsSpace(r) }
		if n > 0 {
			set := trimSet(args)
			cut = func(r rune) bool { return strings.ContainsRune(set, r) }
		}
		switch l {
		case "trim":
			return strings.TrimFunc(s, cut), nil
		case "trimstart":
			return strings.TrimLeftFunc(s, cut), nil
		}
		return strings.TrimRightFunc(s, cut), nil
	case "tostring":
		return s, nil
	case "tochararray":
		rs := []rune(s)
		out := make([]any, len(rs))
		for i, r := range rs {
			out[i] = Char(r)
		}
		return out, nil
	case "contains", "startswith", "endswith":
		if n < 1 || n > 2 {
			return nil, errNoOverload(name, n)
		}
		sub := ToString(args[0])
		a := s
		if ignoreCaseArg(args, 1) {
			a, sub = strings.ToLower(a), strings.ToLower(sub)
		}
		switch l {
		case "contains":
			return strings.Contains(a, sub), nil
		case "startswith":
			return strings.HasPrefix(a, sub), nil
		}
		return strings.HasSuffix(a, sub), nil
	case "replace":
		if n < 2 {
			return nil, errNoOverload(name, n)
		}
		old := ToString(args[0])
		if old == "" {
			return nil, methodException(name, n, "String cannot be of zero length. (Parameter 'oldValue')")
		}
		if ignoreCaseArg(args, 2) {
			re, _ := CompileRegex(EscapeRegex(old), false)
			return re.ReplaceAllLiteralString(s, ToString(args[1])), nil
		}
		return strings.ReplaceAll(s, old, ToString(args[1])), nil
	case "split":
		return stringSplit(s, args)
	case "substring", "remove", "insert", "padleft", "padright", "indexof", "lastindexof", "indexofany":
		return stringIndexMethod(s, name, l, args)
	case "compareto":
		if n == 1 {
			return int32(CompareStrings(s, ToString(args[0]), true)), nil
		}
	case "equals":
		if n == 2 {
			return stringEq(s, ToString(args[0]), !ignoreCaseArg(args, 1)), nil
		}
	case "normalize":
		return s, nil
	case "getenumerator":
		return stringMethod(s, "ToCharArray", "tochararray", nil)
	}
	return nil, errNoMethod("System.String", name)
}

func stringSplit(s string, args []any) (any, error) {
	var seps []string
	count, removeEmpty := -1, false
	for i, a := range args {
		switch x := a.(type) {
		case string:
			if i == 0 {
				seps = append(seps, x)
			} else if strings.Contains(strings.ToLower(x), "removeemptyentries") {
				removeEmpty = true
			}
		case Char:
			seps = append(seps, string(rune(x)))
		case []any:
			for _, e := range x {
				seps = append(seps, ToString(e))
			}
		default:
			if i > 0 {
				c, err := Convert(a, int32Type)
				if err != nil {
					return nil, err
				}
				count = int(c.(int32))
			} else {
				seps = append(seps, ToString(a))
			}
		}
	}
	var parts []string
	if len(seps) == 0 {
		parts = strings.FieldsFunc(s, unicode.IsSpace)
		if !removeEmpty {
			parts = splitAny(s, func(r rune) bool { return unicode.IsSpace(r) })
		}
	} else {
		parts = splitOn(s, seps)
	}
	out := make([]any, 0, len(parts))
	for _, p := range parts {
		if removeEmpty && p == "" {
			continue
		}
		out = append(out, p)
	}
	if count > 0 && len(out) > count {
		// .NET keeps the rest unsplit in the last element
		idx := 0
		for i := 0; i < count-1; i++ {
			idx += len(out[i].(string))
			idx += sepLenAt(s, idx, seps)
		}
		out = append(out[:count-1], s[idx:])
	}
	return out, nil
}

func sepLenAt(s string, i int, seps []string) int {
	for _, sep := range seps {
		if strings.HasPrefix(s[i:], sep) {
			return len(sep)
		}
	}
	return 1
}

func splitAny(s string, f func(rune) bool) []string {
	var out []string
	start := 0
	for i, r := range s {
		if f(r) {
			out = append(out, s[start:i])
			start = i + utf8.RuneLen(r)
		}
	}
	return append(out, s[start:])
}

// splitOn splits at any of the separator strings (first listed wins).
func splitOn(s string, seps []string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); {
		matched := 0
		for _, sep := range seps {
			if sep != "" && strings.HasPrefix(s[i:], sep) {
				matched = len(sep)
				break
			}
		}
		if matched > 0 {
			out = append(out, s[start:i])
			i += matched
			start = i
			continue
		}
		i++
	}
	return append(out, s[start:])
}

func stringIndexMethod(s, name, l string, args []any) (any, error) {
	rs := []rune(s)
	n := len(args)
	switch l {
	case "substring":
		if n < 1 || n > 2 {
			return nil, errNoOverload(name, n)
		}
		start, err := argInt(args, 0)
		if err != nil {
			return nil, err
		}
		if start < 0 || start > len(rs) {
			return nil, methodException(name, n, "startIndex cannot be larger than length of string. (Parameter 'startIndex')")
		}
		if n == 1 {
			return string(rs[start:]), nil
		}
		ln, err := argInt(args, 1)
		if err != nil {
			return nil, err
		}
		if ln < 0 || start+ln > len(rs) {
			return nil, methodException(name, n, "Index and length must refer to a location within the string. (Parameter 'length')")
		}
		return string(rs[start : start+ln]), nil
	case "remove":
		if n < 1 || n > 2 {
			return nil, errNoOverload(name, n)
		}
		start, err := argInt(args, 0)
		if err != nil {
			return nil, err
		}
		ln := len(rs) - start
		if n == 2 {
			if ln, err = argInt(args, 1); err != nil {
				return nil, err
			}
		}
		if start < 0 || ln < 0 || start+ln > len(rs) {
			return nil, methodException(name, n, "Index and count must refer to a location within the string. (Parameter 'count')")
		}
		return string(rs[:start]) + string(rs[start+ln:]), nil
	case "insert":
		if n != 2 {
			return nil, errNoOverload(name, n)
		}
		at, err := argInt(args, 0)
		if err != nil {
			return nil, err
		}
		if at < 0 || at > len(rs) {
			return nil, methodException(name, n, "Specified argument was out of the range of valid values. (Parameter 'startIndex')")
		}
		return string(rs[:at]) + ToString(args[1]) + string(rs[at:]), nil
	case "padleft", "padright":
		if n < 1 || n > 2 {
			return nil, errNoOverload(name, n)
		}
		w, err := argInt(args, 0)
		if err != nil {
			return nil, err
		}
		pc := " "
		if n == 2 {
			pc = ToString(args[1])
		}
		if w <= len(rs) {
			return s, nil
		}
		if w > 1<<28 {
			return nil, runtimeErr("Array dimensions exceeded supported range.")
		}
		p := strings.Repeat(pc, w-len(rs))
		if l == "padleft" {
			return p + s, nil
		}
		return s + p, nil
	case "indexof", "lastindexof", "indexofany":
		if n < 1 {
			return nil, errNoOverload(name, n)
		}
		var idx int
		if l == "indexofany" {
			idx = strings.IndexAny(s, trimSet(args[:1]))
		} else {
			sub := ToString(args[0])
			hay := s
			if ignoreCaseArg(args, n-1) && n > 1 {
				hay, sub = strings.ToLower(hay), strings.ToLower(sub)
			}
			from := 0
			if n > 1 {
				if _, isInt := args[1].(int32); isInt {
					from, _ = argInt(args, 1)
					if from < 0 || from > len(rs) {
						return nil, methodException(name, n, "Index was out of range. Must be non-negative and less than or equal to the size of the collection. (Parameter 'startIndex')")
					}
				}
			}
			prefix := len(string(rs[:from]))
			if l == "indexof" {
				idx = strings.Index(hay[prefix:], sub)
				if idx >= 0 {
					idx += prefix
				}
			} else {
				idx = strings.LastIndex(hay, sub)
			}
		}
		if idx < 0 {
			return int32(-1), nil
		}
		return int32(utf8.RuneCountInString(s[:idx])), nil
	}
	return nil, errNoMethod("System.String", name)
}
