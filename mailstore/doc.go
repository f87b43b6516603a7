// Package mailstore keeps the contents of the mailboxes: messages with
// their UIDs, flags, sizes and arrival times, each mailbox's UIDVALIDITY
// and next UID, its last logon time, and the POP3/IMAP4 protocol settings.
//
// Layout: one SQLite file (modernc.org/sqlite, WAL) beside the directory
// file (directory.db -> directory.mail.db), with a row per message keyed by
// (mailbox GUID, UID). Why SQLite rather than Maildir or a file per
// mailbox:
//
//   - pshd delivers and psh reads (Get-MailboxStatistics) at the same time
//     from two processes; SQLite's WAL gives both a consistent view with
//     atomic commits, so a killed process never leaves half a message or a
//     UID handed out twice, which Maildir only approximates with renames and
//     a separate UID list.
//   - UIDs, UIDVALIDITY, flags and sizes are columns: STAT, LIST, UIDL and
//     IMAP's FETCH of flags and sizes read an index, never the messages.
//   - the directory already uses the same driver, so there is no new
//     dependency, and one file is one thing to back up with the directory.
//
// A mailbox is identified by its directory GUID; it has one folder, INBOX.
// Within one process, Watch tells an IMAP IDLE session when mail arrives.
package mailstore
