package server

import (
	"context"
	"crypto/tls"
	"net"
	"net/http"
	"sync"
	"time"
)

// HTTPService is a Service serving an http.Handler on one address, over TLS
// when a configuration is given (the web admin center is one).
type HTTPService struct {
	name, displayName, addr string
	handler                 http.Handler
	tlsConfig               *tls.Config

	mu     sync.Mutex
	srv    *http.Server
	ln     net.Listener
	done   chan struct{}
	status Status
}

// NewHTTPService returns a stopped HTTPService for handler on addr
// (host:port); tlsConfig nil serves plain HTTP.
func NewHTTPService(name, displayName, addr string, handler http.Handler, tlsConfig *tls.Config) *HTTPService {
	return &HTTPService{name: name, displayName: displayName, addr: addr, handler: handler, tlsConfig: tlsConfig, status: Stopped}
}

// Name returns the service name.
func (s *HTTPService) Name() string { return s.name }

// DisplayName returns the display name.
func (s *HTTPService) DisplayName() string { return s.displayName }

// Status returns Running or Stopped.
func (s *HTTPService) Status() Status {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.status
}

// Addr returns the address listened on while running (the port the OS
// chose for ":0"), or nil.
func (s *HTTPService) Addr() net.Addr {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln == nil {
		return nil
	}
	return s.ln.Addr()
}

// Start opens the listener and serves in the background.
func (s *HTTPService) Start(ctx context.Context) error {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", s.addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: s.handler, ReadHeaderTimeout: 30 * time.Second, TLSConfig: s.tlsConfig}
	done := make(chan struct{})
	s.mu.Lock()
	s.srv, s.ln, s.done, s.status = srv, ln, done, Running
	s.mu.Unlock()
	go func() {
		defer close(done)
		// Serve returns http.ErrServerClosed after Shutdown; a listener
		// failure before that ends the service the same way.
		if s.tlsConfig != nil {
			_ = srv.ServeTLS(ln, "", "")
		} else {
			_ = srv.Serve(ln)
		}
		s.mu.Lock()
		s.status = Stopped
		s.mu.Unlock()
	}()
	return nil
}

// Stop shuts the server down gracefully: requests under way finish unless
// ctx ends first, when the connections are closed.
func (s *HTTPService) Stop(ctx context.Context) error {
	s.mu.Lock()
	srv, done := s.srv, s.done
	if srv == nil {
		s.mu.Unlock()
		return nil
	}
	s.status = StopPending
	s.mu.Unlock()
	err := srv.Shutdown(ctx)
	if err != nil {
		srv.Close()
	}
	<-done
	s.mu.Lock()
	s.srv, s.ln, s.status = nil, nil, Stopped
	s.mu.Unlock()
	return err
}
