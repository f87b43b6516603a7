package mailstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Store is a message store. Its methods are safe for concurrent use.
type Store struct {
	db *sql.DB

	mu       sync.Mutex
	watchers map[string]map[chan struct{}]struct{}
}

// PathFor returns the message store file that belongs to the directory
// file at directoryPath: directory.db -> directory.mail.db.
func PathFor(directoryPath string) string {
	ext := filepath.Ext(directoryPath)
	return strings.TrimSuffix(directoryPath, ext) + ".mail.db"
}

const schema = `
CREATE TABLE IF NOT EXISTS mailboxes (
	guid TEXT PRIMARY KEY,
	uidvalidity INTEGER NOT NULL,
	uidnext INTEGER NOT NULL,
	last_logon INTEGER
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS messages (
	mailbox TEXT NOT NULL,
	uid INTEGER NOT NULL,
	flags TEXT NOT NULL DEFAULT '',
	received INTEGER NOT NULL,
	size INTEGER NOT NULL,
	body BLOB NOT NULL,
	PRIMARY KEY (mailbox, uid)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS settings (
	name TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;
`

// Open opens (creating if needed) the store file at path.
func Open(path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("mailstore: %w", err)
	}
	q := url.Values{}
	q.Set("_txlock", "immediate")
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, err
	}
	if _, err := db.Exec(schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("mailstore %s: %w", path, err)
	}
	return &Store{db: db, watchers: map[string]map[chan struct{}]struct{}{}}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Message describes one stored message without its contents.
type Message struct {
	UID      uint32
	Flags    []string
	Received time.Time
	Size     int64
}

// Info describes one mailbox.
type Info struct {
	UIDValidity uint32
	UIDNext     uint32
	Count       int
	Size        int64
	LastLogon   time.Time // zero: never
}

// ensure returns the mailbox row's UIDVALIDITY and UIDNEXT, creating it.
func ensure(ctx context.Context, tx *sql.Tx, guid string) (validity, next uint32, err error) {
	err = tx.QueryRowContext(ctx, `SELECT uidvalidity, uidnext FROM mailboxes WHERE guid = ?`, guid).Scan(&validity, &next)
	if errors.Is(err, sql.ErrNoRows) {
		validity, next = uint32(time.Now().Unix()), 1
		_, err = tx.ExecContext(ctx, `INSERT INTO mailboxes (guid, uidvalidity, uidnext) VALUES (?, ?, ?)`, guid, validity, next)
	}
	return validity, next, err
}

// Deliver stores body in the mailbox with GUID guid and returns its UID.
func (s *Store) Deliver(ctx context.Context, guid string, body []byte, flags []string, at time.Time) (uint32, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	_, uid, err := ensure(ctx, tx, guid)
	if err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO messages (mailbox, uid, flags, received, size, body) VALUES (?, ?, ?, ?, ?, ?)`,
		guid, uid, joinFlags(flags), at.UnixNano(), len(body), body); err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE mailboxes SET uidnext = ? WHERE guid = ?`, uid+1, guid); err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	s.notify(guid)
	return uid, nil
}

// Info returns the mailbox's UIDVALIDITY, next UID, message count, total
// size and last logon, creating the mailbox if it has never been used.
func (s *Store) Info(ctx context.Context, guid string) (Info, error) {
	var in Info
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return in, err
	}
	defer tx.Rollback()
	if in.UIDValidity, in.UIDNext, err = ensure(ctx, tx, guid); err != nil {
		return in, err
	}
	var logon sql.NullInt64
	if err := tx.QueryRowContext(ctx, `SELECT last_logon FROM mailboxes WHERE guid = ?`, guid).Scan(&logon); err != nil {
		return in, err
	}
	if logon.Valid {
		in.LastLogon = time.Unix(0, logon.Int64).UTC()
	}
	if err := tx.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(size), 0) FROM messages WHERE mailbox = ?`, guid).Scan(&in.Count, &in.Size); err != nil {
		return in, err
	}
	return in, tx.Commit()
}

// List returns the mailbox's messages in UID order.
func (s *Store) List(ctx context.Context, guid string) ([]Message, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT uid, flags, received, size FROM messages WHERE mailbox = ? ORDER BY uid`, guid)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Message
	for rows.Next() {
		var m Message
		var flags string
		var at int64
		if err := rows.Scan(&m.UID, &flags, &at, &m.Size); err != nil {
			return nil, err
		}
		m.Flags, m.Received = splitFlags(flags), time.Unix(0, at).UTC()
		out = append(out, m)
	}
	return out, rows.Err()
}

// ErrNoMessage is returned for a UID the mailbox does not hold.
var ErrNoMessage = errors.New("no such message")

// Body returns the message's contents.
func (s *Store) Body(ctx context.Context, guid string, uid uint32) ([]byte, error) {
	var b []byte
	err := s.db.QueryRowContext(ctx, `SELECT body FROM messages WHERE mailbox = ? AND uid = ?`, guid, uid).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNoMessage
	}
	return b, err
}

// Delete removes the messages with the given UIDs, in one transaction.
func (s *Store) Delete(ctx context.Context, guid string, uids []uint32) error {
	if len(uids) == 0 {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, u := range uids {
		if _, err := tx.ExecContext(ctx, `DELETE FROM messages WHERE mailbox = ? AND uid = ?`, guid, u); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// SetFlags replaces the flags of one message.
func (s *Store) SetFlags(ctx context.Context, guid string, uid uint32, flags []string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE messages SET flags = ? WHERE mailbox = ? AND uid = ?`, joinFlags(flags), guid, uid)
	return err
}

// SetLastLogon records a successful POP3 or IMAP4 login.
func (s *Store) SetLastLogon(ctx context.Context, guid string, at time.Time) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, _, err := ensure(ctx, tx, guid); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE mailboxes SET last_logon = ? WHERE guid = ?`, at.UnixNano(), guid); err != nil {
		return err
	}
	return tx.Commit()
}

func joinFlags(f []string) string { return strings.Join(f, " ") }

func splitFlags(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Fields(s)
}

// Replace empties the store's mailboxes and fills them with contents
// (mailbox GUID -> messages), in one transaction: New-DemoOrganization
// uses it. Settings are kept.
func (s *Store) Replace(ctx context.Context, contents map[string][][]byte, at time.Time) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, q := range []string{`DELETE FROM messages`, `DELETE FROM mailboxes`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	ins, err := tx.PrepareContext(ctx, `INSERT INTO messages (mailbox, uid, flags, received, size, body) VALUES (?, ?, '', ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	validity := uint32(at.Unix())
	for guid, msgs := range contents {
		for i, b := range msgs {
			if _, err := ins.ExecContext(ctx, guid, i+1, at.UnixNano(), len(b), b); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO mailboxes (guid, uidvalidity, uidnext) VALUES (?, ?, ?)`, guid, validity, len(msgs)+1); err != nil {
			return err
		}
	}
	return tx.Commit()
}
