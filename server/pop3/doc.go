// Package pop3 is psh's POP3 server (RFC 1939, with CAPA, UIDL, TOP and
// the RESP-CODES / AUTH-RESP-CODE extensions of RFC 2449 and STLS of RFC
// 2595): the front end MSExchangePOP3 accepts clients on the
// UnencryptedOrTLSBindings and SSLBindings of the PopSettings, and proxies
// each session to the back end MSExchangePOP3BE, which checks the login
// against the directory (package access) and serves the mailbox from the
// message store. With the back end stopped, a client gets
// "-ERR [SYS/TEMP]" and the connection closes.
//
// Deleted messages are removed only when the client ends the session with
// QUIT (the UPDATE state), so a session cut by SIGTERM, a restart or a
// network failure loses nothing.
package pop3
