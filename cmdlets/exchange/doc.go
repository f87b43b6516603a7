// Package exchange holds psh's Exchange recipient cmdlets: Get-Mailbox,
// Get-User, Get-CASMailbox, Get-Recipient, Set-CASMailbox, Set-User,
// Set-Mailbox, New-Mailbox, Remove-Mailbox, Enable-Mailbox,
// Disable-Mailbox, Get-OrganizationalUnit, New-OrganizationalUnit and
// New-DemoOrganization, over a directory.Store.
//
// Module(open) returns the commands as a pipeline.Module. open is called
// once, by the first cmdlet that needs the directory, so a shell that never
// touches a mailbox never opens the database (psh starts in milliseconds).
//
// -Filter goes through package filter with each cmdlet's own schema
// (directory.FilterSchema); a bad filter is a terminating error with
// Exchange's "Cannot bind parameter 'Filter'" text. Identities resolve as
// exchange-cmdlets.md §2 says (directory.Store.Resolve); an object piped
// into a Set-* cmdlet binds by its GUID, never by its display name.
//
// Changing cmdlets share one directory batch per pipeline: every object is
// changed atomically, a failing object is a non-terminating error that
// leaves it untouched, and the batch commits at the End of the cmdlet that
// opened it (and every few thousand objects, as the store decides), or in
// its Dispose when the pipeline ends early (a throw, break, exit, Ctrl-C,
// Select-Object -First): each object processed stays changed, as in
// Exchange (see writer).
package exchange
