package mailstore

import (
	"context"
	"fmt"
	"strings"
)

// LoginType says how POP3 and IMAP4 clients may send passwords (Exchange's
// values).
type LoginType string

// The login types.
const (
	// PlainTextLogin allows a clear-text password on an unencrypted
	// connection.
	PlainTextLogin LoginType = "PlainTextLogin"
	// PlainTextAuthentication allows clear-text authentication too (SASL
	// PLAIN) on an unencrypted connection.
	PlainTextAuthentication LoginType = "PlainTextAuthentication"
	// SecureLogin (the default) requires TLS (implicit, STLS or STARTTLS)
	// before a password is accepted.
	SecureLogin LoginType = "SecureLogin"
)

// ParseLoginType reads a login type, case-insensitively.
func ParseLoginType(s string) (LoginType, error) {
	for _, t := range []LoginType{PlainTextLogin, PlainTextAuthentication, SecureLogin} {
		if strings.EqualFold(string(t), s) {
			return t, nil
		}
	}
	return "", fmt.Errorf("%q is not a login type: use PlainTextLogin, PlainTextAuthentication or SecureLogin", s)
}

// AllowsPlainText reports whether a password may be sent on an unencrypted
// connection.
func (t LoginType) AllowsPlainText() bool { return t == PlainTextLogin || t == PlainTextAuthentication }

// ProtocolSettings are a protocol's server settings (Get-PopSettings,
// Get-ImapSettings). They take effect when the services restart.
type ProtocolSettings struct {
	LoginType                LoginType
	UnencryptedOrTLSBindings []string
	SSLBindings              []string
	MaxConnections           int
	MaxConnectionsPerUser    int
	Banner                   string
	ProtocolLogEnabled       bool
	LogFileLocation          string // "": the pshd folder's logs/<protocol>
}

// The settings names the store keeps the protocols' settings under.
const (
	PopSettingsName  = "PopSettings"
	ImapSettingsName = "ImapSettings"
)

// DefaultPopSettings are Exchange's POP3 defaults.
func DefaultPopSettings() ProtocolSettings {
	return ProtocolSettings{
		LoginType:                SecureLogin,
		UnencryptedOrTLSBindings: []string{"[::]:110", "0.0.0.0:110"},
		SSLBindings:              []string{"[::]:995", "0.0.0.0:995"},
		MaxConnections:           2147483647,
		MaxConnectionsPerUser:    16,
		Banner:                   "The Microsoft Exchange POP3 service is ready.",
	}
}

// DefaultImapSettings are Exchange's IMAP4 defaults.
func DefaultImapSettings() ProtocolSettings {
	return ProtocolSettings{
		LoginType:                SecureLogin,
		UnencryptedOrTLSBindings: []string{"[::]:143", "0.0.0.0:143"},
		SSLBindings:              []string{"[::]:993", "0.0.0.0:993"},
		MaxConnections:           2147483647,
		MaxConnectionsPerUser:    16,
		Banner:                   "The Microsoft Exchange IMAP4 service is ready.",
	}
}

// PopSettings returns the stored POP3 settings (the defaults for what was
// never set).
func (s *Store) PopSettings(ctx context.Context) (ProtocolSettings, error) {
	v := DefaultPopSettings()
	return v, s.LoadSettings(ctx, PopSettingsName, &v)
}

// ImapSettings returns the stored IMAP4 settings.
func (s *Store) ImapSettings(ctx context.Context) (ProtocolSettings, error) {
	v := DefaultImapSettings()
	return v, s.LoadSettings(ctx, ImapSettingsName, &v)
}
