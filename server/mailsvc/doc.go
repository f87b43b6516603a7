// Package mailsvc holds what the POP3 and IMAP4 services share: reading
// their protocol settings into listeners at the front end's start, and
// opening the protocol log at the back end's start.
package mailsvc
