package server

import (
	"context"

	"github.com/psh-project/psh/server/control"
)

// Service is one service the Host runs. Start and Stop are called by the
// Host one at a time per service; Status may be called at any time.
type Service interface {
	// Name is the service's short name (MSExchangePOP3).
	Name() string
	// DisplayName is the name people see (Microsoft Exchange POP3).
	DisplayName() string
	// Start begins serving: it returns once the listeners are open (an
	// error if a port cannot be bound), leaving the work to goroutines.
	Start(ctx context.Context) error
	// Stop closes the listeners and ends the open sessions; it returns
	// when they are gone or ctx is done.
	Stop(ctx context.Context) error
	// Status is Running or Stopped (or a pending state during a change).
	Status() Status
}

// Status is a service's state, with the names of .NET's
// ServiceControllerStatus.
type Status = control.Status

// StartType says whether the Host starts a service when pshd starts, with
// the names of .NET's ServiceStartMode.
type StartType = control.StartType

// The service states and start types.
const (
	Stopped      = control.Stopped
	StartPending = control.StartPending
	StopPending  = control.StopPending
	Running      = control.Running

	Automatic = control.Automatic
	Manual    = control.Manual
	Disabled  = control.Disabled
)
