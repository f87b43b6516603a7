# Issue 5 benchmark 1: build a 100,000-recipient organization (target <= 20 s).
New-DemoOrganization -Users 100000
