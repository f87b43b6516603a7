package exchange

import (
	"context"
	"fmt"
	"strings"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/pipeline"
)

// NewMailbox is New-Mailbox (its User and Shared parameter sets): it
// creates a user account with a mailbox and emits the new Mailbox. The
// password is kept only as a salted slow hash.
type NewMailbox struct {
	writer

	Name                     string          `param:"Position=0,Mandatory,ValueFromPipelineByPropertyName" help:"The unique name, at most 64 characters."`
	UserPrincipalName        string          `param:"ValueFromPipelineByPropertyName" help:"The logon name (user@domain); required for a user mailbox."`
	Password                 any             `param:"" help:"The account password: a SecureString (ConvertTo-SecureString, Read-Host -AsSecureString) or a string; required for a user mailbox."`
	Alias                    string          `param:"ValueFromPipelineByPropertyName" help:"The alias; default: the UPN's local part."`
	FirstName                string          `param:"ValueFromPipelineByPropertyName" help:"The first name."`
	LastName                 string          `param:"ValueFromPipelineByPropertyName" help:"The last name."`
	DisplayName              string          `param:"ValueFromPipelineByPropertyName" help:"The display name; default: Name."`
	OrganizationalUnit       string          `param:"ValueFromPipelineByPropertyName" help:"The OU to create the account in (DN or canonical name); default: Users."`
	PrimarySmtpAddress       string          `param:"ValueFromPipelineByPropertyName" help:"The primary SMTP address; default: alias@ the default accepted domain."`
	SamAccountName           string          `param:"" help:"The pre-Windows 2000 logon name, at most 20 characters."`
	Shared                   pipeline.Switch `param:"" help:"Create a shared mailbox (no password needed)."`
	Database                 string          `param:"" help:"Accepted for compatibility; the directory has one mailbox database."`
	ResetPasswordOnNextLogon bool            `param:"" help:"Accepted for compatibility."`
}

// SupportsShouldProcess gives New-Mailbox -WhatIf and -Confirm.
func (*NewMailbox) SupportsShouldProcess() bool { return true }

// Process implements pipeline.Cmdlet.
func (n *NewMailbox) Process(c *pipeline.Context) error {
	if !n.Shared {
		var missing []string
		if n.Password == nil {
			missing = append(missing, "Password")
		}
		if n.UserPrincipalName == "" {
			missing = append(missing, "UserPrincipalName")
		}
		if len(missing) > 0 {
			return attribute(c, &pipeline.ErrorRecord{Err: fmt.Errorf("Cannot process command because of one or more missing mandatory parameters: %s.", strings.Join(missing, " ")),
				ID: "MissingMandatoryParameter,ParameterBindingException", Category: pipeline.InvalidArgument, Terminating: true})
		}
	}
	var pw []byte
	if n.Password != nil {
		p, err := passwordBytes(n.Password)
		if err != nil {
			return attributed(c, err)
		}
		pw = p
	}
	if !c.ShouldProcess(n.Name, "New-Mailbox") {
		return nil
	}
	b, ctx, err := n.batch(c)
	if err != nil {
		n.fail(c, err, n.Name)
		return nil
	}
	r, err := b.NewMailbox(ctx, directory.NewMailbox{Name: n.Name, UserPrincipalName: n.UserPrincipalName,
		Password: pw, Alias: n.Alias, FirstName: n.FirstName, LastName: n.LastName, DisplayName: n.DisplayName,
		OrganizationalUnit: n.OrganizationalUnit, PrimarySmtpAddress: n.PrimarySmtpAddress,
		SamAccountName: n.SamAccountName, Shared: bool(n.Shared)})
	if err != nil {
		n.fail(c, err, n.Name)
		return nil
	}
	return c.Emit(directory.MailboxOf(n.reread(c, r)))
}

// passwordBytes reads a -Password value: a string, bytes, or a secure
// string type exposing its plain text.
func passwordBytes(v any) ([]byte, error) {
	switch x := v.(type) {
	case string:
		return []byte(x), nil
	case []byte:
		return x, nil
	case interface{ Bytes() []byte }:
		return x.Bytes(), nil
	case interface{ PlainText() string }:
		return []byte(x.PlainText()), nil
	case interface{ Plaintext() string }: // cmdlets/core's SecureString
		return []byte(x.Plaintext()), nil
	}
	return nil, bindError("Password", v, "The value is not a SecureString or a string.")
}

// RemoveMailbox is Remove-Mailbox: it deletes mailboxes and their user
// accounts.
type RemoveMailbox struct {
	writer
	Identity  any             `param:"Position=0,Mandatory,ValueFromPipeline,ValueFromPipelineByPropertyName,AsText,TypeName=MailboxIdParameter" help:"The mailbox to remove."`
	Permanent bool            `param:"" help:"Accepted for compatibility: removed mailboxes are always gone."`
	Force     pipeline.Switch `param:"" help:"Accepted for compatibility."`
}

