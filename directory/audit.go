package directory

import (
	"context"
	"database/sql"
	"encoding/json"
	"slices"
	"strings"
	"time"
)

// AuditParameter is one parameter of an audited cmdlet run and its value as
// text. Its string form is the name, as Exchange shows CmdletParameters.
type AuditParameter struct {
	Name  string
	Value string
}

// String returns the parameter's name.
func (p AuditParameter) String() string { return p.Name }

// AuditRecord is one entry of the admin audit log (Exchange's
// AdminAuditLogEvent).
type AuditRecord struct {
	ObjectModified   string
	CmdletName       string
	CmdletParameters []AuditParameter
	Caller           string
	Succeeded        bool
	Error            string
	RunDate          time.Time
}

// AuditConfig is the admin audit log's configuration.
type AuditConfig struct {
	Enabled  bool
	AgeLimit time.Duration
}

// auditEnabled reads whether the admin audit log is on.
func auditEnabled(ctx context.Context, q querier) (bool, error) {
	var on bool
	err := q.QueryRowContext(ctx, "SELECT enabled FROM admin_audit_config WHERE id = 1").Scan(&on)
	if err == sql.ErrNoRows {
		return true, nil
	}
	return on, err
}

// audit writes the record of one change (err nil) or one refused or failed
// change of object inside tx, when ctx carries an Invocation and the log
// is on. on caches the configuration for the transaction (nil: read it).
func (s *sqliteStore) audit(ctx context.Context, tx *sql.Tx, on *int, object string, err error) error {
	row, aerr := s.appendAuditRow(ctx, nil, tx, on, nil, InvocationOf(ctx), object, err)
	if aerr != nil || row == nil {
		return aerr
	}
	_, aerr = tx.ExecContext(ctx, auditInsertSQL(1), row...)
	return aerr
}

// auditColumns is the number of values of one audit record.
const auditColumns = 7

// auditInsertSQL inserts n audit records.
func auditInsertSQL(n int) string {
	row := "(" + placeholders(auditColumns) + ")"
	return "INSERT INTO admin_audit_log (run_date, caller, cmdlet, object_modified, parameters, succeeded, error) VALUES " +
		strings.TrimSuffix(strings.Repeat(row+", ", n), ", ")
}

// appendAuditRow appends to dst the values of the audit record of a change
// of object by inv, or returns dst unchanged when there is none to write
// (no Invocation, or the log is off). params, when not nil, caches the
// parameters' JSON from one record to the next.
func (s *sqliteStore) appendAuditRow(ctx context.Context, dst []any, q querier, on *int, params *auditParams, inv *Invocation, object string, err error) ([]any, error) {
	if inv == nil {
		return dst, nil
	}
	if on == nil || *on == 0 {
		enabled, qerr := auditEnabled(ctx, q)
		if qerr != nil {
			return dst, qerr
		}
		v := 2
		if enabled {
			v = 1
		}
		if on == nil {
			on = new(int)
		}
		*on = v
	}
	if *on != 1 {
		return dst, nil
	}
	run, jerr := params.of(inv)
	if jerr != nil {
		return dst, jerr
	}
	var msg any
	if err != nil {
		msg = err.Error()
	}
	return append(dst, s.opts.clock().UTC().UnixNano(), run[0], run[1], object, run[2], err == nil, msg), nil
}

// auditParams holds the caller, cmdlet and parameters of the last audited
// change, encoded as the values an INSERT binds. A pipeline's objects each
// come with an Invocation of their own, but it nearly always equals the one
// before except for the object's identity, so a batch encodes only the
// parameters that changed instead of all of them for every object.
type auditParams struct {
	caller, cmdlet string
	who            [2]any // caller and cmdlet, boxed once
	params         []AuditParameter
	enc            []string // the JSON of each of params
	text           any      // the JSON of all of params
	ok             bool
}

// of returns inv's caller, cmdlet and parameters' JSON, reusing what it
// encoded for the invocation before. A nil cache always encodes.
func (c *auditParams) of(inv *Invocation) ([3]any, error) {
	if c == nil {
		b, err := json.Marshal(inv.Parameters)
		return [3]any{inv.Caller, inv.Cmdlet, string(b)}, err
	}
	if !c.ok || c.caller != inv.Caller || c.cmdlet != inv.Cmdlet {
		c.caller, c.cmdlet, c.who, c.ok = inv.Caller, inv.Cmdlet, [2]any{inv.Caller, inv.Cmdlet}, true
		c.params, c.enc, c.text = nil, nil, nil
	}
	ps := inv.Parameters
	if c.text == nil || (ps == nil) != (c.params == nil) || len(ps) != len(c.params) {
		b, err := json.Marshal(ps)
		if err != nil {
			return [3]any{}, err
		}
		c.params, c.enc, c.text = slices.Clone(ps), make([]string, len(ps)), string(b)
		if ps != nil && c.params == nil {
			c.params = []AuditParameter{}
		}
		return [3]any{c.who[0], c.who[1], c.text}, nil
	}
	changed := false
	for i, p := range ps {
		if p != c.params[i] || c.enc[i] == "" {
			b, err := json.Marshal(p)
			if err != nil {
				return [3]any{}, err
			}
			c.params[i], c.enc[i] = p, string(b)
			changed = true
		}
	}
	if changed {
		c.text = "[" + strings.Join(c.enc, ",") + "]"
	}
	return [3]any{c.who[0], c.who[1], c.text}, nil
}

