package mailsvc

import (
	"context"
	"crypto/tls"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync/atomic"

	"github.com/psh-project/psh/mailstore"
	"github.com/psh-project/psh/server"
	"github.com/psh-project/psh/server/access"
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

// Config is what a protocol's front end and back end services are built
// from (pop3.Config and imap.Config are this type).
type Config struct {
	Directory *access.Directory
	Mail      *mailstore.Store
	TLS       *tls.Config  // the certificate for the SSL bindings and STLS/STARTTLS
	Log       *slog.Logger // pshd's log: refusals and failures
	LogDir    string       // default protocol log folder
}

// State is what a protocol's sessions share with its back end: the
// settings read at the back end's start, its protocol log, and the
// counter that numbers sessions.
type State struct {
	Settings atomic.Pointer[mailstore.ProtocolSettings]
	ProtoLog atomic.Pointer[protolog.Log]
	ids      atomic.Uint64
}

// Start is a back end's start: it reads the settings with read and opens
// the protocol log they ask for (in defaultDir/sub unless LogFileLocation
// says otherwise, file names starting with prefix).
func (st *State) Start(ctx context.Context, read Settings, defaultDir, sub, prefix string) (mailstore.ProtocolSettings, error) {
	s, err := read(ctx)
	if err != nil {
		return s, err
	}
	st.Settings.Store(&s)
	l, err := OpenLog(s, defaultDir, sub, prefix)
	if err != nil {
		return s, err
	}
	st.ProtoLog.Store(l)
	return s, nil
}

// Stop closes the protocol log the back end opened.
func (st *State) Stop() {
	if l := st.ProtoLog.Swap(nil); l != nil {
		l.Close()
	}
}

// NextID returns the next session's identifier for the protocol log.
func (st *State) NextID() string { return fmt.Sprintf("%08X", st.ids.Add(1)) }
