package main

import (
	"fmt"
	"net"

	"github.com/psh-project/psh/cmdlets/service"
	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/server"
	"github.com/psh-project/psh/server/admin"
)

// Admin center service: its name as Get-Service shows it, and its default
// address.
const (
	adminServiceName    = "PshAdminCenter"
	adminServiceDisplay = "psh Admin Center"
	defaultAdminBinding = "127.0.0.1:8443"
)

// adminService returns the web admin center as an HTTPS service on the
// configured binding (plain HTTP only when configured and only on a
// loopback address), or nil when AdminBinding is "off". It opens its own
// Store on the directory file, closed with the other deps.
func (d *deps) adminService() (*server.HTTPService, error) {
	addr := d.cfg.AdminBinding
	if addr == "off" {
		return nil, nil
	}
	if addr == "" {
		addr = defaultAdminBinding
	}
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("AdminBinding %q is not host:port: %w", addr, err)
	}
	tlsConfig := d.tls
	if d.cfg.AdminPlainHTTP {
		if !isLoopback(host) {
			return nil, fmt.Errorf("AdminPlainHTTP is allowed only on a loopback AdminBinding (127.0.0.1, ::1 or localhost), not %q: browsers would send passwords in clear text", addr)
		}
		tlsConfig = nil
	}
	st, err := directory.Open(d.dirPath)
	if err != nil {
		return nil, err
	}
	d.adminStore = st
	// The Services page runs the service cmdlets, which reach this pshd
	// through its control socket, as psh's do.
	socket := func() (string, string) { return d.socket, "pshd -Directory " + d.dirPath }
	modules := func() []*pipeline.Module { return []*pipeline.Module{service.Module(socket)} }
	h, err := admin.New(admin.Options{Store: st, Modules: modules})
	if err != nil {
		return nil, err
	}
	return server.NewHTTPService(adminServiceName, adminServiceDisplay, addr, h, tlsConfig), nil
}

// isLoopback reports whether host names the local machine only.
func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// adminURL is the address to open in a browser.
func adminURL(a net.Addr, plain bool) string {
	if plain {
		return "http://" + a.String() + "/"
	}
	return "https://" + a.String() + "/"
}
