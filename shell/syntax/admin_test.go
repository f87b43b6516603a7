package syntax

import "testing"

// adminLines are constructs common in real admin scripts; each must parse
// and survive a print/parse round trip.
var adminLines = []string{
	"Get-Mailbox | Select-Object Name, @{n='SizeMB';e={$_.Size / 1MB}} | Export-Csv x.csv -NoTypeInformation",
	"$x = \"Department -eq '$dept'\"",
	"[void]$list.Add(1); $null = foo",
	"if (-not (Test-Path $p)) { New-Item $p -ItemType Directory | Out-Null }",
	"$a = @(); $a += 1; $a[-1]; $s[0..2] -join ''",
	"Write-Host \"a\" -ForegroundColor Green # trailing comment",
	"$obj | Add-Member -MemberType NoteProperty -Name X -Value 1",
	"Remove-Mailbox -Identity x -Confirm:$false -WhatIf",
	"$h.Keys | ForEach-Object { \"$_=$($h[$_])\" }",
	"exit $LASTEXITCODE",
	"Get-ChildItem -Path . -Recurse -Filter *.ps1; cd ..",
	"$env:Path -split ';'; @(Get-Process).Count",
	"[string]::Join(',', $arr); $x -is [int]; $x -as [int]",
	"& \"$PSScriptRoot\\helper.ps1\" -Verbose",
	"function Test { [OutputType([string])] param([string[]]$Names = @('a','b')) $Names }",
	"while (($line = $reader.ReadLine()) -ne $null) { $line }",
	"foo 2>$null; foo > $null 2>&1",
	"$h = @{\n  # comment\n  Name = 'x'   # trailing\n  Age  = 3\n}",
	"if ($PSCmdlet.ShouldProcess($x)) { Set-Thing $x }",
	"\"Value: $($obj.Prop.Sub[0])\"; $x.psobject.Properties.Name",
	"Write-Output (Get-Date).Year; Write-Output $x.Count",
	"switch ($x) { {$_ -gt 1} { 'a'; break } default { 'b' } }",
	"try { foo } catch [System.Management.Automation.CommandNotFoundException] { $_.Exception.Message }",
	"Get-Mailbox -ResultSize Unlimited | Where-Object { $_.ProhibitSendQuota -ne 'Unlimited' } | Sort-Object TotalItemSize -Descending | Select-Object -First 10",
	"$size = [long]($s -replace '.*\\(([\\d,]+) bytes\\).*','$1' -replace ',','')",
	"Set-Mailbox -Identity $u -ProhibitSendQuota 2GB -IssueWarningQuota 1.5GB",
	"$users | ForEach-Object -Begin { $n = 0 } -Process { $n++ } -End { $n }",
	"$x = switch ($y) { 1 { 'one' } 2 { 'two' } }",
	"$x = foreach ($i in 1..3) { $i * 2 }",
	"$result = try { 1 } catch { 2 }",
	"[pscustomobject]@{ Name = $m.Name; Size = \"{0:N2} MB\" -f ($m.Size / 1MB) }",
	"Get-Content .\\users.txt | ForEach-Object { Get-User $_ } | Format-Table -AutoSize",
	"$list = New-Object System.Collections.Generic.List[string]",
	"$sb = { param($a) $a * 2 }; & $sb 3; $sb.Invoke(4)",
	"function f { begin { $t = 0 } process { $t += $_ } end { $t } }",
	"$a, $b = $b, $a",
	"if ($x) { 'a' }\nelseif ($y) { 'b' }\nelse { 'c' }",
	"$x = $a -and\n  $b",
	"Get-Item `\n  -Path x",
	"$i++; $i--; ++$i; --$i; $h.Count++",
}

func TestAdminLines(t *testing.T) {
	for _, src := range adminLines {
		a, err := Parse("", src)
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		out := a.String()
		b, err := Parse("", out)
		if err != nil {
			t.Errorf("%q printed as %q: %v", src, out, err)
			continue
		}
		if Dump(a) != Dump(b) {
			t.Errorf("%q: round trip changed the tree:\n%s\n%s", src, Dump(a), Dump(b))
		}
	}
}
