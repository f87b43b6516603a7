// Command pshd is psh's server process: it hosts the mail access services
// (MSExchangePOP3 and MSExchangePOP3BE, MSExchangeIMAP4 and
// MSExchangeIMAP4BE, the MSExchangeFrontEndTransport SMTP receive service)
// over the same recipient directory psh uses, and the control socket that
// psh's Get-Service, Start-Service, Stop-Service, Restart-Service and
// Set-Service talk to, and the web admin center (package server/admin, the
// service PshAdminCenter, HTTPS on AdminBinding, default 127.0.0.1:8443).
// It runs in the foreground (systemd: see pshd.service)
// and stops cleanly on SIGTERM or SIGINT.
//
// Usage:
//
//	pshd [-Directory PATH] [-Config FILE] [-ControlSocket PATH] [-NoDemo]
//
// The directory is found as psh finds it: -Directory, else $PSH_DIRECTORY,
// else $XDG_DATA_HOME/psh/directory.db or ~/.local/share/psh/directory.db.
// The configuration file is JSON (see config.go and pshd.example.json); a
// flag overrides the file. pshd's private files (control socket, the
// self-signed certificate and its 0600 key, protocol logs) live in the
// folder beside the directory file named as it is with ".pshd" for its
// extension (directory.db: directory.pshd), mode 0700.
package main
