// Package server is pshd's service host: the Service interface every
// service implements (the POP3 and IMAP4 front and back ends, the SMTP
// receive service, the web admin center), the Host that owns them and
// starts, stops and restarts them by name, a generic HTTP service and a
// generic TCP listener service, the TLS certificate helper (a self-signed
// certificate made on first start, or configured files), and the local
// control socket the *-Service cmdlets talk to (its client and wire types
// live in server/control so cmdlets need not import this package).
//
// Services are named as Exchange's (MSExchangePOP3, MSExchangePOP3BE,
// MSExchangeIMAP4, MSExchangeIMAP4BE, MSExchangeFrontEndTransport). Each has
// its own listeners and state; stopping one never touches another.
package server
