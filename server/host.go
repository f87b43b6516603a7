package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"

	"github.com/psh-project/psh/server/control"
)

// Host owns pshd's services: it starts the Automatic ones, starts, stops
// and restarts any of them by name (the control socket's requests), and
// stops them all at shutdown. Its methods are safe for concurrent use; the
// changes to one service are serialized.
type Host struct {
	log *slog.Logger

	mu       sync.Mutex
	services []*hosted
}

type hosted struct {
	mu        sync.Mutex // serializes Start/Stop of this service
	svc       Service
	startType StartType
}

// NewHost returns an empty Host that logs to log (nil: discard).
func NewHost(log *slog.Logger) *Host {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Host{log: log}
}

// Add registers s with its start type. Names are unique, case-insensitively.
func (h *Host) Add(s Service, t StartType) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, o := range h.services {
		if strings.EqualFold(o.svc.Name(), s.Name()) {
			return fmt.Errorf("a service named %s is already registered", s.Name())
		}
	}
	h.services = append(h.services, &hosted{svc: s, startType: t})
	return nil
}

// NoServiceError names a service the Host does not have, in the words of
// PowerShell's Get-Service.
type NoServiceError struct{ Name string }

// Error returns PowerShell's message.
func (e *NoServiceError) Error() string {
	return fmt.Sprintf("Cannot find any service with service name '%s'.", e.Name)
}

func (h *Host) find(name string) (*hosted, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, o := range h.services {
		if strings.EqualFold(o.svc.Name(), name) {
			return o, nil
		}
	}
	return nil, &NoServiceError{Name: name}
}

func (o *hosted) info() control.ServiceInfo {
	return control.ServiceInfo{Name: o.svc.Name(), DisplayName: o.svc.DisplayName(), Status: o.svc.Status(), StartType: o.startType}
}

// Services returns every service's state, sorted by name.
func (h *Host) Services() []control.ServiceInfo {
	h.mu.Lock()
	list := slices.Clone(h.services)
	h.mu.Unlock()
	out := make([]control.ServiceInfo, 0, len(list))
	for _, o := range list {
		o.mu.Lock()
		out = append(out, o.info())
		o.mu.Unlock()
	}
	slices.SortFunc(out, func(a, b control.ServiceInfo) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// Info returns one service's state.
func (h *Host) Info(name string) (control.ServiceInfo, error) {
	o, err := h.find(name)
	if err != nil {
		return control.ServiceInfo{}, err
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.info(), nil
}

// Start starts the named service; starting a running service does nothing.
// A Disabled service cannot be started.
func (h *Host) Start(ctx context.Context, name string) (control.ServiceInfo, error) {
	o, err := h.find(name)
	if err != nil {
		return control.ServiceInfo{}, err
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	err = h.start(ctx, o)
	return o.info(), err
}

func (h *Host) start(ctx context.Context, o *hosted) error {
	if o.svc.Status() == Running {
		return nil
	}
	if o.startType == Disabled {
		return fmt.Errorf("Service '%s (%s)' cannot be started because it is disabled: run Set-Service %s -StartupType Manual first.", o.svc.DisplayName(), o.svc.Name(), o.svc.Name())
	}
	if err := o.svc.Start(ctx); err != nil {
		h.log.Error("service start failed", "service", o.svc.Name(), "err", err)
		return fmt.Errorf("Service '%s (%s)' cannot be started: %w", o.svc.DisplayName(), o.svc.Name(), err)
	}
	h.log.Info("service started", "service", o.svc.Name())
	return nil
}

// Stop stops the named service, ending its sessions; stopping a stopped
// service does nothing.
func (h *Host) Stop(ctx context.Context, name string) (control.ServiceInfo, error) {
	o, err := h.find(name)
	if err != nil {
		return control.ServiceInfo{}, err
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	err = h.stop(ctx, o)
	return o.info(), err
}

func (h *Host) stop(ctx context.Context, o *hosted) error {
	if o.svc.Status() == Stopped {
		return nil
	}
	if err := o.svc.Stop(ctx); err != nil {
		h.log.Error("service stop failed", "service", o.svc.Name(), "err", err)
		return fmt.Errorf("Service '%s (%s)' cannot be stopped: %w", o.svc.DisplayName(), o.svc.Name(), err)
	}
	h.log.Info("service stopped", "service", o.svc.Name())
	return nil
}

// Restart stops and starts the named service: open sessions end and the
// service reads its settings again.
func (h *Host) Restart(ctx context.Context, name string) (control.ServiceInfo, error) {
	o, err := h.find(name)
	if err != nil {
		return control.ServiceInfo{}, err
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if err := h.stop(ctx, o); err != nil {
		return o.info(), err
	}
	err = h.start(ctx, o)
	return o.info(), err
}

// SetStartType changes the named service's start type (Set-Service
// -StartupType). It does not start or stop the service.
func (h *Host) SetStartType(name string, t StartType) (control.ServiceInfo, error) {
	if _, ok := startTypeOK[t]; !ok {
		return control.ServiceInfo{}, fmt.Errorf("%v is not a start type: use Automatic, Manual or Disabled", t)
	}
	o, err := h.find(name)
	if err != nil {
		return control.ServiceInfo{}, err
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	o.startType = t
	return o.info(), nil
}

var startTypeOK = map[StartType]bool{Automatic: true, Manual: true, Disabled: true}

// StartAutomatic starts every Automatic service, in the order they were
// added, and returns the errors of those that failed (the others run).
func (h *Host) StartAutomatic(ctx context.Context) error {
	h.mu.Lock()
	list := slices.Clone(h.services)
	h.mu.Unlock()
	var errs []error
	for _, o := range list {
		o.mu.Lock()
		if o.startType == Automatic {
			errs = append(errs, h.start(ctx, o))
		}
		o.mu.Unlock()
	}
	return errors.Join(errs...)
}

// Shutdown stops every running service, front ends first (reverse order of
// Add), and returns when all are stopped or ctx is done.
func (h *Host) Shutdown(ctx context.Context) error {
	h.mu.Lock()
	list := slices.Clone(h.services)
	h.mu.Unlock()
	var errs []error
	for i := len(list) - 1; i >= 0; i-- {
		o := list[i]
		o.mu.Lock()
		errs = append(errs, h.stop(ctx, o))
		o.mu.Unlock()
	}
	return errors.Join(errs...)
}
