package pipeline

import "testing"

func TestWildcard(t *testing.T) {
	tests := []struct {
		pat, s string
		cs     bool
		want   bool
	}{
		{"Eng*", "Engineering", false, true},
		{"eng*", "Engineering", true, false},
		{"*ing", "engineering", false, true},
		{"*a*b*", "xxaxxbxx", false, true},
		{"*a*b*", "xxbxxaxx", false, false},
		{"?at", "Cat", false, true},
		{"?at", "at", false, false},
		{"[bc]at", "cat", false, true},
		{"[a-c]at", "Dat", false, false},
		{"[!a]at", "bat", false, true},
		{"a`*", "a*", false, true},
		{"a`*", "ab", false, false},
		{"[abc", "[abc", false, true},
		{"*", "", false, true},
		{"", "", false, true},
		{"ÉCOLE*", "école primaire", false, true},
	}
	for _, tt := range tests {
		if got := CompileWildcard(tt.pat, tt.cs).Match(tt.s); got != tt.want {
			t.Errorf("%q -like %q (cs=%v) = %v", tt.s, tt.pat, tt.cs, got)
		}
	}
	if HasWildcard("a`*b") || !HasWildcard("a*") || !HasWildcard("[a]") {
		t.Error("HasWildcard")
	}
}

func TestCompileRegexTranslation(t *testing.T) {
	re, err := CompileRegex(`(?<user>\w+)@(?'dom'\w+)`, false)
	if err != nil {
		t.Fatal(err)
	}
	if re.SubexpIndex("user") != 1 || re.SubexpIndex("dom") != 2 {
		t.Error("named groups")
	}
	if _, err := CompileRegex(`(?<=a)b`, false); err == nil {
		t.Error("look-behind must be reported")
	}
}

func FuzzWildcard(f *testing.F) {
	f.Add("a*b?[c-d]`*", "axbyc*")
	f.Add("[", "[")
	f.Fuzz(func(t *testing.T, pat, s string) {
		_ = CompileWildcard(pat, false).Match(s)
	})
}

func FuzzFormatComposite(f *testing.F) {
	f.Add("{0,-5:N2}|{1:yyyy}", 1.5)
	f.Add("{0:#,##0.00;(0);zero}", -3.0)
	f.Fuzz(func(t *testing.T, format string, x float64) {
		_, _ = FormatComposite(format, []any{x, "s"})
	})
}

func BenchmarkWildcard(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = CompileWildcard("Eng*", false).Match("Engineering")
	}
}

func BenchmarkLikeOperator(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_, _ = Binary("like", "Engineering", "Eng*")
	}
}
