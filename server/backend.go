package server

import (
	"context"
	"net"
	"sync"
)

// Backend is a Service that serves the sessions its front end hands it
// (MSExchangePOP3BE, MSExchangeIMAP4BE). The front end accepts the client
// and proxies the session to the back end in the same process: it passes
// the connection, already TLS-wrapped for an implicit-TLS binding. When the
// back end is stopped, Serve refuses and the front end answers the
// protocol's "temporarily unavailable" reply. Stopping the back end ends
// its sessions.
type Backend struct {
	name, displayName string
	start             func(ctx context.Context) error
	stop              func()

	mu     sync.Mutex
	status Status
	life   context.Context
	cancel context.CancelFunc
	conns  map[net.Conn]struct{}
	wg     sync.WaitGroup
}

// NewBackend returns a stopped Backend. start (may be nil) runs at each
// Start, before sessions are accepted: it reads the settings. stop (may be
// nil) runs after the last session ended.
func NewBackend(name, displayName string, start func(ctx context.Context) error, stop func()) *Backend {
	return &Backend{name: name, displayName: displayName, start: start, stop: stop, status: Stopped}
}

// Name returns the service name.
func (b *Backend) Name() string { return b.name }

// DisplayName returns the display name.
func (b *Backend) DisplayName() string { return b.displayName }

// Status returns Running or Stopped.
func (b *Backend) Status() Status {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.status
}

// Start runs the start function and begins accepting sessions.
func (b *Backend) Start(ctx context.Context) error {
	if b.start != nil {
		if err := b.start(ctx); err != nil {
			return err
		}
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.life, b.cancel = context.WithCancel(context.Background())
	b.conns = map[net.Conn]struct{}{}
	b.status = Running
	return nil
}

// Serve runs session for c while the back end runs, with a context that
// ends when the back end stops. It returns false at once, without calling
// session, when the back end is not running.
func (b *Backend) Serve(c net.Conn, session func(ctx context.Context)) bool {
	b.mu.Lock()
	if b.status != Running {
		b.mu.Unlock()
		return false
	}
	b.conns[c] = struct{}{}
	b.wg.Add(1)
	ctx := b.life
	b.mu.Unlock()
	defer func() {
		b.mu.Lock()
		delete(b.conns, c)
		b.mu.Unlock()
		b.wg.Done()
	}()
	session(ctx)
	return true
}

// Stop refuses new sessions, closes the open ones and waits for them.
func (b *Backend) Stop(ctx context.Context) error {
	b.mu.Lock()
	if b.status != Running {
		b.mu.Unlock()
		return nil
	}
	b.status = StopPending
	b.cancel()
	for c := range b.conns {
		c.Close()
	}
	b.mu.Unlock()
	done := make(chan struct{})
	go func() { b.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
		return ctx.Err()
	}
	if b.stop != nil {
		b.stop()
	}
	b.mu.Lock()
	b.status, b.conns = Stopped, nil
	b.mu.Unlock()
	return nil
}
