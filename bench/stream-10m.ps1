# 1..10000000 | ForEach-Object { $_ } | Out-Null: nothing is materialised (issue 2 target: peak RSS <= 64 MB)
1..10000000 | ForEach-Object { $_ } | Out-Null
