package mailsvc

import (
	"context"
	"crypto/tls"
	"path/filepath"

	"github.com/psh-project/psh/mailstore"
	"github.com/psh-project/psh/server"
	"github.com/psh-project/psh/server/protolog"
)

// Settings reads a protocol's settings (mailstore.Store.PopSettings or
// ImapSettings).
type Settings func(ctx context.Context) (mailstore.ProtocolSettings, error)

// Listeners returns a front end's listener configuration function: the
// bindings and MaxConnections of the settings, read at each start.
func Listeners(settings Settings, tlsConfig *tls.Config) func() (server.Listeners, error) {
	return func() (server.Listeners, error) {
		st, err := settings(context.Background())
		if err != nil {
			return server.Listeners{}, err
		}
		return server.Listeners{Plain: st.UnencryptedOrTLSBindings, TLS: st.SSLBindings, TLSConfig: tlsConfig, MaxConnections: st.MaxConnections}, nil
	}
}

// OpenLog opens the protocol log the settings ask for: nil when
// ProtocolLogEnabled is false; LogFileLocation, else defaultDir/sub.
func OpenLog(st mailstore.ProtocolSettings, defaultDir, sub, prefix string) (*protolog.Log, error) {
	if !st.ProtocolLogEnabled {
		return nil, nil
	}
	dir := st.LogFileLocation
	if dir == "" {
		dir = filepath.Join(defaultDir, sub)
	}
	return protolog.Open(dir, prefix)
}
