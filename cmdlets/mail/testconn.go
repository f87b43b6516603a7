package mail

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/psh-project/psh/mailstore"
	"github.com/psh-project/psh/pipeline"
)

// ProtocolConnectivityStatus is what Test-PopConnectivity and
// Test-ImapConnectivity emit.
type ProtocolConnectivityStatus struct {
	ClientAccessServer  string
	MailboxServer       string
	Scenario            string
	ScenarioDescription string
	User                string
	Result              string // Success or Failure
	Latency             time.Duration
	Error               string
	Port                int
	ConnectionType      string
}

// PSTypeNames names the object after Exchange's type.
func (ProtocolConnectivityStatus) PSTypeNames() []string {
	return []string{"Microsoft.Exchange.Monitoring.ProtocolConnectivityStatus", "System.Object"}
}

// dialFunc logs in to the service at addr and lists the mailbox.
type dialFunc func(ctx context.Context, addr string, tlsMode string, cfg *tls.Config, user, password string) error

// TestConnectivity is Test-PopConnectivity or Test-ImapConnectivity.
type TestConnectivity struct {
	st   *Stores
	p    protocol
	dial dialFunc

	ClientAccessServer     string          `param:"Position=0,Alias=Server" help:"The server to test (default: the address of the first binding)."`
	MailboxCredential      any             `param:"Mandatory" help:"The mailbox's credential: an object with UserName and Password (a PSCredential)."`
	TrustAnySSLCertificate pipeline.Switch `param:"" help:"Accepts the server's certificate without checking it (a self-signed one)."`
	ConnectionType         string          `param:"ValidateSet=Plaintext|Ssl|Tls" help:"Ssl (implicit TLS, the default), Tls (STARTTLS/STLS) or Plaintext."`
	PortClientAccessServer int             `param:"" help:"The port (default: from the binding)."`
}

// testTimeout bounds one test.
const testTimeout = 30 * time.Second

// Process implements pipeline.Cmdlet.
func (t *TestConnectivity) Process(c *pipeline.Context) error {
	user, pass, err := credential(t.MailboxCredential)
	if err != nil {
		return recordOf(c, err, "InvalidArgument", pipeline.InvalidArgument, nil)
	}
	settings, _, err := t.p.load(c.Context(), t.st)
	if err != nil {
		return recordOf(c, err, "ReadSettingsFailed", pipeline.ReadError, nil)
	}
	mode := "Ssl"
	if t.ConnectionType != "" {
		mode = t.ConnectionType
	}
	host, port := t.target(settings, mode)
	st := &ProtocolConnectivityStatus{ClientAccessServer: host, MailboxServer: host, User: user, Port: port, ConnectionType: mode,
		Scenario: "Test " + t.p.name + " Connectivity", ScenarioDescription: "Log on to the mailbox with " + t.p.name + " and list its messages."}
	cfg := &tls.Config{ServerName: host, InsecureSkipVerify: bool(t.TrustAnySSLCertificate)}
	ctx, cancel := context.WithTimeout(c.Context(), testTimeout)
	defer cancel()
	start := time.Now()
	err = t.dial(ctx, net.JoinHostPort(host, fmt.Sprint(port)), strings.ToLower(mode), cfg, user, pass)
	st.Latency = time.Since(start).Round(time.Millisecond)
	st.Result = "Success"
	if err != nil {
		st.Result, st.Error = "Failure", err.Error()
	}
	return c.Emit(st)
}

// target picks the host and port: the parameters, else the first binding of
// the connection type (a wildcard address means this machine).
func (t *TestConnectivity) target(s mailstore.ProtocolSettings, mode string) (string, int) {
	b := s.UnencryptedOrTLSBindings
	if mode == "Ssl" || mode == "ssl" {
		b = s.SSLBindings
	}
	host, port := "localhost", 0
	if len(b) > 0 {
		h, p, err := net.SplitHostPort(b[0])
		if err == nil {
			fmt.Sscan(p, &port)
			if h != "" && h != "0.0.0.0" && h != "::" {
				host = h
			}
		}
	}
	if t.ClientAccessServer != "" {
		host = t.ClientAccessServer
	}
	if t.PortClientAccessServer != 0 {
		port = t.PortClientAccessServer
	}
	return host, port
}

