package server

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/psh-project/psh/server/control"
)

// ControlSocket serves the Host's control requests on a Unix socket that
// only its owner can use: the socket is mode 0600 in a folder of mode 0700.
type ControlSocket struct {
	host *Host
	ln   net.Listener
	path string
	wg   sync.WaitGroup
}

// ListenControl opens the control socket at path for h. The folder is
// created (0700) if missing; an existing folder open to others is refused.
// A stale socket left by a killed pshd is replaced; a live one (another
// pshd) is an error.
func ListenControl(path string, h *Host) (*ControlSocket, error) {
	if err := PrivateDir(filepath.Dir(path)); err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); err == nil {
		if c, err := net.DialTimeout("unix", path, time.Second); err == nil {
			c.Close()
			return nil, fmt.Errorf("another pshd already listens on %s: stop it first, or give this one its own -ControlSocket", path)
		}
		if err := os.Remove(path); err != nil {
			return nil, fmt.Errorf("cannot remove the stale control socket %s: %w", path, err)
		}
	}
	ln, err := net.Listen("unix", path)
	if err != nil {
		return nil, fmt.Errorf("cannot open the control socket %s: %w", path, err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		ln.Close()
		return nil, fmt.Errorf("cannot restrict the control socket %s: %w", path, err)
	}
	cs := &ControlSocket{host: h, ln: ln, path: path}
	cs.wg.Add(1)
	go cs.serve()
	return cs, nil
}

// PrivateDir creates dir with mode 0700 if it is missing, and refuses a
// folder that others can read or write.
func PrivateDir(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("cannot create %s: %w", dir, err)
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return err
	}
	if fi.Mode().Perm()&0o077 != 0 {
		return fmt.Errorf("%s is open to other users (mode %v): run chmod 700 %s", dir, fi.Mode().Perm(), dir)
	}
	return nil
}

// Path returns the socket's path.
func (cs *ControlSocket) Path() string { return cs.path }

// Close stops accepting requests, waits for the ones being answered and
// removes the socket file.
func (cs *ControlSocket) Close() error {
	err := cs.ln.Close()
	cs.wg.Wait()
	return err
}

func (cs *ControlSocket) serve() {
	defer cs.wg.Done()
	for {
		c, err := cs.ln.Accept()
		if err != nil {
			return
		}
		cs.wg.Add(1)
		go func() {
			defer cs.wg.Done()
			cs.handle(c)
		}()
	}
}

// handle answers the requests of one connection, one line each.
func (cs *ControlSocket) handle(c net.Conn) {
	defer c.Close()
	r := bufio.NewReader(c)
	for {
		line, err := r.ReadBytes('\n')
		if err != nil {
			return
		}
		var req control.Request
		var resp control.Response
		if err := json.Unmarshal(line, &req); err != nil {
			resp.Error = "bad request: " + err.Error()
		} else {
			resp = cs.answer(req)
		}
		out, _ := json.Marshal(resp)
		if _, err := c.Write(append(out, '\n')); err != nil {
			return
		}
	}
}

// actionTimeout bounds one start/stop/restart request.
const actionTimeout = 30 * time.Second

func (cs *ControlSocket) answer(req control.Request) control.Response {
	ctx, cancel := context.WithTimeout(context.Background(), actionTimeout)
	defer cancel()
	var info control.ServiceInfo
	var err error
	switch req.Op {
	case "list":
		return control.Response{Services: cs.host.Services()}
	case "get":
		info, err = cs.host.Info(req.Name)
	case "start":
		info, err = cs.host.Start(ctx, req.Name)
	case "stop":
		info, err = cs.host.Stop(ctx, req.Name)
	case "restart":
		info, err = cs.host.Restart(ctx, req.Name)
	case "set":
		info, err = cs.host.SetStartType(req.Name, req.StartType)
	default:
		err = fmt.Errorf("unknown request %q", req.Op)
	}
	resp := control.Response{}
	var nse *NoServiceError
	if err == nil || !errors.As(err, &nse) {
		resp.Services = []control.ServiceInfo{info}
	}
	if err != nil {
		resp.Error = err.Error()
	}
	return resp
}
