# Issue 14: a range at the head of a pipeline stops at Select-Object -First (target: < 10 ms after start-up).
1..1000000000 | Select-Object -First 2