// AuditQuery selects admin audit log records (Search-AdminAuditLog). Every
// condition that is set must hold.
type AuditQuery struct {
	Cmdlets    []string // any of these cmdlets
	Parameters []string // records with any of these parameters
	ObjectIDs  []string // the object's identity or name
	UserIDs    []string // the caller's identity
	Start, End time.Time
	ResultSize int // at most this many, newest first; 0 or less: unlimited
}

// SearchAdminAuditLog returns the records q selects, newest first.
func (s *sqliteStore) SearchAdminAuditLog(ctx context.Context, q AuditQuery) ([]*AuditRecord, error) {
	var where []string
	var args []any
	in := func(col string, vals []string) {
		if len(vals) > 0 {
			where = append(where, col+" COLLATE NOCASE IN ("+placeholders(len(vals))+")")
			for _, v := range vals {
				args = append(args, v)
			}
		}
	}
	in("cmdlet", q.Cmdlets)
	// Records older than the age limit are gone, as Exchange deletes them.
	var ageSecs int64
	if err := s.q().QueryRowContext(ctx, "SELECT age_limit_seconds FROM admin_audit_config WHERE id = 1").Scan(&ageSecs); err == nil && ageSecs > 0 {
		where = append(where, "run_date >= ?")
		args = append(args, s.opts.clock().UTC().Add(-time.Duration(ageSecs)*time.Second).UnixNano())
	}
	in("caller", q.UserIDs)
	if !q.Start.IsZero() {
		where, args = append(where, "run_date >= ?"), append(args, q.Start.UTC().UnixNano())
	}
	if !q.End.IsZero() {
		where, args = append(where, "run_date <= ?"), append(args, q.End.UTC().UnixNano())
	}
	sqlText := "SELECT run_date, caller, cmdlet, object_modified, parameters, succeeded, COALESCE(error, '') FROM admin_audit_log"
	if len(where) > 0 {
		sqlText += " WHERE " + strings.Join(where, " AND ")
	}
	rows, err := s.q().QueryContext(ctx, sqlText+" ORDER BY id DESC", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*AuditRecord
	for rows.Next() {
		var rec AuditRecord
		var ns int64
		var params string
		if err := rows.Scan(&ns, &rec.Caller, &rec.CmdletName, &rec.ObjectModified, &params, &rec.Succeeded, &rec.Error); err != nil {
			return nil, err
		}
		rec.RunDate = time.Unix(0, ns).UTC()
		if err := json.Unmarshal([]byte(params), &rec.CmdletParameters); err != nil {
			return nil, err
		}
		if !q.matches(&rec) {
			continue
		}
		out = append(out, &rec)
		if q.ResultSize > 0 && len(out) >= q.ResultSize {
			break
		}
	}
	return out, rows.Err()
}

// matches applies the conditions SQL does not: parameters and object ids.
func (q *AuditQuery) matches(rec *AuditRecord) bool {
	if len(q.Parameters) > 0 && !anyParameter(rec, q.Parameters) {
		return false
	}
	if len(q.ObjectIDs) == 0 {
		return true
	}
	for _, id := range q.ObjectIDs {
		if strings.EqualFold(rec.ObjectModified, id) || strings.HasSuffix(strings.ToLower(rec.ObjectModified), "/"+strings.ToLower(id)) {
			return true
		}
	}
	return false
}

func anyParameter(rec *AuditRecord, names []string) bool {
	for _, p := range rec.CmdletParameters {
		for _, n := range names {
			if strings.EqualFold(p.Name, n) {
				return true
			}
		}
	}
	return false
}

// AdminAuditLogConfig returns the audit log's configuration.
func (s *sqliteStore) AdminAuditLogConfig(ctx context.Context) (AuditConfig, error) {
	var c AuditConfig
	var secs int64
	err := s.q().QueryRowContext(ctx, "SELECT enabled, age_limit_seconds FROM admin_audit_config WHERE id = 1").Scan(&c.Enabled, &secs)
	c.AgeLimit = time.Duration(secs) * time.Second
	return c, err
}

// SetAdminAuditLogConfig stores the audit log's configuration. The change
// is audited (even when it turns the log off).
func (s *sqliteStore) SetAdminAuditLogConfig(ctx context.Context, c AuditConfig) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		if err := s.audit(ctx, tx, new(int), "Admin Audit Log Settings", nil); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, "UPDATE admin_audit_config SET enabled = ?, age_limit_seconds = ? WHERE id = 1",
			c.Enabled, int64(c.AgeLimit/time.Second))
		return err
	})
}
