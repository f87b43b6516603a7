# ConvertTo-Json of 100,000 objects (issue 3 target: <= 1 s); the JSON is written to a
# temp directory and read back with ConvertFrom-Json.
$dir = Join-Path $(if ($env:TMPDIR) { $env:TMPDIR } else { "/tmp" }) "psh-core-json-$PID"
$null = New-Item -ItemType Directory $dir -Force
$file = Join-Path $dir 'out.json'
$objs = foreach ($i in 1..100000) { [pscustomobject]@{ Id = $i; Name = "user$i"; Active = ($i % 2 -eq 0); Score = $i * 1.5 } }
$t = Measure-Command { $objs | ConvertTo-Json -Compress | Set-Content $file }
$r = Measure-Command { $back = Get-Content $file -Raw | ConvertFrom-Json }
"to-json: $([math]::Round($t.TotalSeconds, 3)) s, from-json: $([math]::Round($r.TotalSeconds, 3)) s, objects: $($back.Count)"
Remove-Item $dir -Recurse
