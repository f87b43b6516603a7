package pop3

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/mailstore"
	"github.com/psh-project/psh/server/access"
)

// idleTimeout ends a session that sends nothing (RFC 1939's autologout
// timer: at least 10 minutes).
const idleTimeout = 10 * time.Minute

type session struct {
	s        *Server
	ctx      context.Context
	conn     net.Conn
	r        *bufio.Reader
	w        *bufio.Writer
	id       string
	remote   string
	settings *mailstore.ProtocolSettings

	user    string // from USER
	mailbox *directory.Recipient
	msgs    []mailstore.Message
	deleted []bool
	uidv    uint32
}

func (s *Server) session(ctx context.Context, c net.Conn) {
	ss := &session{s: s, ctx: ctx, conn: c, settings: s.Settings.Load(), remote: c.RemoteAddr().String()}
	ss.id = s.NextID()
	ss.reset()
	ss.logf("connect")
	defer ss.logf("disconnect")
	defer func() {
		if ss.mailbox != nil {
			s.unlock(ss.mailbox.Guid.String())
		}
	}()
	ss.reply("+OK " + ss.settings.Banner)
	for {
		if !ss.flush() {
			return
		}
		c.SetReadDeadline(time.Now().Add(idleTimeout))
		line, err := ss.readLine()
		if err != nil {
			if errors.Is(err, errLineTooLong) {
				ss.reply("-ERR Line too long.")
				ss.flush()
			}
			return
		}
		cmd, err := ParseCommand(line)
		if err != nil {
			ss.reply("-ERR Protocol error: " + err.Error() + ".")
			continue
		}
		ss.logCommand(cmd)
		if done := ss.dispatch(cmd); done {
			ss.flush()
			return
		}
	}
}

// reset makes fresh buffered reader and writer (after STLS).
func (ss *session) reset() {
	ss.r = bufio.NewReaderSize(ss.conn, 1024)
	ss.w = bufio.NewWriterSize(ss.conn, 4096)
}

var errLineTooLong = errors.New("line too long")

func (ss *session) readLine() (string, error) {
	var buf []byte
	for {
		part, more, err := ss.r.ReadLine()
		if err != nil {
			return "", err
		}
		buf = append(buf, part...)
		if len(buf) > MaxLine {
			return "", errLineTooLong
		}
		if !more {
			return string(buf), nil
		}
	}
}

func (ss *session) reply(line string) { ss.w.WriteString(line + "\r\n") }

func (ss *session) flush() bool { return ss.w.Flush() == nil }

func (ss *session) logf(format string, args ...any) {
	ss.s.ProtoLog.Load().Printf(ss.id, ss.remote, format, args...)
}

func (ss *session) logCommand(c Command) {
	if c.Name == "PASS" {
		ss.logf("PASS ****")
		return
	}
	ss.logf("%s %s", c.Name, strings.Join(c.Args, " "))
}

func (ss *session) secure() bool {
	_, ok := ss.conn.(*tls.Conn)
	return ok
}

// dispatch runs one command; it returns true when the session ends.
func (ss *session) dispatch(c Command) bool {
	if c.Name == "QUIT" {
		return ss.quit()
	}
	if c.Name == "CAPA" {
		ss.capa()
		return false
	}
	if ss.mailbox == nil {
		ss.authorization(c)
		return false
	}
	ss.transaction(c)
	return false
}

func (ss *session) capa() {
	ss.reply("+OK Capability list follows")
	for _, l := range []string{"TOP", "UIDL", "RESP-CODES", "AUTH-RESP-CODE", "PIPELINING", "EXPIRE NEVER", "IMPLEMENTATION psh"} {
		ss.reply(l)
	}
	if ss.mailbox == nil {
		if ss.plainAllowed() {
			ss.reply("USER")
		}
		if !ss.secure() && ss.s.cfg.TLS != nil {
			ss.reply("STLS")
		}
	}
	ss.reply(".")
}

func (ss *session) plainAllowed() bool { return ss.secure() || ss.settings.LoginType.AllowsPlainText() }

