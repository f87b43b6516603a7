# Issue 11: POP3 on or off for every mailbox (each change scope-checked and audited); compare CPU with the commit before RBAC.
$on = (Get-CASMailbox -ResultSize 2 -WarningAction SilentlyContinue | Select-Object -Last 1).PopEnabled
Get-CASMailbox -ResultSize Unlimited | Set-CASMailbox -PopEnabled (-not $on) -WarningAction SilentlyContinue
