package pop3

import (
	"context"
	"fmt"
	"net"
	"sync"

	"github.com/psh-project/psh/server"
	"github.com/psh-project/psh/server/mailsvc"
)

// Config is what the POP3 services are built from.
type Config = mailsvc.Config

// Server holds the POP3 front end and back end services and their shared
// state (settings read at start, maildrop locks).
type Server struct {
	cfg      Config
	FrontEnd *server.TCPService
	BackEnd  *server.Backend

	mailsvc.State // the back end's settings and protocol log, read at its start

	mu     sync.Mutex
	locked map[string]bool // mailbox GUIDs with a session in TRANSACTION state
}

// New returns the two services, stopped.
func New(cfg Config) *Server {
	s := &Server{cfg: cfg, locked: map[string]bool{}}
	s.BackEnd = server.NewBackend("MSExchangePOP3BE", "Microsoft Exchange POP3 Backend", s.startBackEnd, s.stopBackEnd)
	s.FrontEnd = server.NewTCPService("MSExchangePOP3", "Microsoft Exchange POP3", mailsvc.Listeners(cfg.Mail.PopSettings, cfg.TLS), s.frontEnd, busy)
	return s
}

func (s *Server) startBackEnd(ctx context.Context) error {
	_, err := s.Start(ctx, s.cfg.Mail.PopSettings, s.cfg.LogDir, "Pop3", "POP3BE")
	return err
}

func (s *Server) stopBackEnd() { s.Stop() }

// busy answers a client over MaxConnections.
func busy(c net.Conn) {
	fmt.Fprint(c, "-ERR [SYS/TEMP] Too many connections; try again later.\r\n")
}

// frontEnd proxies one client session to the back end, or answers that
// the service is unavailable.
func (s *Server) frontEnd(ctx context.Context, c net.Conn) {
	if !s.BackEnd.Serve(c, func(ctx context.Context) { s.session(ctx, c) }) {
		fmt.Fprint(c, "-ERR [SYS/TEMP] The Microsoft Exchange POP3 Backend service is unavailable; try again later.\r\n")
	}
}

// lock takes the maildrop lock of a mailbox (RFC 1939: one session at a
// time) and counts its sessions.
func (s *Server) lock(guid string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.locked[guid] {
		return false
	}
	s.locked[guid] = true
	return true
}

func (s *Server) unlock(guid string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.locked, guid)
}
