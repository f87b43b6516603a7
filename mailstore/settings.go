package mailstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
)

// LoadSettings reads the settings stored under name into v (JSON); v is
// left as it is when nothing is stored.
func (s *Store) LoadSettings(ctx context.Context, name string, v any) error {
	var text string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM settings WHERE name = ?`, name).Scan(&text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	return json.Unmarshal([]byte(text), v)
}

// SaveSettings stores v (as JSON) under name.
func (s *Store) SaveSettings(ctx context.Context, name string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value`, name, string(b))
	return err
}
