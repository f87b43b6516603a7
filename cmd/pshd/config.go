package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/psh-project/psh/server/control"
)

// config is pshd's configuration file (JSON). Every field is optional.
// The POP3 and IMAP4 bindings and limits are not here: they are the
// directory's PopSettings and ImapSettings (Set-PopSettings,
// Set-ImapSettings), read when the service starts.
type config struct {
	// Directory is the recipient directory file (-Directory overrides).
	Directory string
	// ControlSocket is the control socket path (-ControlSocket overrides).
	ControlSocket string
	// CertificateFile and KeyFile are a PEM certificate and key for every
	// TLS service; when both are absent a self-signed pair is made in the
	// pshd folder on first start.
	CertificateFile string
	KeyFile         string
	// CertificateHosts are the names and addresses a self-signed
	// certificate is made for (default: localhost, 127.0.0.1, ::1).
	CertificateHosts []string
	// SmtpBindings are the host:port addresses MSExchangeFrontEndTransport
	// receives mail on (default: 127.0.0.1:25).
	SmtpBindings []string
	// StartTypes sets services' start types by name (Automatic, Manual,
	// Disabled); a service not named is Automatic.
	StartTypes map[string]control.StartType
	// AdminBinding is the host:port the web admin center listens on
	// (default 127.0.0.1:8443), over HTTPS with the certificate above;
	// "off" turns it off.
	AdminBinding string
	// AdminPlainHTTP serves the admin center over plain HTTP instead:
	// allowed only on a loopback AdminBinding (for tests).
	AdminPlainHTTP bool
	// MaxMessageBytes is the largest message the SMTP service accepts
	// (default 35 MB, Exchange's default receive size).
	MaxMessageBytes int64
}

// loadConfig reads the configuration file at path; "" gives the defaults.
// Unknown fields are errors, so a misspelt key is not silently ignored.
func loadConfig(path string) (*config, error) {
	c := &config{}
	if path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("cannot read the configuration file: %w", err)
		}
		d := json.NewDecoder(bytes.NewReader(b))
		d.DisallowUnknownFields()
		if err := d.Decode(c); err != nil {
			return nil, fmt.Errorf("the configuration file %s is not valid: %w", path, err)
		}
		// Relative paths in the file are relative to the file.
		base := filepath.Dir(path)
		for _, p := range []*string{&c.Directory, &c.ControlSocket, &c.CertificateFile, &c.KeyFile} {
			if *p != "" && *p != ":memory:" && !filepath.IsAbs(*p) {
				*p = filepath.Join(base, *p)
			}
		}
	}
	if len(c.CertificateHosts) == 0 {
		c.CertificateHosts = []string{"localhost", "127.0.0.1", "::1"}
	}
	if len(c.SmtpBindings) == 0 {
		c.SmtpBindings = []string{"127.0.0.1:25"}
	}
	if c.MaxMessageBytes == 0 {
		c.MaxMessageBytes = 35 << 20
	}
	return c, nil
}

// startType returns the configured start type of the named service.
func (c *config) startType(name string) control.StartType {
	for k, v := range c.StartTypes {
		if k == name {
			return v
		}
	}
	return control.Automatic
}
