package mail

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/base64"
	"errors"
	"fmt"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net"
	netmail "net/mail"
	"net/smtp"
	"net/textproto"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/psh-project/psh/pipeline"
)

// SendMailMessage is PowerShell's Send-MailMessage: it builds a MIME
// message and sends it over SMTP.
type SendMailMessage struct {
	To          []string        `param:"Position=0,Mandatory" help:"Recipient addresses (\"Name <address>\" or address)."`
	Subject     string          `param:"Position=1,Alias=sub" help:"The subject."`
	Body        string          `param:"Position=2" help:"The body text."`
	SmtpServer  string          `param:"Position=3,Alias=ComputerName" help:"The SMTP server; default $PSEmailServer."`
	From        string          `param:"Mandatory" help:"The sender address."`
	Cc          []string        `param:"" help:"Carbon-copy recipients."`
	Bcc         []string        `param:"" help:"Blind carbon-copy recipients (not shown in the headers)."`
	ReplyTo     []string        `param:"" help:"Reply-To addresses."`
	Attachments []string        `param:"Alias=PsPath" help:"Files to attach."`
	BodyAsHtml  pipeline.Switch `param:"Alias=BAH" help:"The body is HTML."`
	Port        int             `param:"" help:"The SMTP port (default 25)."`
	UseSsl      pipeline.Switch `param:"" help:"Uses STARTTLS; the server's certificate must be trusted."`
	Priority    string          `param:"ValidateSet=Normal|High|Low" help:"Normal, High or Low."`
}

// sendTimeout bounds one message's SMTP conversation.
const sendTimeout = 2 * time.Minute

// Process implements pipeline.Cmdlet.
func (s *SendMailMessage) Process(c *pipeline.Context) error {
	c.WriteWarning("The command 'Send-MailMessage' is obsolete. This cmdlet does not guarantee secure connections to SMTP servers. While there is no immediate replacement available in PowerShell, we recommend you do not use Send-MailMessage at this time. See https://aka.ms/SendMailMessage for more information.")
	server := s.SmtpServer
	if server == "" {
		if v, ok := c.Session().GetVariable("PSEmailServer"); ok && v != nil {
			server = pipeline.ToString(v)
		}
	}
	if server == "" {
		return recordOf(c, errors.New("The email cannot be sent because no SMTP server was specified. You must specify an SMTP server by using either the SmtpServer parameter or the $PSEmailServer variable."),
			"SmtpServerNotSpecified,Microsoft.PowerShell.Commands.SendMailMessage", pipeline.InvalidArgument, nil)
	}
	port := s.Port
	if !c.IsBound("Port") {
		port = 25
	}
	from, err := netmail.ParseAddress(s.From)
	if err != nil {
		return recordOf(c, fmt.Errorf("The specified string '%s' is not in the form required for an e-mail address.", s.From), "FormatException,Microsoft.PowerShell.Commands.SendMailMessage", pipeline.InvalidArgument, s.From)
	}
	rcpts, err := addresses(append(append(append([]string(nil), s.To...), s.Cc...), s.Bcc...))
	if err != nil {
		return recordOf(c, err, "FormatException,Microsoft.PowerShell.Commands.SendMailMessage", pipeline.InvalidArgument, nil)
	}
	msg, err := s.message(c, from)
	if err != nil {
		var rec *pipeline.ErrorRecord
		if errors.As(err, &rec) {
			return rec // the file system is not granted to this shell
		}
		return recordOf(c, err, "SendMailMessageFailed", pipeline.ReadError, nil)
	}
	ctx, cancel := context.WithTimeout(c.Context(), sendTimeout)
	defer cancel()
	if err := send(ctx, net.JoinHostPort(server, strconv.Itoa(port)), server, bool(s.UseSsl), from.Address, rcpts, msg); err != nil {
		c.WriteError(pipeline.NewError(fmt.Errorf("Unable to send the message through %s:%d: %w", server, port, err),
			"SmtpException,Microsoft.PowerShell.Commands.SendMailMessage", pipeline.InvalidOperation, server))
	}
	return nil
}

func addresses(list []string) ([]string, error) {
	var out []string
	for _, a := range list {
		p, err := netmail.ParseAddress(a)
		if err != nil {
			return nil, fmt.Errorf("The specified string '%s' is not in the form required for an e-mail address.", a)
		}
		out = append(out, p.Address)
	}
	return out, nil
}

