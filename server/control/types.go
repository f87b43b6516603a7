package control

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Status is a service's state (.NET's ServiceControllerStatus names).
type Status int

// The service states.
const (
	Stopped Status = iota + 1
	StartPending
	StopPending
	Running
)

var statusNames = map[Status]string{Stopped: "Stopped", StartPending: "StartPending", StopPending: "StopPending", Running: "Running"}

// String returns the state's .NET name.
func (s Status) String() string {
	if n, ok := statusNames[s]; ok {
		return n
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

// MarshalText writes the state's name.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a state's name.
func (s *Status) UnmarshalText(b []byte) error {
	for k, n := range statusNames {
		if strings.EqualFold(n, string(b)) {
			*s = k
			return nil
		}
	}
	return fmt.Errorf("unknown service status %q", b)
}

// StartType says whether a service starts with pshd (.NET's ServiceStartMode).
type StartType int

// The start types.
const (
	Automatic StartType = iota + 2
	Manual
	Disabled
)

var startTypeNames = map[StartType]string{Automatic: "Automatic", Manual: "Manual", Disabled: "Disabled"}

// String returns the start type's .NET name.
func (t StartType) String() string {
	if n, ok := startTypeNames[t]; ok {
		return n
	}
	return fmt.Sprintf("StartType(%d)", int(t))
}

// MarshalText writes the start type's name.
func (t StartType) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText reads a start type's name, case-insensitively.
func (t *StartType) UnmarshalText(b []byte) error {
	v, err := ParseStartType(string(b))
	if err == nil {
		*t = v
	}
	return err
}

// ParseStartType reads Automatic, Manual or Disabled, case-insensitively.
func ParseStartType(s string) (StartType, error) {
	for k, n := range startTypeNames {
		if strings.EqualFold(n, s) {
			return k, nil
		}
	}
	return 0, fmt.Errorf("%q is not a start type: use Automatic, Manual or Disabled", s)
}

// ServiceInfo describes one service as Get-Service shows it.
type ServiceInfo struct {
	Name        string
	DisplayName string
	Status      Status
	StartType   StartType
}

// Request is one command on the control socket. Op is "list", "start",
// "stop", "restart" or "set" (StartType).
type Request struct {
	Op        string
	Name      string    `json:",omitempty"`
	StartType StartType `json:",omitempty"`
}

// Response answers a Request: the services concerned, or an error text.
type Response struct {
	Services []ServiceInfo `json:",omitempty"`
	Error    string        `json:",omitempty"`
}

// Encode writes r as one line of JSON.
func encodeLine(v any) ([]byte, error) {
	b, err := json.Marshal(v)
	return append(b, '\n'), err
}