func (ss *session) authorization(c Command) {
	switch c.Name {
	case "STLS":
		ss.stls()
	case "USER":
		if !ss.plainAllowed() {
			ss.reply("-ERR [AUTH] Plain text logins are not allowed on an unencrypted connection; use STLS or the SSL port first.")
			ss.logf("refused USER: SecureLogin requires TLS")
			return
		}
		if len(c.Args) != 1 {
			ss.reply("-ERR Usage: USER name")
			return
		}
		ss.user = c.Args[0]
		ss.reply("+OK")
	case "PASS":
		if ss.user == "" {
			ss.reply("-ERR Send USER first.")
			return
		}
		if len(c.Args) != 1 {
			ss.reply("-ERR Usage: PASS password")
			return
		}
		ss.login(c.Args[0])
	default:
		ss.reply("-ERR Command is not valid in this state.")
	}
}

func (ss *session) stls() {
	if ss.secure() || ss.s.cfg.TLS == nil {
		ss.reply("-ERR Command is not valid in this state.")
		return
	}
	ss.reply("+OK Begin TLS negotiation")
	if !ss.flush() {
		return
	}
	tc := tls.Server(ss.conn, ss.s.cfg.TLS)
	if err := tc.HandshakeContext(ss.ctx); err != nil {
		ss.logf("TLS handshake failed: %v", err)
		ss.conn.Close()
		return
	}
	ss.conn = tc
	ss.reset()
	ss.user = ""
}

func (ss *session) login(password string) {
	user := ss.user
	ss.user = ""
	r, err := ss.s.cfg.Directory.Login(ss.ctx, access.POP3, user, []byte(password))
	var ref *access.Refusal
	switch {
	case errors.As(err, &ref):
		ss.logf("login refused: %s", ref.Reason)
		ss.s.cfg.Log.Info("POP3 login refused", "session", ss.id, "remote", ss.remote, "user", user, "reason", ref.Reason)
		ss.reply("-ERR [AUTH] Logon failure: unknown user name or bad password.")
		return
	case err != nil:
		ss.s.cfg.Log.Error("POP3 login failed", "session", ss.id, "user", user, "err", err)
		ss.reply("-ERR [SYS/TEMP] The directory is unavailable; try again later.")
		return
	}
	guid := r.Guid.String()
	if !ss.s.lock(guid) {
		ss.logf("login refused: the mailbox is in use by another POP3 session")
		ss.reply("-ERR [IN-USE] The mailbox is in use by another POP3 session.")
		return
	}
	info, err := ss.s.cfg.Mail.Info(ss.ctx, guid)
	if err == nil {
		ss.msgs, err = ss.s.cfg.Mail.List(ss.ctx, guid)
	}
	if err != nil {
		ss.s.unlock(guid)
		ss.s.cfg.Log.Error("POP3 mailbox unavailable", "session", ss.id, "mailbox", r.Identity, "err", err)
		ss.reply("-ERR [SYS/TEMP] The mailbox is unavailable; try again later.")
		return
	}
	ss.mailbox, ss.uidv = r, info.UIDValidity
	ss.deleted = make([]bool, len(ss.msgs))
	_ = ss.s.cfg.Mail.SetLastLogon(ss.ctx, guid, time.Now())
	ss.logf("login %s as %s", user, r.Identity)
	ss.reply("+OK User successfully logged on.")
}

// message returns the message a number argument names, or replies -ERR.
func (ss *session) message(arg string) (int, bool) {
	n, err := strconv.Atoi(arg)
	if err != nil || n < 1 || n > len(ss.msgs) {
		ss.reply("-ERR No such message.")
		return 0, false
	}
	if ss.deleted[n-1] {
		ss.reply("-ERR Message " + arg + " is deleted.")
		return 0, false
	}
	return n - 1, true
}

