# 1..1000000 | ForEach-Object { $_ * 2 } | Measure-Object -Sum (issue 2 target: <= 0.25 s)
(1..1000000 | ForEach-Object { $_ * 2 } | Measure-Object -Sum).Sum
