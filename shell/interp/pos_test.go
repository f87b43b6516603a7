package interp

import "testing"

func TestTrimSpan(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Get-Item /nope  # comment\n", "Get-Item /nope"},
		{"Get-Item '/a # b'   ", "Get-Item '/a # b'"},
		{`Get-Item "/a # b" # c`, `Get-Item "/a # b"`},
		{"Get-Item /x#y", "Get-Item /x#y"},
		{"Write-Output `# x", "Write-Output `# x"},
		{"f 'it''s' # c", "f 'it''s'"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := trimSpan(tt.in); got != tt.want {
			t.Errorf("trimSpan(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
