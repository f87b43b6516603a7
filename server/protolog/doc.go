// Package protolog writes a service's protocol log: one line per event
// (connect, command, login, refusal with its reason, disconnect) in a file
// per day under the log folder, as Exchange's POP3 and IMAP4 protocol logs.
// Passwords are never written: a PASS or LOGIN line is logged without its
// argument.
package protolog
