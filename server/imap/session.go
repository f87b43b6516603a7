package imap

import (
	"context"
	"errors"
	"io"
	"net"
	"slices"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/mailstore"
	"github.com/psh-project/psh/server/access"
)

// inbox is the one folder of a mailbox.
const inbox = "INBOX"

// session is one client's IMAP session (imapserver.Session).
type session struct {
	s      *Server
	conn   net.Conn // as handed over, for ending the front end's wait
	id     string
	remote string

	mailbox  *directory.Recipient
	guid     string
	selected bool
	readOnly bool
	msgs     []mailstore.Message // the client's view: index = sequence number - 1
}

func (s *Server) newSession(c *imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
	nc := c.NetConn()
	ss := &session{s: s, conn: nc, remote: nc.RemoteAddr().String()}
	ss.id = s.NextID()
	ss.logf("connect")
	return ss, nil, nil
}

func (ss *session) ctx() context.Context { return context.Background() }

func (ss *session) logf(format string, args ...any) {
	ss.s.ProtoLog.Load().Printf(ss.id, ss.remote, format, args...)
}

var errNoFolder = &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeNonExistent, Text: "psh mailboxes have one folder, INBOX"}

var errUnavailable = &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeUnavailable, Text: "The mailbox is unavailable; try again later"}

func isInbox(name string) bool { return strings.EqualFold(name, inbox) }

// Close ends the session.
func (ss *session) Close() error {
	ss.logf("disconnect")
	if ss.guid != "" {
		ss.s.release(ss.guid)
	}
	ss.s.ended(ss.conn)
	return nil
}

// Login checks the login against the directory.
func (ss *session) Login(username, password string) error {
	ss.logf("LOGIN %s ****", username)
	r, err := ss.s.cfg.Directory.Login(ss.ctx(), access.IMAP4, username, []byte(password))
	var ref *access.Refusal
	switch {
	case errors.As(err, &ref):
		ss.logf("login refused: %s", ref.Reason)
		ss.s.cfg.Log.Info("IMAP4 login refused", "session", ss.id, "remote", ss.remote, "user", username, "reason", ref.Reason)
		return imapserver.ErrAuthFailed
	case err != nil:
		ss.s.cfg.Log.Error("IMAP4 login failed", "session", ss.id, "user", username, "err", err)
		return errUnavailable
	}
	if !ss.s.admit(r.Guid.String()) {
		ss.logf("login refused: %s has MaxConnectionsPerUser sessions already", r.Identity)
		return &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeLimit, Text: "Too many sessions for this mailbox; close one and try again"}
	}
	ss.mailbox, ss.guid = r, r.Guid.String()
	_ = ss.s.cfg.Mail.SetLastLogon(ss.ctx(), ss.guid, time.Now())
	ss.logf("login %s as %s", username, r.Identity)
	return nil
}

var (
	mailboxFlags   = []imap.Flag{imap.FlagSeen, imap.FlagAnswered, imap.FlagFlagged, imap.FlagDeleted, imap.FlagDraft}
	permanentFlags = append(slices.Clone(mailboxFlags), imap.FlagWildcard)
)

// Select opens INBOX.
func (ss *session) Select(name string, options *imap.SelectOptions) (*imap.SelectData, error) {
	if !isInbox(name) {
		return nil, errNoFolder
	}
	info, msgs, err := ss.load()
	if err != nil {
		return nil, err
	}
	ss.selected, ss.readOnly, ss.msgs = true, options != nil && options.ReadOnly, msgs
	data := &imap.SelectData{Flags: mailboxFlags, PermanentFlags: permanentFlags, NumMessages: uint32(len(msgs)),
		UIDNext: imap.UID(info.UIDNext), UIDValidity: info.UIDValidity}
	for i, m := range msgs {
		if !slices.Contains(m.Flags, string(imap.FlagSeen)) {
			data.FirstUnseenSeqNum = uint32(i + 1)
			break
		}
	}
	return data, nil
}

