# 100,000 [pscustomobject] records built in a loop, filtered and counted (issue 2 target: <= 0.4 s)
$depts = 'Engineering', 'Sales', 'Engineering-QA', 'Finance'
$states = 'WA', 'OR', 'CA', 'NY'
$records = foreach ($i in 1..100000) {
    [pscustomobject]@{ Name = "user$i"; Dept = $depts[$i % 4]; State = $states[$i % 3] }
}
@($records | Where-Object { $_.Dept -like 'Eng*' -and $_.State -eq 'WA' }).Count