func (ss *session) transaction(c Command) {
	switch c.Name {
	case "STAT":
		n, size := 0, int64(0)
		for i, m := range ss.msgs {
			if !ss.deleted[i] {
				n, size = n+1, size+m.Size
			}
		}
		ss.reply(fmt.Sprintf("+OK %d %d", n, size))
	case "LIST", "UIDL":
		ss.listing(c)
	case "RETR", "TOP":
		ss.retrieve(c)
	case "DELE":
		if len(c.Args) != 1 {
			ss.reply("-ERR Usage: DELE msg")
			return
		}
		if i, ok := ss.message(c.Args[0]); ok {
			ss.deleted[i] = true
			ss.reply("+OK")
		}
	case "RSET":
		clear(ss.deleted)
		ss.reply("+OK")
	case "NOOP":
		ss.reply("+OK")
	default:
		ss.reply("-ERR Command is not valid in this state.")
	}
}

func (ss *session) entry(c Command, i int) string {
	if c.Name == "LIST" {
		return fmt.Sprintf("%d %d", i+1, ss.msgs[i].Size)
	}
	return fmt.Sprintf("%d %d.%d", i+1, ss.uidv, ss.msgs[i].UID)
}

func (ss *session) listing(c Command) {
	if len(c.Args) > 1 {
		ss.reply("-ERR Usage: " + c.Name + " [msg]")
		return
	}
	if len(c.Args) == 1 {
		if i, ok := ss.message(c.Args[0]); ok {
			ss.reply("+OK " + ss.entry(c, i))
		}
		return
	}
	ss.reply("+OK")
	for i := range ss.msgs {
		if !ss.deleted[i] {
			ss.reply(ss.entry(c, i))
		}
	}
	ss.reply(".")
}

func (ss *session) retrieve(c Command) {
	want := 1
	if c.Name == "TOP" {
		want = 2
	}
	if len(c.Args) != want {
		ss.reply(map[string]string{"RETR": "-ERR Usage: RETR msg", "TOP": "-ERR Usage: TOP msg lines"}[c.Name])
		return
	}
	lines := -1
	if c.Name == "TOP" {
		n, err := strconv.Atoi(c.Args[1])
		if err != nil || n < 0 {
			ss.reply("-ERR The line count must be a number of 0 or more.")
			return
		}
		lines = n
	}
	i, ok := ss.message(c.Args[0])
	if !ok {
		return
	}
	body, err := ss.s.cfg.Mail.Body(ss.ctx, ss.mailbox.Guid.String(), ss.msgs[i].UID)
	if err != nil {
		ss.reply("-ERR The message is no longer available.")
		return
	}
	ss.reply(fmt.Sprintf("+OK %d octets", len(body)))
	writeDotStuffed(ss.w, body, lines)
	ss.reply(".")
}

// writeDotStuffed writes body line by line with CRLF endings, doubling a
// leading dot; lines >= 0 stops after the header and that many body lines.
func writeDotStuffed(w *bufio.Writer, body []byte, lines int) {
	inBody, n := false, 0
	for len(body) > 0 {
		line := body
		if i := bytes.IndexByte(body, '\n'); i >= 0 {
			line, body = body[:i], body[i+1:]
		} else {
			body = nil
		}
		line = bytes.TrimSuffix(line, []byte("\r"))
		if inBody && lines >= 0 {
			if n == lines {
				return
			}
			n++
		}
		if len(line) > 0 && line[0] == '.' {
			w.WriteByte('.')
		}
		w.Write(line)
		w.WriteString("\r\n")
		if !inBody && len(line) == 0 {
			inBody = true
		}
	}
}

func (ss *session) quit() bool {
	if ss.mailbox == nil {
		ss.reply("+OK Microsoft Exchange POP3 server signing off.")
		return true
	}
	var uids []uint32
	for i, d := range ss.deleted {
		if d {
			uids = append(uids, ss.msgs[i].UID)
		}
	}
	if err := ss.s.cfg.Mail.Delete(context.WithoutCancel(ss.ctx), ss.mailbox.Guid.String(), uids); err != nil {
		ss.s.cfg.Log.Error("POP3 delete failed", "session", ss.id, "mailbox", ss.mailbox.Identity, "err", err)
		ss.reply("-ERR [SYS/TEMP] Some deleted messages were not removed.")
		return true
	}
	ss.reply("+OK Microsoft Exchange POP3 server signing off.")
	return true
}