// SupportsShouldProcess gives Remove-Mailbox -WhatIf and -Confirm.
func (*RemoveMailbox) SupportsShouldProcess() bool { return true }

// Process implements pipeline.Cmdlet.
func (m *RemoveMailbox) Process(c *pipeline.Context) error {
	t, err := m.resolve(c, directory.KindMailbox, m.Identity)
	if err != nil {
		m.fail(c, err, m.Identity)
		return nil
	}
	if !c.ShouldProcess(t.name, "Remove-Mailbox") {
		return nil
	}
	b, ctx, err := m.batch(c)
	if err == nil {
		err = b.Remove(ctx, t.guid)
	}
	if err != nil {
		m.fail(c, err, m.Identity)
	}
	return nil
}

// EnableMailbox is Enable-Mailbox: it gives existing users a mailbox and
// emits it.
type EnableMailbox struct {
	writer
	Identity any    `param:"Position=0,Mandatory,ValueFromPipeline,ValueFromPipelineByPropertyName,AsText,TypeName=UserIdParameter" help:"The user to mailbox-enable."`
	Alias    string `param:"" help:"The alias; default: the user's logon name."`
	Database string `param:"" help:"Accepted for compatibility."`
}

// SupportsShouldProcess gives Enable-Mailbox -WhatIf and -Confirm.
func (*EnableMailbox) SupportsShouldProcess() bool { return true }

// Process implements pipeline.Cmdlet.
func (m *EnableMailbox) Process(c *pipeline.Context) error {
	r, ok := m.change(c, directory.KindUser, m.Identity, "Enable-Mailbox", func(ctx context.Context, b directory.Batch, g directory.Guid) (*directory.Recipient, error) {
		return b.EnableMailbox(ctx, g, m.Alias)
	})
	if !ok {
		return nil
	}
	return c.Emit(directory.MailboxOf(m.reread(c, r)))
}

// DisableMailbox is Disable-Mailbox: it removes the mailbox and leaves a
// plain user (RecipientType User).
type DisableMailbox struct {
	writer
	Identity any `param:"Position=0,Mandatory,ValueFromPipeline,ValueFromPipelineByPropertyName,AsText,TypeName=MailboxIdParameter" help:"The mailbox to disable."`
}

// SupportsShouldProcess gives Disable-Mailbox -WhatIf and -Confirm.
func (*DisableMailbox) SupportsShouldProcess() bool { return true }

// Process implements pipeline.Cmdlet.
func (m *DisableMailbox) Process(c *pipeline.Context) error {
	m.change(c, directory.KindMailbox, m.Identity, "Disable-Mailbox", func(ctx context.Context, b directory.Batch, g directory.Guid) (*directory.Recipient, error) {
		return b.DisableMailbox(ctx, g)
	})
	return nil
}

// change resolves id, asks ShouldProcess and runs op in the batch.
func (w *writer) change(c *pipeline.Context, kind directory.Kind, id any, action string,
	op func(context.Context, directory.Batch, directory.Guid) (*directory.Recipient, error)) (*directory.Recipient, bool) {
	t, err := w.resolve(c, kind, id)
	if err == nil && kind == directory.KindMailbox {
		// A piped object must still be a mailbox.
		s, _ := w.cn.get()
		var r *directory.Recipient
		if r, err = s.Get(c.Context(), t.guid); err == nil && !kind.Contains(r) {
			err = &directory.NotFoundError{Identity: t.name, Server: s.DomainController()}
		}
	}
	if err != nil {
		w.fail(c, err, id)
		return nil, false
	}
	if !c.ShouldProcess(t.name, action) {
		return nil, false
	}
	b, ctx, err := w.batch(c)
	if err != nil {
		w.fail(c, err, id)
		return nil, false
	}
	r, err := op(ctx, b, t.guid)
	if err != nil {
		w.fail(c, err, id)
		return nil, false
	}
	return r, true
}

// reread returns the stored form of a record the batch just wrote (the
// store derives some properties, such as ServerName, only when it reads).
func (w *writer) reread(c *pipeline.Context, r *directory.Recipient) *directory.Recipient {
	s, err := w.cn.get()
	if err != nil {
		return r
	}
	if stored, err := s.Get(c.Context(), r.Guid); err == nil {
		return stored
	}
	return r
}

// ConfirmImpact makes Remove-Mailbox ask before removing, as Exchange does,
// unless -Confirm:$false.
func (*RemoveMailbox) ConfirmImpact() string { return "High" }

// ConfirmImpact makes Disable-Mailbox ask before disabling, as Exchange
// does, unless -Confirm:$false.
func (*DisableMailbox) ConfirmImpact() string { return "High" }