// credential reads UserName and Password from a PSCredential-like object
// or a hashtable.
func credential(v any) (string, string, error) {
	u, ok1 := pipeline.GetProperty(v, "UserName")
	p, ok2 := pipeline.GetProperty(v, "Password")
	if !ok1 || !ok2 {
		return "", "", errors.New("The MailboxCredential must have UserName and Password properties (a PSCredential or @{UserName=...; Password=...}).")
	}
	switch x := p.(type) {
	case interface{ Plaintext() string }:
		return pipeline.ToString(u), x.Plaintext(), nil
	case interface{ PlainText() string }:
		return pipeline.ToString(u), x.PlainText(), nil
	}
	return pipeline.ToString(u), pipeline.ToString(p), nil
}

// testPOP3 logs in over POP3 and runs STAT.
func testPOP3(ctx context.Context, addr, mode string, cfg *tls.Config, user, password string) error {
	var d net.Dialer
	var conn net.Conn
	var err error
	if mode == "ssl" {
		td := tls.Dialer{NetDialer: &d, Config: cfg}
		conn, err = td.DialContext(ctx, "tcp", addr)
	} else {
		conn, err = d.DialContext(ctx, "tcp", addr)
	}
	if err != nil {
		return err
	}
	defer conn.Close()
	if dl, ok := ctx.Deadline(); ok {
		conn.SetDeadline(dl)
	}
	r := bufio.NewReader(conn)
	cmd := func(line string) (string, error) {
		if line != "" {
			if _, err := fmt.Fprintf(conn, "%s\r\n", line); err != nil {
				return "", err
			}
		}
		resp, err := r.ReadString('\n')
		if err != nil {
			return "", err
		}
		resp = strings.TrimRight(resp, "\r\n")
		if !strings.HasPrefix(resp, "+OK") {
			verb, _, _ := strings.Cut(line, " ")
			if verb == "" {
				verb = "greeting"
			}
			return "", fmt.Errorf("%s: %s", verb, resp)
		}
		return resp, nil
	}
	if _, err := cmd(""); err != nil {
		return err
	}
	if mode == "tls" {
		if _, err := cmd("STLS"); err != nil {
			return err
		}
		tc := tls.Client(conn, cfg)
		if err := tc.HandshakeContext(ctx); err != nil {
			return err
		}
		conn, r = tc, bufio.NewReader(tc)
	}
	if _, err := cmd("USER " + user); err != nil {
		return err
	}
	if _, err := cmd("PASS " + password); err != nil {
		return errors.New(strings.Replace(err.Error(), password, "****", 1))
	}
	if _, err := cmd("STAT"); err != nil {
		return err
	}
	_, err = cmd("QUIT")
	return err
}

// testIMAP4 logs in over IMAP4 and selects INBOX.
func testIMAP4(ctx context.Context, addr, mode string, cfg *tls.Config, user, password string) error {
	opts := &imapclient.Options{TLSConfig: cfg}
	var cl *imapclient.Client
	var err error
	switch mode {
	case "ssl":
		cl, err = imapclient.DialTLS(addr, opts)
	case "tls":
		cl, err = imapclient.DialStartTLS(addr, opts)
	default:
		cl, err = imapclient.DialInsecure(addr, opts)
	}
	if err != nil {
		return err
	}
	defer cl.Close()
	stop := context.AfterFunc(ctx, func() { cl.Close() })
	defer stop()
	if err := cl.Login(user, password).Wait(); err != nil {
		return err
	}
	if _, err := cl.Select("INBOX", nil).Wait(); err != nil {
		return err
	}
	return cl.Logout().Wait()
}
