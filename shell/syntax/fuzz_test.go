package syntax

import (
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"Get-Item -Path:C:\\x foo.txt 2>&1 > $null | % { $_.Name }",
	"$a, $b = 1, 2 + 3 * 4 -eq 5 -and $x",
	"if ($x -gt 1) { \"big $($x.Name) ${y}\" } elseif ($y) { 2 } else { 3 }",
	"function f([int]$a = 5, $b) { param() }",
	"[CmdletBinding()]\nparam([Parameter(Mandatory, Position=0)][string]$Name)\nbegin { 1 }\nprocess { 2 }",
	"$s.Substring(0, $n - 1).ToUpper()[0..2]",
	"switch -regex ($x) { 'a' {1} default {2} }",
	"@'\nhi\n'@\n@\"\na $x\n\"@",
	"try { throw 'x' } catch [System.Exception], [Foo] { $_ } finally { 'f' }",
	":outer foreach ($i in 1..3) { for ($j = 0; $j -lt 3; $j++) { break outer } }",
	"$h = [ordered]@{ a = 1; 'b c' = 2\n d = if ($x) { 3 } }",
	"do { $i++ } until ($i -ge 10)",
	"Write-Output `\n 'continued' # comment <# block #>",
	"1..10\n | ForEach-Object { $_ * 2 }",
	"& $sb -Name:$false @splat a,b,c",
	"[int]::MaxValue + 0x10 - 2GB * 1e3 -f 1l",
	"$o.('a' + $b).c += 1; $a[$i++]++; --$h[(f)]",
}

// FuzzParse: any input gives a tree or an *Error, never an internal
// parser error (Parse turns its own panics into one).
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		sb, err := Parse("f.ps1", src)
		if err == nil && sb == nil {
			t.Fatal("nil tree without error")
		}
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			if IsInternal(err) {
				t.Fatalf("Parse(%q): %v", src, err)
			}
			_ = err.(*Error).Show(src)
		}
	})
}

// FuzzRoundTrip: a parsed script printed and parsed again gives the same
// tree; no input meets an internal parser error.
func FuzzRoundTrip(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) {
			return // printing normalises invalid bytes
		}
		a, err := Parse("", src)
		if IsInternal(err) {
			t.Fatalf("Parse(%q): %v", src, err)
		}
		if err != nil {
			return
		}
		out := a.String()
		b, err := Parse("", out)
		if err != nil {
			t.Fatalf("reparse of %q\nprinted as %q: %v", src, out, err)
		}
		if da, db := Dump(a), Dump(b); da != db {
			t.Fatalf("tree changed for %q\nprinted as %q\nfirst:  %s\nsecond: %s", src, out, da, db)
		}
	})
}
