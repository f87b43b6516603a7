# Issue 5 benchmark 4: one mailbox by name in a fresh process (target <= 20 ms).
Get-Mailbox "Rand Zaher"
