package filter

import "unicode/utf8"

func utf8Valid(s string) bool { return utf8.ValidString(s) }

// invalidUTF8At returns the offset of the first invalid UTF-8 sequence in s.
func invalidUTF8At(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return i
			}
		}
	}
	return len(s)
}
