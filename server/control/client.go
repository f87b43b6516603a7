package control

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// EnvSocket is the environment variable that overrides the socket path.
const EnvSocket = "PSH_CONTROL_SOCKET"

// DefaultPath returns the control socket's path: $PSH_CONTROL_SOCKET, else
// control.sock in pshd's folder beside the directory file (RunDir).
func DefaultPath(directoryPath string, getenv func(string) string) string {
	if p := getenv(EnvSocket); p != "" {
		return p
	}
	return filepath.Join(RunDir(directoryPath), "control.sock")
}

// RunDir is the folder pshd keeps its private files in (the control socket,
// the self-signed certificate and key, the protocol logs), created with
// mode 0700: the directory file's name with ".pshd" for its extension
// (directory.db: directory.pshd), so two directories in one folder never
// share a control socket and a pshd binary beside the file is no obstacle.
// An in-memory directory's folder is "pshd" in the working directory.
func RunDir(directoryPath string) string {
	if directoryPath == ":memory:" || directoryPath == "" {
		return "pshd"
	}
	return strings.TrimSuffix(directoryPath, filepath.Ext(directoryPath)) + ".pshd"
}

// ErrNotRunning is returned (wrapped) when no pshd listens on the socket.
var ErrNotRunning = errors.New("the psh server (pshd) is not running")

// ServerError is an error pshd reported for a request.
type ServerError struct{ Message string }

// Error returns pshd's message.
func (e *ServerError) Error() string { return e.Message }

// Client talks to one pshd over its control socket. Each call opens its own
// connection, so a Client may be shared.
type Client struct{ path string }

// NewClient returns a client for the socket at path. It does not connect.
func NewClient(path string) *Client { return &Client{path: path} }

// Path returns the socket path.
func (c *Client) Path() string { return c.path }

// Do sends req and returns pshd's answer. When nothing listens on the
// socket the error wraps ErrNotRunning.
func (c *Client) Do(ctx context.Context, req Request) (*Response, error) {
	var d net.Dialer
	conn, err := d.DialContext(ctx, "unix", c.path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) || errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ENOENT) {
			return nil, fmt.Errorf("%w (no control socket at %s)", ErrNotRunning, c.path)
		}
		return nil, fmt.Errorf("cannot reach pshd at %s: %w", c.path, err)
	}
	defer conn.Close()
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()
	line, err := encodeLine(req)
	if err != nil {
		return nil, err
	}
	if _, err := conn.Write(line); err != nil {
		return nil, fmt.Errorf("cannot send to pshd at %s: %w", c.path, err)
	}
	r := bufio.NewReader(conn)
	ans, err := r.ReadBytes('\n')
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("pshd at %s closed the connection: %w", c.path, err)
	}
	var resp Response
	if err := json.Unmarshal(ans, &resp); err != nil {
		return nil, fmt.Errorf("pshd at %s sent a bad answer: %w", c.path, err)
	}
	if resp.Error != "" {
		return &resp, &ServerError{Message: resp.Error}
	}
	return &resp, nil
}

// List returns every service pshd hosts.
func (c *Client) List(ctx context.Context) ([]ServiceInfo, error) {
	resp, err := c.Do(ctx, Request{Op: "list"})
	if err != nil {
		return nil, err
	}
	return resp.Services, nil
}

// Act runs op ("start", "stop", "restart") on the named service and returns
// its state afterwards.
func (c *Client) Act(ctx context.Context, op, name string) (ServiceInfo, error) {
	resp, err := c.Do(ctx, Request{Op: strings.ToLower(op), Name: name})
	if err != nil {
		return ServiceInfo{}, err
	}
	if len(resp.Services) != 1 {
		return ServiceInfo{}, fmt.Errorf("pshd answered %d services for %s", len(resp.Services), name)
	}
	return resp.Services[0], nil
}

// SetStartType changes the named service's start type.
func (c *Client) SetStartType(ctx context.Context, name string, t StartType) (ServiceInfo, error) {
	resp, err := c.Do(ctx, Request{Op: "set", Name: name, StartType: t})
	if err != nil {
		return ServiceInfo{}, err
	}
	if len(resp.Services) != 1 {
		return ServiceInfo{}, fmt.Errorf("pshd answered %d services for %s", len(resp.Services), name)
	}
	return resp.Services[0], nil
}
