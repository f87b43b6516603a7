package exchange

import (
	"reflect"
	"time"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/pipeline"
)

// SearchAdminAuditLog is Search-AdminAuditLog: the admin audit log's
// records, newest first, selected by cmdlet, parameter, object, caller and
// date.
type SearchAdminAuditLog struct {
	cn               *conn
	Cmdlets          []string  `param:"" help:"Only records of these cmdlets."`
	Parameters       []string  `param:"" help:"Only records of runs with any of these parameters."`
	ObjectIds        []string  `param:"" help:"Only records of changes of these objects (identity or name)."`
	UserIds          []string  `param:"" help:"Only records of changes made by these users."`
	StartDate        time.Time `param:"" help:"Only records from this date on."`
	EndDate          time.Time `param:"" help:"Only records up to this date."`
	ResultSize       any       `param:"" help:"At most this many records (default 1000), or Unlimited."`
	IsSuccess        any       `param:"" help:"Only records of runs that succeeded ($true) or failed ($false)."`
	DomainController string    `param:"" help:"Accepted for compatibility."`
}

// Process implements pipeline.Cmdlet.
func (s *SearchAdminAuditLog) Process(c *pipeline.Context) error {
	rs, err := s.cn.roleStore()
	if err != nil {
		return terminating(c, err, nil)
	}
	n, err := parseResultSize(s.ResultSize)
	if err != nil {
		return terminating(c, err, s.ResultSize)
	}
	q := directory.AuditQuery{Cmdlets: s.Cmdlets, Parameters: s.Parameters, ObjectIDs: s.ObjectIds,
		Start: s.StartDate, End: s.EndDate, ResultSize: n}
	for _, u := range s.UserIds {
		id := u
		if r, err := s.cn.user(c, u); err == nil {
			id = r.Identity
		}
		q.UserIDs = append(q.UserIDs, id)
	}
	var want *bool
	if s.IsSuccess != nil {
		b := pipeline.ToBool(s.IsSuccess)
		want = &b
		q.ResultSize = 0
	}
	recs, err := rs.SearchAdminAuditLog(c.Context(), q)
	if err != nil {
		return terminating(c, err, nil)
	}
	dc := "DC01.contoso.com"
	if st, err := s.cn.get(); err == nil {
		dc = st.DomainController()
	}
	emitted := 0
	for _, r := range recs {
		if want != nil && r.Succeeded != *want {
			continue
		}
		if n > 0 && emitted >= n {
			break
		}
		emitted++
		params := r.CmdletParameters
		if params == nil {
			params = []directory.AuditParameter{}
		}
		if err := c.Emit(&AdminAuditLogEvent{ObjectModified: r.ObjectModified, CmdletName: r.CmdletName, CmdletParameters: params,
			Caller: r.Caller, Succeeded: r.Succeeded, Error: r.Error, RunDate: r.RunDate, OriginatingServer: dc}); err != nil {
			return err
		}
	}
	return nil
}

// GetAdminAuditLogConfig is Get-AdminAuditLogConfig.
type GetAdminAuditLogConfig struct {
	cn               *conn
	DomainController string `param:"" help:"Accepted for compatibility."`
}

// Process implements pipeline.Cmdlet.
func (g *GetAdminAuditLogConfig) Process(c *pipeline.Context) error {
	rs, err := g.cn.roleStore()
	if err != nil {
		return terminating(c, err, nil)
	}
	cfg, err := rs.AdminAuditLogConfig(c.Context())
	if err != nil {
		return terminating(c, err, nil)
	}
	return c.Emit(&AdminAuditLogConfig{Name: "Admin Audit Log Settings", AdminAuditLogEnabled: cfg.Enabled,
		AdminAuditLogAgeLimit: cfg.AgeLimit, AdminAuditLogCmdlets: []string{"*"}, AdminAuditLogParameters: []string{"*"}, LogLevel: "None"})
}

// SetAdminAuditLogConfig is Set-AdminAuditLogConfig: turn the admin audit
// log on or off and set how long records are kept.
type SetAdminAuditLogConfig struct {
	cn                    *conn
	AdminAuditLogEnabled  bool   `param:"" help:"Whether changes are logged."`
	AdminAuditLogAgeLimit any    `param:"TypeName=EnhancedTimeSpan" help:"How long records are kept, as a TimeSpan (dd.hh:mm:ss)."`
	DomainController      string `param:"" help:"Accepted for compatibility."`
}

// SupportsShouldProcess gives Set-AdminAuditLogConfig -WhatIf and -Confirm.
func (*SetAdminAuditLogConfig) SupportsShouldProcess() bool { return true }

// Process implements pipeline.Cmdlet.
func (s *SetAdminAuditLogConfig) Process(c *pipeline.Context) error {
	rs, err := s.cn.roleStore()
	if err != nil {
		return terminating(c, err, nil)
	}
	cfg, err := rs.AdminAuditLogConfig(c.Context())
	if err != nil {
		return terminating(c, err, nil)
	}
	if c.IsBound("AdminAuditLogEnabled") {
		cfg.Enabled = s.AdminAuditLogEnabled
	}
	if c.IsBound("AdminAuditLogAgeLimit") {
		v, err := pipeline.Convert(s.AdminAuditLogAgeLimit, reflect.TypeFor[time.Duration]())
		if err != nil || v.(time.Duration) < 0 {
			return terminating(c, bindError("AdminAuditLogAgeLimit", s.AdminAuditLogAgeLimit, "The value must be a TimeSpan such as 90.00:00:00."), s.AdminAuditLogAgeLimit)
		}
		cfg.AgeLimit = v.(time.Duration)
	}
	if !c.ShouldProcess("Admin Audit Log Settings", "Set-AdminAuditLogConfig") {
		return nil
	}
	if err := rs.SetAdminAuditLogConfig(s.cn.invocation(c), cfg); err != nil {
		c.WriteError(record(err, nil))
	}
	return nil
}
