// Package smtp is the receive service MSExchangeFrontEndTransport: an SMTP
// server (github.com/emersion/go-smtp) that accepts mail for the
// organization's mailboxes and stores it in the message store. It does not
// relay: a recipient that is no mailbox of the directory is refused with
// 550 5.1.1. A message is stored, in one transaction per recipient, before
// the 250 reply to DATA, so a stop or a crash never loses accepted mail.
package smtp
