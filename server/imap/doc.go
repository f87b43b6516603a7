// Package imap is psh's IMAP4rev1 server (RFC 3501, with IDLE, UIDPLUS,
// UNSELECT and STARTTLS), built on github.com/emersion/go-imap/v2's
// imapserver. The front end MSExchangeIMAP4 accepts clients on the
// ImapSettings bindings and proxies each session to the back end
// MSExchangeIMAP4BE, which checks the login (package access) and serves
// the mailbox's INBOX from the message store. With the back end stopped a
// client gets "* BYE [UNAVAILABLE]" and the connection closes.
//
// Why go-imap v2 (beta) rather than v1.2.1: v1 is no longer developed and
// needs separate, unmaintained repositories for IDLE and UIDPLUS; v2 has
// them built in, a session interface that maps onto a store with UIDs, and
// exported helpers for envelopes, body structures and sections.
//
// Each mailbox has one folder, INBOX. IDLE sees mail delivered by this
// pshd's SMTP service at once; changes made by another process show at the
// next command (NOOP).
package imap
