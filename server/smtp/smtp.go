package smtp

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"sync"
	"time"

	gosmtp "github.com/emersion/go-smtp"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/mailstore"
	"github.com/psh-project/psh/server"
	"github.com/psh-project/psh/server/access"
)

// Config is what the receive service is built from.
type Config struct {
	Directory       *access.Directory
	Mail            *mailstore.Store
	Bindings        []string // host:port
	Domain          string   // the name in the greeting
	MaxMessageBytes int64
	Log             *slog.Logger
}

// Service is MSExchangeFrontEndTransport.
type Service struct {
	cfg Config

	mu     sync.Mutex
	srv    *gosmtp.Server
	addrs  []net.Addr
	done   sync.WaitGroup
	status server.Status
}

// New returns the stopped service.
func New(cfg Config) *Service { return &Service{cfg: cfg, status: server.Stopped} }

// Name returns MSExchangeFrontEndTransport.
func (s *Service) Name() string { return "MSExchangeFrontEndTransport" }

// DisplayName returns Exchange's display name.
func (s *Service) DisplayName() string { return "Microsoft Exchange Frontend Transport" }

// Status returns Running or Stopped.
func (s *Service) Status() server.Status {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.status
}

// Addrs returns the addresses listened on while running.
func (s *Service) Addrs() []net.Addr {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]net.Addr(nil), s.addrs...)
}

// Start opens the listeners.
func (s *Service) Start(ctx context.Context) error {
	srv := gosmtp.NewServer(gosmtp.BackendFunc(func(c *gosmtp.Conn) (gosmtp.Session, error) {
		return &session{s: s, remote: c.Conn().RemoteAddr().String()}, nil
	}))
	srv.Domain = s.cfg.Domain
	srv.MaxMessageBytes = s.cfg.MaxMessageBytes
	srv.MaxRecipients = 500
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Minute, time.Minute
	srv.ErrorLog = slogAdapter{s.cfg.Log}
	var lc net.ListenConfig
	var lns []net.Listener
	for _, a := range s.cfg.Bindings {
		l, err := lc.Listen(ctx, "tcp", a)
		if err != nil {
			for _, o := range lns {
				o.Close()
			}
			return err
		}
		lns = append(lns, l)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.srv, s.status, s.addrs = srv, server.Running, nil
	for _, l := range lns {
		s.addrs = append(s.addrs, l.Addr())
		s.done.Add(1)
		go func() {
			defer s.done.Done()
			srv.Serve(l)
		}()
	}
	return nil
}

// Stop closes the listeners and the open sessions; a message whose DATA
// was not complete is not stored (its sender retries).
func (s *Service) Stop(ctx context.Context) error {
	s.mu.Lock()
	srv := s.srv
	s.srv = nil
	s.mu.Unlock()
	if srv == nil {
		return nil
	}
	srv.Close()
	s.done.Wait()
	s.mu.Lock()
	s.status = server.Stopped
	s.mu.Unlock()
	return nil
}

type slogAdapter struct{ l *slog.Logger }

func (a slogAdapter) Printf(format string, v ...any) { a.l.Warn("smtp: " + fmt.Sprintf(format, v...)) }
func (a slogAdapter) Println(v ...any)               { a.l.Warn("smtp: " + fmt.Sprint(v...)) }

type session struct {
	s      *Service
	remote string
	from   string
	rcpts  []*directory.Recipient
}

func (ss *session) Reset()        { ss.from, ss.rcpts = "", nil }
func (ss *session) Logout() error { return nil }

func (ss *session) Mail(from string, _ *gosmtp.MailOptions) error {
	ss.from = from
	return nil
}

func (ss *session) Rcpt(to string, _ *gosmtp.RcptOptions) error {
	r, err := ss.s.cfg.Directory.Mailbox(context.Background(), to)
	if err != nil {
		ss.s.cfg.Log.Error("SMTP recipient lookup failed", "to", to, "err", err)
		return &gosmtp.SMTPError{Code: 451, EnhancedCode: gosmtp.EnhancedCode{4, 3, 0}, Message: "The directory is unavailable; try again later."}
	}
	if r == nil {
		return &gosmtp.SMTPError{Code: 550, EnhancedCode: gosmtp.EnhancedCode{5, 1, 1}, Message: "Recipient not found: " + to + " is no mailbox of this organization."}
	}
	ss.rcpts = append(ss.rcpts, r)
	return nil
}

func (ss *session) Data(r io.Reader) error {
	body, err := io.ReadAll(r)
	if err != nil {
		var se *gosmtp.SMTPError
		if errors.As(err, &se) {
			return se
		}
		return err
	}
	body = withReceived(normalizeCRLF(body), ss.remote, ss.s.cfg.Domain)
	now := time.Now()
	for _, rc := range ss.rcpts {
		if _, err := ss.s.cfg.Mail.Deliver(context.Background(), rc.Guid.String(), body, nil, now); err != nil {
			ss.s.cfg.Log.Error("SMTP delivery failed", "to", rc.Identity, "err", err)
			return &gosmtp.SMTPError{Code: 451, EnhancedCode: gosmtp.EnhancedCode{4, 3, 0}, Message: "The message store is unavailable; try again later."}
		}
	}
	return nil
}

// normalizeCRLF makes every line end in CRLF.
func normalizeCRLF(b []byte) []byte {
	if !bytes.Contains(b, []byte("\n")) {
		return b
	}
	b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))
}

// withReceived prepends a Received header.
func withReceived(body []byte, remote, domain string) []byte {
	host, _, _ := strings.Cut(remote, ":")
	if h, _, err := net.SplitHostPort(remote); err == nil {
		host = h
	}
	hdr := fmt.Sprintf("Received: from [%s] by %s with ESMTP; %s\r\n", host, domain, time.Now().Format(time.RFC1123Z))
	return append([]byte(hdr), body...)
}
