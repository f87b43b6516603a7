// Package control is the client side of pshd's control socket, and the wire
// types both sides share: the *-Service cmdlets import it to list, start,
// stop and restart pshd's services without importing the server itself.
//
// The socket is a Unix stream socket, mode 0600 in a 0700 folder, so only
// the user who runs pshd can use it. Each request is one JSON object on one
// line; each answer is one JSON object on one line. DefaultPath says where
// the socket lives.
package control
