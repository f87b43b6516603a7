package imap

import (
	"slices"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
)

// refresh brings the client's view up to date with the store: expunged
// messages (when allowed), new messages, changed flags.
func (ss *session) refresh(w *imapserver.UpdateWriter, allowExpunge bool) error {
	if !ss.selected {
		return nil
	}
	now, err := ss.s.cfg.Mail.List(ss.ctx(), ss.guid)
	if err != nil {
		return errUnavailable
	}
	current := make(map[uint32]int, len(now))
	for i, m := range now {
		current[m.UID] = i
	}
	if allowExpunge {
		for i := len(ss.msgs) - 1; i >= 0; i-- {
			if _, ok := current[ss.msgs[i].UID]; !ok {
				if err := w.WriteExpunge(uint32(i + 1)); err != nil {
					return err
				}
				ss.msgs = slices.Delete(ss.msgs, i, i+1)
			}
		}
	}
	for i, m := range ss.msgs {
		if j, ok := current[m.UID]; ok && !slices.Equal(now[j].Flags, m.Flags) {
			ss.msgs[i].Flags = now[j].Flags
			if err := w.WriteMessageFlags(uint32(i+1), imap.UID(m.UID), toFlags(now[j].Flags)); err != nil {
				return err
			}
		}
	}
	var last uint32
	if len(ss.msgs) > 0 {
		last = ss.msgs[len(ss.msgs)-1].UID
	}
	grew := false
	for _, m := range now {
		if m.UID > last {
			ss.msgs = append(ss.msgs, m)
			grew = true
		}
	}
	if grew {
		return w.WriteNumMessages(uint32(len(ss.msgs)))
	}
	return nil
}

// Poll reports changes at NOOP and after commands.
func (ss *session) Poll(w *imapserver.UpdateWriter, allowExpunge bool) error {
	return ss.refresh(w, allowExpunge)
}

// Idle reports new mail as it is delivered, until the client sends DONE.
func (ss *session) Idle(w *imapserver.UpdateWriter, stop <-chan struct{}) error {
	if !ss.selected {
		<-stop
		return nil
	}
	ch, cancel := ss.s.cfg.Mail.Watch(ss.guid)
	defer cancel()
	if err := ss.refresh(w, true); err != nil {
		return err
	}
	for {
		select {
		case <-ch:
			if err := ss.refresh(w, true); err != nil {
				return err
			}
		case <-stop:
			return nil
		}
	}
}

func toFlags(fs []string) []imap.Flag {
	out := make([]imap.Flag, len(fs))
	for i, f := range fs {
		out[i] = imap.Flag(f)
	}
	return out
}
