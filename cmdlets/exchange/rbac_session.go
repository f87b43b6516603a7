package exchange

import (
	"context"
	"errors"
	"reflect"
	"strings"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/pipeline"
)

// principal is the user a module's cmdlets run as: the caller the audit log
// names and, for a session made with shell.WithUser, the user's
// permissions (nil: the built-in Administrator, who may do anything).
type principal struct {
	caller string
	perms  *directory.Permissions
}

// roleStore returns the store's RBAC data.
func (cn *conn) roleStore() (directory.RoleStore, error) {
	s, err := cn.get()
	if err != nil {
		return nil, err
	}
	rs, ok := s.(directory.RoleStore)
	if !ok {
		return nil, errors.New("this directory keeps no management roles")
	}
	return rs, nil
}

// authorize is the module's pipeline.Module.Authorize: it resolves user in
// the directory and reads the user's permissions, once for the session.
func (cn *conn) authorize(user string) (pipeline.Authorizer, error) {
	s, err := cn.get()
	if err != nil {
		return nil, err
	}
	rs, err := cn.roleStore()
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	r, err := s.Resolve(ctx, directory.KindUser, user)
	if err != nil {
		return nil, err
	}
	perms, err := rs.Permissions(ctx, r)
	if err != nil {
		return nil, err
	}
	cn.who = &principal{caller: r.Identity, perms: perms}
	return perms, nil
}

// principal returns the session's user: the one authorize found, else the
// directory's Administrator.
func (cn *conn) principal(ctx context.Context) *principal {
	if cn.who != nil {
		return cn.who
	}
	p := &principal{caller: "Administrator"}
	if s, err := cn.get(); err == nil {
		if r, err := s.Resolve(ctx, directory.KindUser, "Administrator"); err == nil {
			p.caller = r.Identity
		}
	}
	cn.who = p
	return p
}

// invocation returns c's context carrying the directory.Invocation of the
// running cmdlet: the caller, the bound parameters (passwords left out) and
// the cmdlet's write scope. Every change the cmdlets make goes through a
// context made here, so the store checks the scope and writes the audit
// record in the change's transaction.
func (cn *conn) invocation(c *pipeline.Context) context.Context {
	ctx := c.Context()
	p := cn.principal(ctx)
	inv := &directory.Invocation{Caller: p.caller, Cmdlet: c.CommandName()}
	if p.perms != nil {
		inv.Scope = p.perms.WriteScope(inv.Cmdlet)
	}
	for _, bp := range c.BoundParameters() {
		if secret(bp) {
			continue
		}
		inv.Parameters = append(inv.Parameters, directory.AuditParameter{Name: bp.Name, Value: auditValue(bp.Value)})
	}
	return directory.WithInvocation(ctx, inv)
}

// secret reports whether a parameter holds a password: never audited.
func secret(bp pipeline.BoundParameter) bool {
	if strings.Contains(strings.ToLower(bp.Name), "password") || strings.EqualFold(bp.Name, "Credential") {
		return true
	}
	return bp.Value != nil && strings.Contains(reflect.TypeOf(bp.Value).String(), "SecureString")
}

// auditValue is a parameter's value as the audit log keeps it: a piped
// directory object by its identity, a list comma-separated, else its text.
func auditValue(v any) string {
	if _, name, ok := guidOf(v); ok {
		return name
	}
	if xs, ok := v.([]any); ok {
		parts := make([]string, len(xs))
		for i, x := range xs {
			parts[i] = auditValue(x)
		}
		return strings.Join(parts, ",")
	}
	return pipeline.ToString(v)
}
