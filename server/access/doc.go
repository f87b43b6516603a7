// Package access decides who may log in to the POP3 and IMAP4 back ends.
// It reads the recipient directory at every login, never a copy (DESIGN.md
// decision 12): a change made by Set-CASMailbox, Remove-Mailbox or
// Disable-Mailbox applies to the next login at once, with no restart.
// Sessions already logged in keep going until they end or the service
// restarts (Restart-Service, as Exchange's procedure says).
//
// The rules, in order: the login name must name one user mailbox (by UPN,
// primary SMTP address, domain\alias or alias); the Administrator mailbox
// is always refused (Exchange 2016 and later); the protocol must be enabled
// for the mailbox (PopEnabled, ImapEnabled); the password must match the
// stored bcrypt hash. A refusal carries the rule that refused, for the
// protocol log; clients are told only that the login failed.
package access