// message builds the MIME message.
func (s *SendMailMessage) message(c *pipeline.Context, from *netmail.Address) ([]byte, error) {
	var b bytes.Buffer
	h := func(k, v string) { fmt.Fprintf(&b, "%s: %s\r\n", k, v) }
	h("From", from.String())
	h("To", strings.Join(s.To, ", "))
	if len(s.Cc) > 0 {
		h("Cc", strings.Join(s.Cc, ", "))
	}
	if len(s.ReplyTo) > 0 {
		h("Reply-To", strings.Join(s.ReplyTo, ", "))
	}
	h("Subject", mime.QEncoding.Encode("utf-8", s.Subject))
	h("Date", time.Now().Format(time.RFC1123Z))
	h("Message-ID", messageID(from.Address))
	h("MIME-Version", "1.0")
	switch strings.ToLower(s.Priority) {
	case "high":
		h("X-Priority", "1")
		h("Importance", "high")
	case "low":
		h("X-Priority", "5")
		h("Importance", "low")
	}
	ctype := "text/plain; charset=utf-8"
	if s.BodyAsHtml {
		ctype = "text/html; charset=utf-8"
	}
	if len(s.Attachments) == 0 {
		h("Content-Type", ctype)
		h("Content-Transfer-Encoding", "quoted-printable")
		b.WriteString("\r\n")
		qp := quotedprintable.NewWriter(&b)
		qp.Write([]byte(s.Body))
		qp.Close()
		return b.Bytes(), nil
	}
	mw := multipart.NewWriter(&b)
	h("Content-Type", "multipart/mixed; boundary="+mw.Boundary())
	b.WriteString("\r\n")
	pw, _ := mw.CreatePart(textproto.MIMEHeader{"Content-Type": {ctype}, "Content-Transfer-Encoding": {"quoted-printable"}})
	qp := quotedprintable.NewWriter(pw)
	qp.Write([]byte(s.Body))
	qp.Close()
	if err := pipeline.Require(c.Session(), pipeline.FileSystem, "Send-MailMessage -Attachments"); err != nil {
		return nil, err
	}
	for _, a := range s.Attachments {
		path := c.Session().ResolvePath(a)
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("Cannot read the attachment '%s': %w", a, err)
		}
		name := filepath.Base(path)
		ct := mime.TypeByExtension(filepath.Ext(name))
		if ct == "" {
			ct = "application/octet-stream"
		}
		pw, _ := mw.CreatePart(textproto.MIMEHeader{
			"Content-Type":              {mime.FormatMediaType(ct, map[string]string{"name": name})},
			"Content-Disposition":       {mime.FormatMediaType("attachment", map[string]string{"filename": name})},
			"Content-Transfer-Encoding": {"base64"},
		})
		enc := base64.StdEncoding.EncodeToString(data)
		for len(enc) > 76 {
			pw.Write([]byte(enc[:76] + "\r\n"))
			enc = enc[76:]
		}
		pw.Write([]byte(enc + "\r\n"))
	}
	mw.Close()
	return b.Bytes(), nil
}

func messageID(from string) string {
	var r [12]byte
	rand.Read(r[:])
	_, dom, _ := strings.Cut(from, "@")
	if dom == "" {
		dom = "localhost"
	}
	return fmt.Sprintf("<%x@%s>", r, dom)
}

// send runs the SMTP conversation.
func send(ctx context.Context, addr, host string, startTLS bool, from string, to []string, msg []byte) error {
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return err
	}
	if dl, ok := ctx.Deadline(); ok {
		conn.SetDeadline(dl)
	}
	cl, err := smtp.NewClient(conn, host)
	if err != nil {
		conn.Close()
		return err
	}
	defer cl.Close()
	if startTLS {
		if err := cl.StartTLS(&tls.Config{ServerName: host}); err != nil {
			return err
		}
	}
	if err := cl.Mail(from); err != nil {
		return err
	}
	for _, t := range to {
		if err := cl.Rcpt(t); err != nil {
			return fmt.Errorf("%s: %w", t, err)
		}
	}
	w, err := cl.Data()
	if err != nil {
		return err
	}
	if _, err := w.Write(msg); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	return cl.Quit()
}
