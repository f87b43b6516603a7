package imap

import (
	"net"
	"sync"
)

// handoff is a net.Listener whose connections are handed to it by the
// front end instead of accepted from the network.
type handoff struct {
	ch     chan net.Conn
	once   sync.Once
	closed chan struct{}
}

func newHandoff() *handoff {
	return &handoff{ch: make(chan net.Conn), closed: make(chan struct{})}
}

// push hands c to the server; false when the listener is closed.
func (h *handoff) push(c net.Conn) bool {
	select {
	case h.ch <- c:
		return true
	case <-h.closed:
		return false
	}
}

// Accept returns the next handed-over connection.
func (h *handoff) Accept() (net.Conn, error) {
	select {
	case c := <-h.ch:
		return c, nil
	case <-h.closed:
		return nil, net.ErrClosed
	}
}

// Close stops Accept.
func (h *handoff) Close() error {
	h.once.Do(func() { close(h.closed) })
	return nil
}

// Addr names the listener.
func (h *handoff) Addr() net.Addr { return handoffAddr{} }

type handoffAddr struct{}

func (handoffAddr) Network() string { return "handoff" }
func (handoffAddr) String() string  { return "front end" }
