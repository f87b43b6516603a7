package filter

// Text comparisons fold ASCII letters only, exactly as SQLite's NOCASE
// collation and LIKE operator do, so that in-memory evaluation and the SQL
// translation agree on every value.

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// foldASCII returns s with ASCII letters lower-cased.
func foldASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				b[j] = lowerASCII(b[j])
			}
			return string(b)
		}
	}
	return s
}

// foldEqual reports whether s equals the already folded k, ignoring ASCII case.
func foldEqual(s, k string) bool {
	if len(s) != len(k) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lowerASCII(s[i]) != k[i] {
			return false
		}
	}
	return true
}

// foldCompare compares s with the already folded k, ignoring ASCII case,
// byte-wise as SQLite's NOCASE collation does. It returns -1, 0 or +1.
func foldCompare(s, k string) int {
	n := min(len(s), len(k))
	for i := 0; i < n; i++ {
		a, b := lowerASCII(s[i]), k[i]
		if a != b {
			if a < b {
				return -1
			}
			return 1
		}
	}
	switch {
	case len(s) < len(k):
		return -1
	case len(s) > len(k):
		return 1
	}
	return 0
}

// foldHasPrefix reports whether s starts with the folded k, ignoring ASCII case.
func foldHasPrefix(s, k string) bool {
	return len(s) >= len(k) && foldEqual(s[:len(k)], k)
}

// foldHasSuffix reports whether s ends with the folded k, ignoring ASCII case.
func foldHasSuffix(s, k string) bool {
	return len(s) >= len(k) && foldEqual(s[len(s)-len(k):], k)
}

// foldContains reports whether s contains the folded k, ignoring ASCII case.
func foldContains(s, k string) bool {
	for i := 0; i+len(k) <= len(s); i++ {
		if foldEqual(s[i:i+len(k)], k) {
			return true
		}
	}
	return false
}
