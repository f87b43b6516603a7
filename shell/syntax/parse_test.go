package syntax

import (
	"strings"
	"testing"
)

func mustParse(t *testing.T, src string) *ScriptBlock {
	t.Helper()
	sb, err := Parse("t.ps1", src)
	if err != nil {
		t.Fatalf("Parse(%q): %v", src, err)
	}
	return sb
}

// render shows an expression tree with explicit grouping.
func render(n ExprNode) string {
	switch n := n.(type) {
	case *BinaryExpr:
		return "(" + render(n.Left) + " " + n.Op + " " + render(n.Right) + ")"
	case *ArrayLiteral:
		var parts []string
		for _, e := range n.Elems {
			parts = append(parts, render(e))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case *UnaryExpr:
		switch {
		case n.Cast != nil:
			return "[" + n.Cast.Name + "]" + render(n.Operand)
		case n.Op != "":
			return "(" + n.Op + " " + render(n.Operand) + ")"
		}
		var p printer
		p.postfix(n.Postfix)
		return p.String()
	}
	return "?"
}

func firstExpr(t *testing.T, src string) *Expr {
	t.Helper()
	sb := mustParse(t, src)
	switch s := sb.Statements[0].(type) {
	case *Pipeline:
		if s.Expr == nil {
			t.Fatalf("%q: not an expression statement", src)
		}
		return s.Expr.Expr
	case *AssignStmt:
		return s.Value.(*Pipeline).Expr.Expr
	}
	t.Fatalf("%q: unexpected statement %T", src, sb.Statements[0])
	return nil
}

func TestPrecedence(t *testing.T) {
	tests := []struct{ src, want string }{
		{"1 + 2 * 3", "(1 + (2 * 3))"},
		{"1 * 2 + 3", "((1 * 2) + 3)"},
		{"1 - 2 - 3", "((1 - 2) - 3)"},
		{"1,2,3 + 4,5,6", "({1, 2, 3} + {4, 5, 6})"},
		{"1..3 + 1", "((1 .. 3) + 1)"},
		{"'{0}' -f 1 + 2", "(('{0}' -f 1) + 2)"},
		{"$false -and $true -eq $false", "($false -and ($true -eq $false))"},
		{"$a -or $b -and $c", "(($a -or $b) -and $c)"},
		{"!$a -eq 10", "((! $a) -eq 10)"},
		{"-not $x -eq $y", "((-not $x) -eq $y)"},
		{"-split 'a b','c d'", "{(-split 'a b'), 'c d'}"},
		{"5 -band 3 -eq 1", "(5 -band (3 -eq 1))"},
		{"1 -shl 2 + 1", "(1 -shl (2 + 1))"},
		{"[int]$x + 1", "([int]$x + 1)"},
		{"[int][double]'2.5'", "[int][double]'2.5'"},
		{"-8..-5", "(-8 .. -5)"},
		{"$a -1", "($a - 1)"},
		{"$a - -1", "($a - -1)"},
		{"[int]-5", "[int]-5"},
		{"[int]::MaxValue + 1", "([int]::MaxValue + 1)"},
		{"$x = 1 -CEQ 2", "(1 -ceq 2)"},
		{"'a' -iLike 'A*' -xor $true", "(('a' -ilike 'A*') -xor $true)"},
		{", 1", "(, 1)"},
		{"$s.Substring(0, $n - 1)", "$s.Substring(0, $n - 1)"},
		{"$a[1..3]", "$a[1 .. 3]"},
		{"$i++ + ++$j", "($i++ + (++ $j))"},
		{"1 +\n 2", "(1 + 2)"},
	}
	for _, tt := range tests {
		if got := render(firstExpr(t, tt.src).Tree()); got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

func TestParsePrint(t *testing.T) {
	tests := []struct{ src, want string }{
		{"Write-Output 1+2", "Write-Output 1+2"},
		{"Write-Output (1+2)", "Write-Output (1 + 2)"},
		{"gc C:\\x\\y.txt foo.txt -Raw", "gc C:\\x\\y.txt foo.txt -Raw"},
		{"Set-X -PopEnabled:$false -Name a,b", "Set-X -PopEnabled:$false -Name a,b"},
		{"Get-Item *guid | % { $_.Name } | ? Name -eq 'x'", "Get-Item *guid | % {\n$_.Name\n} | ? Name -eq 'x'"},
		{"& $sb 1 2; . ./lib.ps1; & 'C:\\a b\\x.exe'", "& $sb 1 2\n. ./lib.ps1\n& 'C:\\a b\\x.exe'"},
		{"foo 2>&1 > $null 2>> err.txt *> all", "foo 2>&1 > $null 2>> err.txt *> all"},
		{"$a, $b = 1, 2, 3", "$a, $b = 1, 2, 3"},
		{"$x += 1; $h['k'] -= 2; $o.P *= 3; [int]$n = '4'", "$x += 1\n$h['k'] -= 2\n$o.P *= 3\n[int]$n = '4'"},
		{"$x = if ($a) { 1 } else { 2 }", "$x = if ($a) { 1 } else { 2 }"},
		{"$x = Get-Foo | Sort-Object", "$x = Get-Foo | Sort-Object"},
		{"if ($a) {1} elseif ($b) {2}\nelse {3}", "if ($a) { 1 } elseif ($b) { 2 } else { 3 }"},
		{"while ($true) { break }", "while ($true) { break }"},
		{"do { $i++ } while ($i -lt 3)", "do { $i++ } while ($i -lt 3)"},
		{"do { $i++ }\nuntil ($i -ge 3)", "do { $i++ } until ($i -ge 3)"},
		{"for ($i = 0; $i -lt 3; $i++) { $i }", "for ($i = 0; $i -lt 3; $i++) { $i }"},
		{"for (;;) { }", "for (; ; ) {}"},
		{":outer foreach ($x in 1..3) { continue outer }", ":outer foreach ($x in 1 .. 3) { continue outer }"},
		{"switch -Regex -CaseSensitive ($x) { 'a' {1} default {2} }", "switch -Regex -CaseSensitive ($x) { 'a' { 1 }; default { 2 } }"},
		{"switch ($x) { 1 {'a'} 2 {'b'} {$_ -gt 5} {'big'} foo {'f'} }", "switch ($x) { 1 { 'a' }; 2 { 'b' }; {\n$_ -gt 5\n} { 'big' }; foo { 'f' } }"},
		{"switch -file $p { x { } }", "switch -file $p { x {} }"},
		{"try { 1 } catch [System.IO.IOException], [System.Exception] { 2 } catch { 3 } finally { 4 }",
			"try { 1 } catch [System.IO.IOException], [System.Exception] { 2 } catch { 3 } finally { 4 }"},
		{"try {\n 1\n}\ncatch {\n 2\n}\nfinally { 3 }", "try { 1 } catch { 2 } finally { 3 }"},
		{"trap [Exception] { continue }; throw 'x'", "trap [Exception] { continue }\nthrow 'x'"},
		{"return; exit 3; throw", "return\nexit 3\nthrow"},
		{"function f($a, [int]$b = 2) { $a }", "function f($a, [int]$b = 2) {\n$a\n}"},
		{"filter g { $_ }", "filter g {\n$_\n}"},
		{"function Get-X {\n [CmdletBinding()]\n param(\n  [Parameter(Mandatory, Position=0, ValueFromPipeline)]\n  [ValidateSet('a','b')]\n  [string]$Name,\n  [switch]$Force\n )\n begin { 1 }\n process { 2 }\n end { 3 }\n}",
			"function Get-X {\n[CmdletBinding()]\nparam([Parameter(Mandatory, Position = 0, ValueFromPipeline)][ValidateSet('a', 'b')][string]$Name, [switch]$Force)\nbegin { 1 }\nprocess { 2 }\nend { 3 }\n}"},
		{"@{ a = 1; 'b c' = 2\n d = 3 }", "@{ a = 1; 'b c' = 2; d = 3 }"},
		{"[ordered]@{x=1}; [pscustomobject]@{n='v'}", "[ordered]@{ x = 1 }\n[pscustomobject]@{ n = 'v' }"},
		{"@(1; 2) + $(3)", "@( 1; 2 ) + $( 3 )"},
		{"\"a $x ${y z} $env:PATH $(1+2) `$ `t \"\"q\"\"\"", "\"a ${x} ${y z} ${env:PATH} $( 1 + 2 ) `$ \t `\"q`\"\""},
		{"'it''s'", "'it''s'"},
		{"$global:x; $script:y; $_; $?; $$; $^; ${a b}", "$global:x\n$script:y\n$_\n$?\n$$\n$^\n${a b}"},
		{"[System.Collections.Generic.List[string]]::new()", "[System.Collections.Generic.List[string]]::new()"},
		{"$o.$name; $o.'quoted'; [math]::Round(2.5)", "$o.$name\n$o.'quoted'\n[math]::Round(2.5)"},
		{"Write-Output a$b C:\\$x\\y", "Write-Output a${b} C:\\${x}\\y"},
		{"Write-Output `&Get-ChildItem", "Write-Output `&Get-ChildItem"},
		{"Get-X | Where-Object {\n $_.A -like 'Eng*' -and\n $_.B -eq 'WA'\n}", "Get-X | Where-Object {\n$_.A -like 'Eng*' -and $_.B -eq 'WA'\n}"},
		{"1..10\n    | ForEach-Object { $_ }\n    | Sort-Object", "1 .. 10 | ForEach-Object {\n$_\n} | Sort-Object"},
		{"'a' |   # comment\n  Out-Null", "'a' | Out-Null"},
		{"Write-Output `\n  'x' <# block\n comment #> 'y'", "Write-Output 'x' 'y'"},
		{"if (1) { 'a' } 'b'", "if (1) { 'a' }\n'b'"},
		{"function f { } f", "function f {\n\n}\nf"},
	}
	for _, tt := range tests {
		sb := mustParse(t, tt.src)
		if got := sb.String(); got != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.src, got, tt.want)
		}
	}
}
