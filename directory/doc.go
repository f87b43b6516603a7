// Package directory is psh's recipient store: the users, mailboxes and
// organizational units that the Exchange cmdlets (Get-Mailbox, Get-User,
// Get-CASMailbox, Get-Recipient, Set-CASMailbox, New-Mailbox, ...) read and
// change.
//
// The Store interface is implemented on SQLite (modernc.org/sqlite, pure Go)
// by Open. The database runs in WAL mode with a busy timeout so several psh
// processes can share one file; every write transaction starts IMMEDIATE, so a
// read-modify-write inside a Batch never loses a concurrent update. The schema
// is versioned with PRAGMA user_version and migrated on Open.
//
// Records are Recipient values. The objects the Get-* cmdlets emit are views
// over a record (Mailbox, User, CASMailbox, ReducedRecipient), each exposing
// exactly the properties Exchange shows for that cmdlet.
//
// A Query reads whole records unless its View says the results only become
// CASMailbox objects; then it reads only those columns (Batch.ModifyFrom
// reads such a partial record again before changing it). Changes write only
// the columns that differ, guarded by the record's version, so a stale
// snapshot is read again instead of overwriting a concurrent change.
//
// Queries take an OPATH program from package filter; FilterSchema returns the
// filterable-property schema of each cmdlet, SQLMapping tells the filter
// package which column holds each property, and Property is the getter for
// in-memory matching. Filter values are always bound parameters.
//
// Identity resolution follows Exchange: name, alias, email address (primary
// or secondary), distinguished name, canonical name, GUID, domain\SamAccountName
// and user principal name. A missing identity is a *NotFoundError, several
// matches an *AmbiguousError; both carry Exchange's message text.
//
// The Administrator mailbox can never use POP3 or IMAP4: AdministratorRule
// tells a cmdlet when to warn, and the store refuses to persist PopEnabled or
// ImapEnabled = true for it.
//
// DemoOrganization builds a deterministic contoso.com organization; Seed loads
// it into a store in one transaction.
package directory
