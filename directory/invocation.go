package directory

import (
	"context"
	"fmt"
	"strings"

	"github.com/psh-project/psh/filter"
)

// Invocation is the cmdlet run a change belongs to: who runs it, which
// cmdlet with which parameters, and the write scope the caller's role
// assignments give that cmdlet. The cmdlets put it into the context of
// every change (WithInvocation); the store checks the write scope and
// writes the admin audit record in the transaction of the change, so a
// change and its record commit together or not at all. A change whose
// context carries no Invocation (Go code using the store directly) is
// neither checked nor audited.
type Invocation struct {
	Caller     string // the caller's identity (contoso.com/Users/Administrator)
	Cmdlet     string
	Parameters []AuditParameter // never a password: the cmdlets leave them out
	// Scope is where the cmdlet may write; nil is the whole organization.
	Scope WriteScopes
}

type invocationKey struct{}

// WithInvocation returns ctx carrying inv.
func WithInvocation(ctx context.Context, inv *Invocation) context.Context {
	return context.WithValue(ctx, invocationKey{}, inv)
}

// InvocationOf returns the Invocation ctx carries, or nil.
func InvocationOf(ctx context.Context) *Invocation {
	inv, _ := ctx.Value(invocationKey{}).(*Invocation)
	return inv
}

// WriteScope is one place a role assignment lets its assignee write: an OU
// (and everything below it) or a custom management scope's recipient
// filter (optionally below a root OU).
type WriteScope struct {
	Name   string          // the assignment's scope as Get-ManagementRoleAssignment shows it
	OU     string          // distinguished name of the OU; "" for none
	Filter *filter.Program // compiled against FilterSchema("Get-Recipient"); nil for none
}

// Contains reports whether r is inside the scope.
func (w *WriteScope) Contains(r *Recipient) bool {
	if w.OU != "" && !underDN(r.DistinguishedName, w.OU) {
		return false
	}
	return w.Filter == nil || w.Filter.Match(r, Property)
}

// underDN reports whether dn names an object below the container parent.
func underDN(dn, parent string) bool {
	return len(dn) > len(parent) && dn[len(dn)-len(parent)-1] == ',' && strings.EqualFold(dn[len(dn)-len(parent):], parent)
}

// WriteScopes is the union of the scopes of the assignments that grant one
// cmdlet. A nil WriteScopes is the whole organization.
type WriteScopes []*WriteScope

// Contains reports whether r is inside any of the scopes (always, for nil).
func (ws WriteScopes) Contains(r *Recipient) bool {
	if ws == nil {
		return true
	}
	for _, w := range ws {
		if w.Contains(r) {
			return true
		}
	}
	return false
}

// WriteScopeError is Exchange's error for a change of an object outside
// the caller's write scope.
type WriteScopeError struct {
	Identity string
	Mailbox  bool // the object has a mailbox ("The operation on mailbox ...")
}

// Error returns Exchange's message text.
func (e *WriteScopeError) Error() string {
	kind := "user"
	if e.Mailbox {
		kind = "mailbox"
	}
	return fmt.Sprintf("The operation on %s \"%s\" failed because it's out of the current user's write scope. The object '%s' must be within the read scope before and after it's modified. Can't perform the save operation.",
		kind, e.Identity, e.Identity)
}

// ExceptionName is the .NET exception Exchange raises for this error.
func (e *WriteScopeError) ExceptionName() string { return "InvalidOperationException" }

// checkScope refuses a change of r when the invocation's write scope does
// not contain it.
func (inv *Invocation) checkScope(r *Recipient) error {
	if inv == nil || inv.Scope.Contains(r) {
		return nil
	}
	return &WriteScopeError{Identity: r.Identity, Mailbox: r.RecipientType == TypeUserMailbox}
}
