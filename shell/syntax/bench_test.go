package syntax

import (
	"strings"
	"testing"
)

func BenchmarkBuildParser(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := buildParser(); err != nil {
			b.Fatal(err)
		}
	}
}

// script200 is a 200-line script in the style of an admin report.
var script200 = func() string {
	chunk := `function Get-Report {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)][string]$Name,
        [int]$Limit = 10,
        [switch]$Force
    )
    process {
        $items = Get-Mailbox -ResultSize Unlimited -Filter {Department -eq 'Sales'} |
            Where-Object { $_.Dept -like 'Eng*' -and $_.State -eq 'WA' }
        foreach ($i in $items) {
            if ($i.Size -gt 2GB) { "Big: $($i.Name) $($i.Size / 1MB)" }
            elseif ($i.Size -eq 0) { continue }
            else { '{0,-10} {1:N2}' -f $i.Name, $i.Size }
        }
        $h = [ordered]@{ Name = $Name; Count = @($items).Count }
        [pscustomobject]$h
    }
}
switch -Wildcard ($x) { 'a*' { 1 } default { 2 } }
try { Set-CASMailbox -Identity $id -PopEnabled:$false -ErrorAction Stop } catch { Write-Warning $_ }
`
	n := strings.Count(chunk, "\n")
	return strings.Repeat(chunk, 200/n+1)
}()

func BenchmarkParse200Lines(b *testing.B) {
	if _, err := Parse("", script200); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(script200)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Parse("", script200); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTokenize200Lines(b *testing.B) {
	for i := 0; i < b.N; i++ {
		tokenize("", script200)
	}
}
