package server

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	"sync"
	"sync/atomic"
)

// Listeners is what a TCPService listens on, read at each Start so that
// changed settings take effect at the service's restart.
type Listeners struct {
	Plain          []string    // host:port for clear text (and STARTTLS) clients
	TLS            []string    // host:port for implicit-TLS clients
	TLSConfig      *tls.Config // required when TLS is not empty
	MaxConnections int         // 0: unlimited; over it, Busy answers and the connection closes
}

// ConnHandler serves one accepted connection until the client leaves or ctx
// (the service's life) ends. For an implicit-TLS binding, c is a *tls.Conn
// whose handshake is done by the handler's first read.
type ConnHandler func(ctx context.Context, c net.Conn)

// TCPService is a Service that accepts connections on its Listeners and
// runs a handler for each; Stop closes the listeners and the open
// connections and waits for the handlers to return.
type TCPService struct {
	name, displayName string
	config            func() (Listeners, error)
	handle            ConnHandler
	busy              func(c net.Conn)

	mu     sync.Mutex
	status Status
	lns    []net.Listener
	conns  map[net.Conn]struct{}
	cancel context.CancelFunc
	wg     sync.WaitGroup
	open   atomic.Int64
	addrs  []net.Addr
}

// NewTCPService returns a stopped TCPService. config is called at each
// Start; busy (may be nil) writes the protocol's refusal to a connection
// over MaxConnections before it is closed.
func NewTCPService(name, displayName string, config func() (Listeners, error), handle ConnHandler, busy func(c net.Conn)) *TCPService {
	return &TCPService{name: name, displayName: displayName, config: config, handle: handle, busy: busy, status: Stopped}
}

// Name returns the service name.
func (s *TCPService) Name() string { return s.name }

// DisplayName returns the display name.
func (s *TCPService) DisplayName() string { return s.displayName }

// Status returns Running or Stopped.
func (s *TCPService) Status() Status {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.status
}

// Addrs returns the addresses listened on while running (plain first),
// which tells tests the ports the OS chose for ":0".
func (s *TCPService) Addrs() []net.Addr {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]net.Addr(nil), s.addrs...)
}

// Start opens every listener; if one fails the others are closed again.
func (s *TCPService) Start(ctx context.Context) error {
	cfg, err := s.config()
	if err != nil {
		return err
	}
	if len(cfg.TLS) > 0 && cfg.TLSConfig == nil {
		return errors.New("TLS bindings are configured but no certificate is loaded")
	}
	var lns []net.Listener
	var lc net.ListenConfig
	fail := func(err error) error {
		for _, l := range lns {
			l.Close()
		}
		return err
	}
	for _, a := range cfg.Plain {
		l, err := lc.Listen(ctx, "tcp", a)
		if err != nil {
			return fail(err)
		}
		lns = append(lns, l)
	}
	for _, a := range cfg.TLS {
		l, err := lc.Listen(ctx, "tcp", a)
		if err != nil {
			return fail(err)
		}
		lns = append(lns, tls.NewListener(l, cfg.TLSConfig))
	}
	life, cancel := context.WithCancel(context.Background())
	s.mu.Lock()
	s.lns, s.cancel, s.status = lns, cancel, Running
	s.conns = map[net.Conn]struct{}{}
	s.addrs = s.addrs[:0]
	for _, l := range lns {
		s.addrs = append(s.addrs, l.Addr())
		s.wg.Add(1)
		go s.accept(life, l, cfg.MaxConnections)
	}
	s.mu.Unlock()
	return nil
}

func (s *TCPService) accept(ctx context.Context, l net.Listener, max int) {
	defer s.wg.Done()
	for {
		c, err := l.Accept()
		if err != nil {
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				continue
			}
			return
		}
		if max > 0 && s.open.Load() >= int64(max) {
			if s.busy != nil {
				s.busy(c)
			}
			c.Close()
			continue
		}
		if !s.track(c) {
			c.Close()
			return
		}
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			defer s.untrack(c)
			s.handle(ctx, c)
		}()
	}
}

func (s *TCPService) track(c net.Conn) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.status != Running {
		return false
	}
	s.conns[c] = struct{}{}
	s.open.Add(1)
	return true
}

func (s *TCPService) untrack(c net.Conn) {
	c.Close()
	s.mu.Lock()
	delete(s.conns, c)
	s.mu.Unlock()
	s.open.Add(-1)
}

// Stop closes the listeners, cancels the handlers' context, closes the open
// connections and waits for the handlers (or ctx).
func (s *TCPService) Stop(ctx context.Context) error {
	s.mu.Lock()
	if s.status != Running {
		s.mu.Unlock()
		return nil
	}
	s.status = StopPending
	for _, l := range s.lns {
		l.Close()
	}
	s.cancel()
	for c := range s.conns {
		c.Close()
	}
	s.mu.Unlock()
	done := make(chan struct{})
	go func() { s.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
		return ctx.Err()
	}
	s.mu.Lock()
	s.status, s.lns, s.conns = Stopped, nil, nil
	s.mu.Unlock()
	return nil
}
