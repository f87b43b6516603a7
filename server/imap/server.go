package imap

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"sync"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"

	"github.com/psh-project/psh/server"
	"github.com/psh-project/psh/server/mailsvc"
)

// Config is what the IMAP4 services are built from.
type Config = mailsvc.Config

// Server holds the IMAP4 front end and back end services.
type Server struct {
	cfg      Config
	FrontEnd *server.TCPService
	BackEnd  *server.Backend

	mailsvc.State // the back end's settings and protocol log, read at its start

	mu      sync.Mutex
	imap    *imapserver.Server
	ln      *handoff
	pending map[net.Conn]chan struct{} // closed when the session ends
	perUser map[string]int             // logged-in sessions per mailbox GUID
}

// New returns the two services, stopped.
func New(cfg Config) *Server {
	s := &Server{cfg: cfg, pending: map[net.Conn]chan struct{}{}, perUser: map[string]int{}}
	s.BackEnd = server.NewBackend("MSExchangeIMAP4BE", "Microsoft Exchange IMAP4 Backend", s.startBackEnd, s.stopBackEnd)
	s.FrontEnd = server.NewTCPService("MSExchangeIMAP4", "Microsoft Exchange IMAP4", mailsvc.Listeners(cfg.Mail.ImapSettings, cfg.TLS), s.frontEnd, busy)
	return s
}

func busy(c net.Conn) {
	fmt.Fprint(c, "* BYE [UNAVAILABLE] Too many connections; try again later.\r\n")
}

func (s *Server) startBackEnd(ctx context.Context) error {
	st, err := s.Start(ctx, s.cfg.Mail.ImapSettings, s.cfg.LogDir, "Imap4", "IMAP4BE")
	if err != nil {
		return err
	}
	srv := imapserver.New(&imapserver.Options{
		NewSession: s.newSession,
		Caps: imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIdle: {}, imap.CapUIDPlus: {}, imap.CapUnselect: {},
			imap.CapNamespace: {}, imap.CapLiteralMinus: {}},
		Logger:       logAdapter{s.cfg.Log},
		TLSConfig:    s.cfg.TLS,
		InsecureAuth: st.LoginType.AllowsPlainText(),
	})
	ln := newHandoff()
	s.mu.Lock()
	s.imap, s.ln = srv, ln
	s.mu.Unlock()
	go srv.Serve(ln)
	return nil
}

func (s *Server) stopBackEnd() {
	s.mu.Lock()
	srv := s.imap
	s.imap, s.ln = nil, nil
	s.mu.Unlock()
	if srv != nil {
		srv.Close()
	}
	s.Stop()
}

type logAdapter struct{ l *slog.Logger }

func (a logAdapter) Printf(format string, args ...any) {
	a.l.Warn("imap: " + fmt.Sprintf(format, args...))
}

// frontEnd proxies one client session to the back end: it hands the
// connection to the back end's IMAP server and waits until the session
// ends, or answers BYE when the back end is stopped.
func (s *Server) frontEnd(ctx context.Context, c net.Conn) {
	ok := s.BackEnd.Serve(c, func(beCtx context.Context) {
		done := make(chan struct{})
		s.mu.Lock()
		ln := s.ln
		s.pending[c] = done
		s.mu.Unlock()
		defer func() {
			s.mu.Lock()
			delete(s.pending, c)
			s.mu.Unlock()
		}()
		if ln == nil || !ln.push(c) {
			fmt.Fprint(c, "* BYE [UNAVAILABLE] The Microsoft Exchange IMAP4 Backend service is unavailable; try again later.\r\n")
			return
		}
		select {
		case <-done:
		case <-beCtx.Done():
		case <-ctx.Done():
		}
	})
	if !ok {
		fmt.Fprint(c, "* BYE [UNAVAILABLE] The Microsoft Exchange IMAP4 Backend service is unavailable; try again later.\r\n")
	}
}

// ended tells the front end that the session on c is over.
func (s *Server) ended(c net.Conn) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if ch, ok := s.pending[c]; ok {
		close(ch)
		delete(s.pending, c)
	}
}

// admit counts a logged-in session of the mailbox; false when the mailbox
// already has MaxConnectionsPerUser sessions (0: unlimited).
func (s *Server) admit(guid string) bool {
	max := s.Settings.Load().MaxConnectionsPerUser
	s.mu.Lock()
	defer s.mu.Unlock()
	if max > 0 && s.perUser[guid] >= max {
		return false
	}
	s.perUser[guid]++
	return true
}

// release uncounts a session admit counted.
func (s *Server) release(guid string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.perUser[guid]--; s.perUser[guid] <= 0 {
		delete(s.perUser, guid)
	}
}
