package mail

import (
	"context"
	"fmt"
	"strings"

	"github.com/psh-project/psh/mailstore"
	"github.com/psh-project/psh/pipeline"
)

// protocol tells the settings cmdlets which protocol they are for.
type protocol struct {
	name, settings, services string
	defaults                 func() mailstore.ProtocolSettings
}

// ProtocolSettings is what Get-PopSettings and Get-ImapSettings emit
// (Exchange's Pop3AdConfiguration / Imap4AdConfiguration).
type ProtocolSettings struct {
	Name string
	mailstore.ProtocolSettings
	typeName string
}

// PSTypeNames names the object after Exchange's type.
func (p ProtocolSettings) PSTypeNames() []string {
	return []string{"Microsoft.Exchange.Data.Directory.SystemConfiguration." + p.typeName, "System.Object"}
}

func (p protocol) object(s mailstore.ProtocolSettings) *ProtocolSettings {
	t := map[string]string{"POP3": "Pop3AdConfiguration", "IMAP4": "Imap4AdConfiguration"}[p.name]
	return &ProtocolSettings{Name: "1", ProtocolSettings: s, typeName: t}
}

func (p protocol) load(ctx context.Context, st *Stores) (mailstore.ProtocolSettings, *mailstore.Store, error) {
	ms, err := st.mailstore()
	if err != nil {
		return mailstore.ProtocolSettings{}, nil, err
	}
	v := p.defaults()
	err = ms.LoadSettings(ctx, p.settings, &v)
	return v, ms, err
}

// GetSettings is Get-PopSettings or Get-ImapSettings.
type GetSettings struct {
	st *Stores
	p  protocol

	Server string `param:"" help:"Accepted for compatibility: psh has one server."`
}

// Process implements pipeline.Cmdlet.
func (g *GetSettings) Process(c *pipeline.Context) error {
	v, _, err := g.p.load(c.Context(), g.st)
	if err != nil {
		return recordOf(c, err, "ReadSettingsFailed", pipeline.ReadError, nil)
	}
	return c.Emit(g.p.object(v))
}

// SetSettings is Set-PopSettings or Set-ImapSettings. The change takes
// effect when the protocol's services restart.
type SetSettings struct {
	st *Stores
	p  protocol

	Server                   string   `param:"" help:"Accepted for compatibility: psh has one server."`
	LoginType                string   `param:"ValidateSet=PlainTextLogin|PlainTextAuthentication|SecureLogin" help:"SecureLogin (the default) requires TLS before a password; PlainTextLogin allows clear-text passwords."`
	UnencryptedOrTLSBindings []string `param:"AllowEmptyCollection" help:"host:port addresses for clear-text and STARTTLS/STLS clients."`
	SSLBindings              []string `param:"AllowEmptyCollection" help:"host:port addresses for implicit-TLS clients."`
	MaxConnections           int      `param:"" help:"The most simultaneous connections."`
	MaxConnectionsPerUser    int      `param:"" help:"The most simultaneous connections of one user."`
	Banner                   string   `param:"" help:"The greeting text."`
	ProtocolLogEnabled       bool     `param:"" help:"Writes the protocol log."`
	LogFileLocation          string   `param:"" help:"The protocol log folder."`
}

// SupportsShouldProcess gives the cmdlets -WhatIf and -Confirm.
func (*SetSettings) SupportsShouldProcess() bool { return true }

// Process implements pipeline.Cmdlet.
func (s *SetSettings) Process(c *pipeline.Context) error {
	v, ms, err := s.p.load(c.Context(), s.st)
	if err != nil {
		return recordOf(c, err, "ReadSettingsFailed", pipeline.ReadError, nil)
	}
	if c.IsBound("LoginType") {
		if v.LoginType, err = mailstore.ParseLoginType(s.LoginType); err != nil {
			return recordOf(c, err, "InvalidArgument", pipeline.InvalidArgument, s.LoginType)
		}
	}
	for _, b := range [][]string{s.UnencryptedOrTLSBindings, s.SSLBindings} {
		for _, a := range b {
			if err := checkBinding(a); err != nil {
				return recordOf(c, err, "InvalidArgument", pipeline.InvalidArgument, a)
			}
		}
	}
	set := func(name string, apply func()) {
		if c.IsBound(name) {
			apply()
		}
	}
	set("UnencryptedOrTLSBindings", func() { v.UnencryptedOrTLSBindings = s.UnencryptedOrTLSBindings })
	set("SSLBindings", func() { v.SSLBindings = s.SSLBindings })
	set("MaxConnections", func() { v.MaxConnections = s.MaxConnections })
	set("MaxConnectionsPerUser", func() { v.MaxConnectionsPerUser = s.MaxConnectionsPerUser })
	set("Banner", func() { v.Banner = s.Banner })
	set("ProtocolLogEnabled", func() { v.ProtocolLogEnabled = s.ProtocolLogEnabled })
	set("LogFileLocation", func() { v.LogFileLocation = s.LogFileLocation })
	if v.MaxConnections < 0 || v.MaxConnectionsPerUser < 0 {
		return recordOf(c, fmt.Errorf("MaxConnections and MaxConnectionsPerUser must be 0 or more."), "InvalidArgument", pipeline.InvalidArgument, nil)
	}
	if !c.ShouldProcess(s.p.name+" settings", c.CommandName()) {
		return nil
	}
	if err := ms.SaveSettings(c.Context(), s.p.settings, v); err != nil {
		return recordOf(c, err, "WriteSettingsFailed", pipeline.WriteError, nil)
	}
	c.WriteWarning(fmt.Sprintf("Changes to %s settings will only take effect after the %s services are restarted (Restart-Service).", s.p.name, s.p.services))
	return nil
}

// checkBinding accepts host:port with a port of 0-65535 (IPv6 in brackets).
func checkBinding(a string) error {
	i := strings.LastIndexByte(a, ':')
	if i < 0 {
		return fmt.Errorf("The binding '%s' is not valid: use address:port, such as 0.0.0.0:995 or [::]:995.", a)
	}
	var port int
	if _, err := fmt.Sscanf(a[i+1:], "%d", &port); err != nil || port < 0 || port > 65535 || fmt.Sprint(port) != a[i+1:] {
		return fmt.Errorf("The binding '%s' is not valid: the port must be a number from 0 to 65535.", a)
	}
	return nil
}
