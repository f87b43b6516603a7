package server

import (
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/psh-project/psh/server/control"
)

func newTestHost(t *testing.T) (*Host, *control.Client, *TCPService) {
	t.Helper()
	h := NewHost(nil)
	echo := NewTCPService("Echo", "Echo Service", func() (Listeners, error) {
		return Listeners{Plain: []string{"127.0.0.1:0"}}, nil
	}, func(ctx context.Context, c net.Conn) {
		buf := make([]byte, 64)
		for {
			n, err := c.Read(buf)
			if err != nil {
				return
			}
			c.Write(buf[:n])
		}
	}, nil)
	if err := h.Add(echo, Manual); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(t.TempDir(), "run", "control.sock")
	cs, err := ListenControl(sock, h)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		h.Shutdown(context.Background())
		cs.Close()
	})
	return h, control.NewClient(sock), echo
}

func TestControlSocketLifecycle(t *testing.T) {
	ctx := context.Background()
	_, c, echo := newTestHost(t)
	list, err := c.List(ctx)
	if err != nil || len(list) != 1 || list[0].Status != Stopped || list[0].StartType != Manual {
		t.Fatalf("List = %+v, %v", list, err)
	}
	info, err := c.Act(ctx, "start", "echo")
	if err != nil || info.Status != Running {
		t.Fatalf("start = %+v, %v", info, err)
	}
	conn, err := net.Dial("tcp", echo.Addrs()[0].String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	info, err = c.Act(ctx, "restart", "Echo")
	if err != nil || info.Status != Running {
		t.Fatalf("restart = %+v, %v", info, err)
	}
	// The restart ended the open session.
	if _, err := conn.Read(make([]byte, 1)); err == nil {
		t.Fatal("a session survived the restart")
	}
	if info, err = c.Act(ctx, "stop", "Echo"); err != nil || info.Status != Stopped {
		t.Fatalf("stop = %+v, %v", info, err)
	}
	if info, err = c.SetStartType(ctx, "Echo", Disabled); err != nil || info.StartType != Disabled {
		t.Fatalf("set = %+v, %v", info, err)
	}
	_, err = c.Act(ctx, "start", "Echo")
	if err == nil || !strings.Contains(err.Error(), "disabled") {
		t.Fatalf("starting a disabled service: %v", err)
	}
	_, err = c.Act(ctx, "start", "Nope")
	if err == nil || err.Error() != "Cannot find any service with service name 'Nope'." {
		t.Fatalf("unknown service: %v", err)
	}
}

func TestControlSocketIsPrivate(t *testing.T) {
	_, c, _ := newTestHost(t)
	fi, err := os.Stat(c.Path())
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("socket mode %v, want 0600", fi.Mode().Perm())
	}
	di, _ := os.Stat(filepath.Dir(c.Path()))
	if di.Mode().Perm() != 0o700 {
		t.Errorf("folder mode %v, want 0700", di.Mode().Perm())
	}
	// A second pshd on the same socket is refused.
	if _, err := ListenControl(c.Path(), NewHost(nil)); err == nil || !strings.Contains(err.Error(), "another pshd") {
		t.Errorf("second listener: %v", err)
	}
}

func TestControlClientNotRunning(t *testing.T) {
	c := control.NewClient(filepath.Join(t.TempDir(), "control.sock"))
	_, err := c.List(context.Background())
	if !errors.Is(err, control.ErrNotRunning) {
		t.Fatalf("err = %v, want ErrNotRunning", err)
	}
}

func TestCertificateSelfSignedThenReused(t *testing.T) {
	dir := t.TempDir()
	cf, kf := filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	c1, err := Certificate(cf, kf, []string{"localhost", "127.0.0.1"})
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(kf)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file: %v %v", fi.Mode(), err)
	}
	c2, err := Certificate(cf, kf, nil)
	if err != nil {
		t.Fatal(err)
	}
	if string(c1.Certificate[0]) != string(c2.Certificate[0]) {
		t.Error("the second start made a new certificate instead of loading the first")
	}
	os.Remove(kf)
	if _, err := Certificate(cf, kf, nil); err == nil || !strings.Contains(err.Error(), "has no key file") {
		t.Errorf("cert without key: %v", err)
	}
}