// load reads INBOX's counters and messages.
func (ss *session) load() (mailstore.Info, []mailstore.Message, error) {
	info, err := ss.s.cfg.Mail.Info(ss.ctx(), ss.guid)
	if err != nil {
		return info, nil, errUnavailable
	}
	msgs, err := ss.s.cfg.Mail.List(ss.ctx(), ss.guid)
	if err != nil {
		return info, nil, errUnavailable
	}
	return info, msgs, nil
}

// Unselect closes INBOX without expunging.
func (ss *session) Unselect() error {
	ss.selected, ss.msgs = false, nil
	return nil
}

// Create, Delete and Rename are refused: a mailbox has only INBOX.
func (ss *session) Create(string, *imap.CreateOptions) error { return errNoFolder }

// Delete is refused.
func (ss *session) Delete(string) error { return errNoFolder }

// Rename is refused.
func (ss *session) Rename(string, string, *imap.RenameOptions) error { return errNoFolder }

// Subscribe accepts INBOX.
func (ss *session) Subscribe(name string) error {
	if !isInbox(name) {
		return errNoFolder
	}
	return nil
}

// Unsubscribe accepts INBOX.
func (ss *session) Unsubscribe(name string) error { return ss.Subscribe(name) }

// List lists INBOX when a pattern matches it.
func (ss *session) List(w *imapserver.ListWriter, ref string, patterns []string, _ *imap.ListOptions) error {
	for _, p := range patterns {
		if p == "" {
			return w.WriteList(&imap.ListData{Attrs: []imap.MailboxAttr{imap.MailboxAttrNoSelect}, Delim: '/'})
		}
	}
	for _, p := range patterns {
		if imapserver.MatchList(inbox, '/', ref, p) {
			return w.WriteList(&imap.ListData{Mailbox: inbox, Delim: '/', Attrs: []imap.MailboxAttr{imap.MailboxAttrHasNoChildren}})
		}
	}
	return nil
}

// Namespace is the personal namespace only.
func (ss *session) Namespace() (*imap.NamespaceData, error) {
	return &imap.NamespaceData{Personal: []imap.NamespaceDescriptor{{Delim: '/'}}}, nil
}

// Status reports INBOX's counters.
func (ss *session) Status(name string, options *imap.StatusOptions) (*imap.StatusData, error) {
	if !isInbox(name) {
		return nil, errNoFolder
	}
	info, msgs, err := ss.load()
	if err != nil {
		return nil, err
	}
	n, unseen, deleted := uint32(len(msgs)), uint32(0), uint32(0)
	for _, m := range msgs {
		if !slices.Contains(m.Flags, string(imap.FlagSeen)) {
			unseen++
		}
		if slices.Contains(m.Flags, string(imap.FlagDeleted)) {
			deleted++
		}
	}
	d := &imap.StatusData{Mailbox: inbox, UIDNext: imap.UID(info.UIDNext), UIDValidity: info.UIDValidity}
	if options.NumMessages {
		d.NumMessages = &n
	}
	if options.NumUnseen {
		d.NumUnseen = &unseen
	}
	if options.NumDeleted {
		d.NumDeleted = &deleted
	}
	if options.Size {
		d.Size = &info.Size
	}
	return d, nil
}

// maxAppend bounds one APPENDed message.
const maxAppend = 35 << 20

// Append stores a message in INBOX.
func (ss *session) Append(name string, r imap.LiteralReader, options *imap.AppendOptions) (*imap.AppendData, error) {
	if !isInbox(name) {
		return nil, &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeTryCreate, Text: "psh mailboxes have one folder, INBOX"}
	}
	if r.Size() > maxAppend {
		return nil, &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeTooBig, Text: "The message is too large"}
	}
	body, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	at := time.Now()
	var flags []string
	if options != nil {
		if !options.Time.IsZero() {
			at = options.Time
		}
		for _, f := range options.Flags {
			flags = append(flags, string(f))
		}
	}
	uid, err := ss.s.cfg.Mail.Deliver(ss.ctx(), ss.guid, body, flags, at)
	if err != nil {
		return nil, errUnavailable
	}
	info, err := ss.s.cfg.Mail.Info(ss.ctx(), ss.guid)
	if err != nil {
		return nil, errUnavailable
	}
	return &imap.AppendData{UID: imap.UID(uid), UIDValidity: info.UIDValidity}, nil
}
