package pipeline

import (
	"regexp"
	"strings"
)

// Match implements -match: with a scalar left operand it returns a bool and,
// on success, the $Matches table (0, numbered and named groups); with a
// collection it returns the matching elements and nil captures.
func Match(left, right any, caseSensitive bool) (matched any, captures *Hashtable, err error) {
	re, err := regexOperand(right, caseSensitive)
	if err != nil {
		return nil, nil, err
	}
	if left != nil && IsEnumerable(left) {
		out := []any{}
		_ = Enumerate(left, func(e any) error {
			if re.MatchString(ToString(e)) {
				out = append(out, e)
			}
			return nil
		})
		return out, nil, nil
	}
	s := ToString(left)
	m := re.FindStringSubmatchIndex(s)
	if m == nil {
		return false, nil, nil
	}
	return true, matchesTable(re, s, m), nil
}

func notMatchFilter(left, right any, cs bool) (any, error) {
	re, err := regexOperand(right, cs)
	if err != nil {
		return nil, err
	}
	out := []any{}
	_ = Enumerate(left, func(e any) error {
		if !re.MatchString(ToString(e)) {
			out = append(out, e)
		}
		return nil
	})
	return out, nil
}

func regexOperand(v any, cs bool) (*regexp.Regexp, error) {
	if r, ok := v.(*Regex); ok {
		return r.re, nil
	}
	return CompileRegex(ToString(v), cs)
}

// Replace implements -replace: right is a pattern or (pattern, replacement);
// a collection on the left is replaced element by element.
func Replace(left, right any, caseSensitive bool) (any, error) {
	var pat, repl any
	switch r := right.(type) {
	case []any:
		switch len(r) {
		case 1:
			pat = r[0]
		case 2:
			pat, repl = r[0], r[1]
		default:
			return nil, &ValueError{ID: "BadReplaceArgument", Message: "The -replace operator allows only two elements to follow it, not " + itoa(len(r)) + "."}
		}
	default:
		pat = right
	}
	re, err := regexOperand(pat, caseSensitive)
	if err != nil {
		return nil, err
	}
	if sb, ok := repl.(ScriptBlock); ok {
		if left != nil && IsEnumerable(left) {
			out := []any{}
			err := Enumerate(left, func(e any) error {
				s, err := replaceWithBlock(re, ToString(e), sb)
				out = append(out, s)
				return err
			})
			return out, err
		}
		return replaceWithBlock(re, ToString(left), sb)
	}
	rs := ToString(repl)
	if left != nil && IsEnumerable(left) {
		out := []any{}
		_ = Enumerate(left, func(e any) error {
			out = append(out, ReplaceRegex(re, ToString(e), rs))
			return nil
		})
		return out, nil
	}
	return ReplaceRegex(re, ToString(left), rs), nil
}

// Split implements binary -split: right is a pattern or (pattern, max
// count[, options]). Captured groups are kept in the result; a negative
// count splits from the right (PowerShell 7).
func Split(left, right any, caseSensitive bool) (any, error) {
	pat, count, opts := right, 0, ""
	if r, ok := right.([]any); ok && len(r) > 0 {
		pat = r[0]
		if len(r) > 1 {
			n, err := Convert(r[1], int32Type)
			if err != nil {
				return nil, err
			}
			count = int(n.(int32))
		}
		if len(r) > 2 {
			opts = strings.ToLower(ToString(r[2]))
		}
	}
	if sb, ok := pat.(ScriptBlock); ok {
		out := []any{}
		err := Enumerate(left, func(e any) error {
			parts, err := splitWithBlock(ToString(e), sb, count)
			out = append(out, parts...)
			return err
		})
		return out, err
	}
	src := ToString(pat)
	var re *regexp.Regexp
	var err error
	if strings.Contains(opts, "simplematch") {
		src = regexp.QuoteMeta(src)
	} else {
		src = applySplitOptions(src, opts)
	}
	cs := caseSensitive && !strings.Contains(opts, "ignorecase")
	if r, ok := pat.(*Regex); ok && opts == "" {
		re = r.re
	} else if re, err = CompileRegex(src, cs); err != nil {
		return nil, err
	}
	out := []any{}
	if left == nil {
		return []any{""}, nil
	}
	err = Enumerate(left, func(e any) error {
		for _, p := range SplitRegex(re, ToString(e), count) {
			out = append(out, p)
		}
		return nil
	})
	return out, err
}

func applySplitOptions(src, opts string) string {
	flags := ""
	if strings.Contains(opts, "multiline") {
		flags += "m"
	}
	if strings.Contains(opts, "singleline") {
		flags += "s"
	}
	if strings.Contains(opts, "ignorepatternwhitespace") {
		var b strings.Builder
		esc := false
		for _, r := range src {
			if !esc && (r == ' ' || r == '\t' || r == '\n' || r == '\r') {
				continue
			}
			esc = !esc && r == '\\'
			b.WriteRune(r)
		}
		src = b.String()
	}
	if flags != "" {
		src = "(?" + flags + ")" + src
	}
	return src
}

// SplitRegex splits s like .NET Regex.Split with a maximum count (0: all),
// keeping captured groups; a negative count keeps the last pieces whole on
// the left.
func SplitRegex(re *regexp.Regexp, s string, count int) []string {
	ms := re.FindAllStringSubmatchIndex(s, -1)
	if count > 0 && len(ms) > count-1 {
		ms = ms[:count-1]
	}
	if count < 0 && len(ms) > -count-1 {
		ms = ms[len(ms)-(-count-1):]
	}
	var out []string
	last := 0
	for _, m := range ms {
		if m[1] == 0 && m[0] == 0 && len(s) > 0 {
			continue
		}
		out = append(out, s[last:m[0]])
		for g := 1; 2*g+1 < len(m); g++ {
			if m[2*g] >= 0 {
				out = append(out, s[m[2*g]:m[2*g+1]])
			}
		}
		last = m[1]
	}
	return append(out, s[last:])
}

// SplitWhitespace is unary -split: split on runs of whitespace, dropping
// empty pieces at the ends.
func SplitWhitespace(v any) []any {
	out := []any{}
	_ = Enumerate(v, func(e any) error {
		for _, f := range strings.Fields(ToString(e)) {
			out = append(out, f)
		}
		return nil
	})
	return out
}

func itoa(n int) string { return ToString(int64(n)) }
