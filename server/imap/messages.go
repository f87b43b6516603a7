package imap

import (
	"bufio"
	"bytes"
	"slices"
	"strings"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-message/textproto"

	"github.com/psh-project/psh/mailstore"
)

// indexes returns the positions in the client's view that numSet names.
func (ss *session) indexes(numSet imap.NumSet) []int {
	n := len(ss.msgs)
	var out []int
	switch set := numSet.(type) {
	case imap.SeqSet:
		for _, r := range set {
			lo, hi := r.Start, r.Stop
			if lo == 0 {
				lo = uint32(n)
			}
			if hi == 0 {
				hi = uint32(n)
			}
			if lo > hi {
				lo, hi = hi, lo
			}
			for s := lo; s <= hi && s <= uint32(n); s++ {
				if s >= 1 {
					out = append(out, int(s-1))
				}
			}
		}
	case imap.UIDSet:
		var max imap.UID
		if n > 0 {
			max = imap.UID(ss.msgs[n-1].UID)
		}
		for i, m := range ss.msgs {
			for _, r := range set {
				lo, hi := r.Start, r.Stop
				if lo == 0 {
					lo = max
				}
				if hi == 0 {
					hi = max
				}
				if lo > hi {
					lo, hi = hi, lo
				}
				if u := imap.UID(m.UID); u >= lo && u <= hi {
					out = append(out, i)
					break
				}
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Fetch writes the requested items of each message.
func (ss *session) Fetch(w *imapserver.FetchWriter, numSet imap.NumSet, options *imap.FetchOptions) error {
	for _, i := range ss.indexes(numSet) {
		if err := ss.fetchOne(w, i, options); err != nil {
			return err
		}
	}
	return nil
}

func needsBody(o *imap.FetchOptions) bool {
	return o.Envelope || o.BodyStructure != nil || len(o.BodySection) > 0 || len(o.BinarySection) > 0 || len(o.BinarySectionSize) > 0
}

func (ss *session) fetchOne(w *imapserver.FetchWriter, i int, o *imap.FetchOptions) error {
	m := &ss.msgs[i]
	var body []byte
	if needsBody(o) {
		b, err := ss.s.cfg.Mail.Body(ss.ctx(), ss.guid, m.UID)
		if err != nil {
			return nil // expunged by another session meanwhile: skip it
		}
		body = b
	}
	markSeen := false
	for _, bs := range o.BodySection {
		if !bs.Peek {
			markSeen = true
		}
	}
	if markSeen && !ss.readOnly && !slices.Contains(m.Flags, string(imap.FlagSeen)) {
		m.Flags = append(m.Flags, string(imap.FlagSeen))
		if err := ss.s.cfg.Mail.SetFlags(ss.ctx(), ss.guid, m.UID, m.Flags); err != nil {
			return errUnavailable
		}
		o.Flags = true
	}
	rw := w.CreateMessage(uint32(i + 1))
	if o.UID {
		rw.WriteUID(imap.UID(m.UID))
	}
	if o.Flags {
		rw.WriteFlags(toFlags(m.Flags))
	}
	if o.InternalDate {
		rw.WriteInternalDate(m.Received)
	}
	if o.RFC822Size {
		rw.WriteRFC822Size(m.Size)
	}
	if o.Envelope {
		h, err := textproto.ReadHeader(bufio.NewReader(bytes.NewReader(body)))
		if err == nil {
			rw.WriteEnvelope(imapserver.ExtractEnvelope(h))
		}
	}
	if o.BodyStructure != nil {
		rw.WriteBodyStructure(imapserver.ExtractBodyStructure(bytes.NewReader(body)))
	}
	for _, bs := range o.BodySection {
		buf := imapserver.ExtractBodySection(bytes.NewReader(body), bs)
		wc := rw.WriteBodySection(bs, int64(len(buf)))
		wc.Write(buf)
		if err := wc.Close(); err != nil {
			return err
		}
	}
	for _, bs := range o.BinarySection {
		buf := imapserver.ExtractBinarySection(bytes.NewReader(body), bs)
		wc := rw.WriteBinarySection(bs, int64(len(buf)))
		wc.Write(buf)
		if err := wc.Close(); err != nil {
			return err
		}
	}
	for _, bs := range o.BinarySectionSize {
		rw.WriteBinarySectionSize(bs, imapserver.ExtractBinarySectionSize(bytes.NewReader(body), bs))
	}
	return rw.Close()
}

// Store changes flags.
func (ss *session) Store(w *imapserver.FetchWriter, numSet imap.NumSet, flags *imap.StoreFlags, _ *imap.StoreOptions) error {
	if ss.readOnly {
		return &imap.Error{Type: imap.StatusResponseTypeNo, Text: "The mailbox is open read-only (EXAMINE)"}
	}
	for _, i := range ss.indexes(numSet) {
		m := &ss.msgs[i]
		m.Flags = applyFlags(m.Flags, flags)
		if err := ss.s.cfg.Mail.SetFlags(ss.ctx(), ss.guid, m.UID, m.Flags); err != nil {
			return errUnavailable
		}
		if !flags.Silent {
			rw := w.CreateMessage(uint32(i + 1))
			rw.WriteFlags(toFlags(m.Flags))
			if err := rw.Close(); err != nil {
				return err
			}
		}
	}
	return nil
}

func applyFlags(cur []string, f *imap.StoreFlags) []string {
	set := func(fs []string) []string { return slices.Compact(sortedFlags(fs)) }
	var given []string
	for _, x := range f.Flags {
		given = append(given, string(x))
	}
	switch f.Op {
	case imap.StoreFlagsSet:
		return set(given)
	case imap.StoreFlagsAdd:
		return set(append(slices.Clone(cur), given...))
	default:
		return slices.DeleteFunc(slices.Clone(cur), func(x string) bool {
			return slices.ContainsFunc(given, func(g string) bool { return strings.EqualFold(g, x) })
		})
	}
}

func sortedFlags(fs []string) []string {
	slices.SortFunc(fs, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	return fs
}

// Expunge removes the messages flagged \Deleted (of uids, when given).
func (ss *session) Expunge(w *imapserver.ExpungeWriter, uids *imap.UIDSet) error {
	if ss.readOnly {
		return &imap.Error{Type: imap.StatusResponseTypeNo, Text: "The mailbox is open read-only (EXAMINE)"}
	}
	var gone []uint32
	var seqs []int
	for i, m := range ss.msgs {
		if !slices.Contains(m.Flags, string(imap.FlagDeleted)) {
			continue
		}
		if uids != nil && !uids.Contains(imap.UID(m.UID)) {
			continue
		}
		gone, seqs = append(gone, m.UID), append(seqs, i)
	}
	if err := ss.s.cfg.Mail.Delete(ss.ctx(), ss.guid, gone); err != nil {
		return errUnavailable
	}
	for k := len(seqs) - 1; k >= 0; k-- {
		i := seqs[k]
		ss.msgs = slices.Delete(ss.msgs, i, i+1)
		if err := w.WriteExpunge(uint32(i + 1)); err != nil {
			return err
		}
	}
	return nil
}

// Copy copies messages into INBOX (the only folder).
func (ss *session) Copy(numSet imap.NumSet, dest string) (*imap.CopyData, error) {
	if !isInbox(dest) {
		return nil, &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeTryCreate, Text: "psh mailboxes have one folder, INBOX"}
	}
	data := &imap.CopyData{}
	for _, i := range ss.indexes(numSet) {
		m := ss.msgs[i]
		body, err := ss.s.cfg.Mail.Body(ss.ctx(), ss.guid, m.UID)
		if err != nil {
			continue
		}
		uid, err := ss.s.cfg.Mail.Deliver(ss.ctx(), ss.guid, body, m.Flags, m.Received)
		if err != nil {
			return nil, errUnavailable
		}
		data.SourceUIDs.AddNum(imap.UID(m.UID))
		data.DestUIDs.AddNum(imap.UID(uid))
	}
	info, err := ss.s.cfg.Mail.Info(ss.ctx(), ss.guid)
	if err != nil {
		return nil, errUnavailable
	}
	data.UIDValidity = info.UIDValidity
	return data, nil
}

// Search returns the messages that match every criterion.
func (ss *session) Search(kind imapserver.NumKind, c *imap.SearchCriteria, _ *imap.SearchOptions) (*imap.SearchData, error) {
	var seqs imap.SeqSet
	var uids imap.UIDSet
	var count uint32
	for i, m := range ss.msgs {
		ok, err := ss.matches(i, m, c)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		count++
		if kind == imapserver.NumKindUID {
			uids.AddNum(imap.UID(m.UID))
		} else {
			seqs.AddNum(uint32(i + 1))
		}
	}
	d := &imap.SearchData{Count: count}
	if kind == imapserver.NumKindUID {
		d.All = uids
	} else {
		d.All = seqs
	}
	return d, nil
}

func (ss *session) matches(i int, m mailstore.Message, c *imap.SearchCriteria) (bool, error) {
	for _, set := range c.SeqNum {
		if !slices.Contains(ss.indexes(set), i) {
			return false, nil
		}
	}
	for _, set := range c.UID {
		if !slices.Contains(ss.indexes(set), i) {
			return false, nil
		}
	}
	day := m.Received.Truncate(24 * 60 * 60 * 1e9)
	if !c.Since.IsZero() && day.Before(c.Since) || !c.Before.IsZero() && !day.Before(c.Before) {
		return false, nil
	}
	if c.Larger > 0 && m.Size <= c.Larger || c.Smaller > 0 && m.Size >= c.Smaller {
		return false, nil
	}
	for _, f := range c.Flag {
		if !hasFlag(m.Flags, f) {
			return false, nil
		}
	}
	for _, f := range c.NotFlag {
		if hasFlag(m.Flags, f) {
			return false, nil
		}
	}
	if len(c.Header) > 0 || len(c.Body) > 0 || len(c.Text) > 0 {
		ok, err := ss.matchText(m, c)
		if err != nil || !ok {
			return false, err
		}
	}
	for k := range c.Not {
		ok, err := ss.matches(i, m, &c.Not[k])
		if err != nil || ok {
			return false, err
		}
	}
	for _, pair := range c.Or {
		a, err := ss.matches(i, m, &pair[0])
		if err != nil {
			return false, err
		}
		b, err := ss.matches(i, m, &pair[1])
		if err != nil {
			return false, err
		}
		if !a && !b {
			return false, nil
		}
	}
	return true, nil
}

func hasFlag(fs []string, f imap.Flag) bool {
	return slices.ContainsFunc(fs, func(x string) bool { return strings.EqualFold(x, string(f)) })
}

// matchText applies HEADER, BODY and TEXT, case-insensitively on the raw
// message (no MIME decoding).
func (ss *session) matchText(m mailstore.Message, c *imap.SearchCriteria) (bool, error) {
	body, err := ss.s.cfg.Mail.Body(ss.ctx(), ss.guid, m.UID)
	if err != nil {
		return false, nil
	}
	lower := strings.ToLower(string(body))
	head, rest, _ := strings.Cut(lower, "\r\n\r\n")
	h, err := textproto.ReadHeader(bufio.NewReader(bytes.NewReader(body)))
	if err != nil {
		return false, nil
	}
	for _, f := range c.Header {
		v := strings.ToLower(h.Get(f.Key))
		if !h.Has(f.Key) || !strings.Contains(v, strings.ToLower(f.Value)) {
			return false, nil
		}
	}
	for _, s := range c.Body {
		if !strings.Contains(rest, strings.ToLower(s)) {
			return false, nil
		}
	}
	for _, s := range c.Text {
		if !strings.Contains(head, strings.ToLower(s)) && !strings.Contains(rest, strings.ToLower(s)) {
			return false, nil
		}
	}
	return true, nil
}
