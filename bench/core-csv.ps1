# Import-Csv of a 100,000-row, 8-column file piped to Where-Object and Export-Csv
# (issue 3 target: <= 1 s for the import/filter/export; the input is generated first
# in a temp directory and the phase time is printed).
$dir = Join-Path $(if ($env:TMPDIR) { $env:TMPDIR } else { "/tmp" }) "psh-core-csv-$PID"
$null = New-Item -ItemType Directory $dir -Force
$in = Join-Path $dir 'in.csv'
$out = Join-Path $dir 'out.csv'
$depts = 'Engineering', 'Sales', 'Finance', 'Ops'
$lines = foreach ($i in 1..100000) { "user$i,$($depts[$i % 4]),$($i % 90),WA,Seattle,$i@example.com,555-$i,$($i * 3)" }
Set-Content $in -Value (@('Name,Dept,Age,State,City,Mail,Phone,Score') + $lines)
$t = Measure-Command { Import-Csv $in | Where-Object Dept -eq 'Sales' | Export-Csv $out }
"import/where/export: $([math]::Round($t.TotalSeconds, 3)) s, rows out: $((Get-Content $out).Count - 1)"
Remove-Item $dir -Recurse
