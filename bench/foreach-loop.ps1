# $s += $i * 2 over a million items (issue 2 target: <= 0.1 s)
$s = 0; foreach ($i in 1..1000000) { $s += $i * 2 }; $s
