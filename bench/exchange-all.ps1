# Issue 14: count every mailbox (target <= 2x bench/sqlpeer count).
(Get-Mailbox -ResultSize Unlimited).Count
