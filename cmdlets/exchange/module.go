package exchange

import (
	"context"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/pipeline"
)

// ModuleName is the name of the module Module returns.
const ModuleName = "ExchangeRecipients"

// Module returns the Exchange recipient cmdlets and their views. open is
// called once, by the first cmdlet that needs the directory; a shell that
// never runs one never opens it. Each call returns a fresh module with its
// own connection state; the module's cmdlets assume one pipeline runs at a
// time (as in one shell).
func Module(open OpenFunc, opts ...ModuleOption) *pipeline.Module {
	cn := &conn{open: open}
	for _, o := range opts {
		o(cn)
	}
	getter := func(name string, kind directory.Kind, view func(*directory.Recipient) any) getter {
		return getter{cn: cn, cmdlet: name, kind: kind, view: view}
	}
	w := func() writer { return writer{cn: cn} }
	cmds := []*pipeline.CommandInfo{
		cmd("Get-Mailbox", getMailboxHelp, func() pipeline.Cmdlet {
			return &GetMailbox{getter("Get-Mailbox", directory.KindMailbox, func(r *directory.Recipient) any { return directory.MailboxOf(r) })}
		}),
		cmd("Get-User", getUserHelp, func() pipeline.Cmdlet {
			return &GetUser{getter("Get-User", directory.KindUser, func(r *directory.Recipient) any { return directory.UserOf(r) })}
		}),
		cmd("Get-CASMailbox", getCASMailboxHelp, func() pipeline.Cmdlet {
			g := getter("Get-CASMailbox", directory.KindMailbox, func(r *directory.Recipient) any { return directory.CASMailboxOf(r) })
			g.shape = directory.ViewCASMailbox
			return &GetCASMailbox{getter: g}
		}),
		cmd("Get-Recipient", getRecipientHelp, func() pipeline.Cmdlet {
			return &GetRecipient{getter: getter("Get-Recipient", directory.KindRecipient, func(r *directory.Recipient) any { return directory.RecipientOf(r) })}
		}),
		cmd("Set-CASMailbox", setCASMailboxHelp, func() pipeline.Cmdlet { return &SetCASMailbox{writer: w()} }),
		cmd("Set-User", setUserHelp, func() pipeline.Cmdlet { return &SetUser{writer: w()} }),
		cmd("Set-Mailbox", setMailboxHelp, func() pipeline.Cmdlet { return &SetMailbox{writer: w()} }),
		cmd("New-Mailbox", newMailboxHelp, func() pipeline.Cmdlet { return &NewMailbox{writer: w()} }),
		cmd("Remove-Mailbox", removeMailboxHelp, func() pipeline.Cmdlet { return &RemoveMailbox{writer: w()} }),
		cmd("Enable-Mailbox", enableMailboxHelp, func() pipeline.Cmdlet { return &EnableMailbox{writer: w()} }),
		cmd("Disable-Mailbox", disableMailboxHelp, func() pipeline.Cmdlet { return &DisableMailbox{writer: w()} }),
		cmd("Get-OrganizationalUnit", getOUHelp, func() pipeline.Cmdlet { return &GetOrganizationalUnit{cn: cn} }),
		cmd("New-OrganizationalUnit", newOUHelp, func() pipeline.Cmdlet { return &NewOrganizationalUnit{cn: cn} }),
		cmd("New-DemoOrganization", newDemoHelp, func() pipeline.Cmdlet { return &NewDemoOrganization{cn: cn} }),
	}
	cmds = append(cmds, rbacCommands(cn)...)
	cn.commands = cmds
	return &pipeline.Module{Name: ModuleName, Commands: cmds, Views: append(views(), rbacViews()...), Authorize: cn.authorize}
}

// ModuleOption adds optional behaviour to Module.
type ModuleOption func(*conn)

// WithDemoMail makes New-DemoOrganization call fill after loading the demo
// directory, to give the demo mailboxes messages (cmdlets/mail.DemoMail).
func WithDemoMail(fill func(ctx context.Context, s directory.Store) error) ModuleOption {
	return func(cn *conn) { cn.demoMail = fill }
}

func cmd(name string, help *pipeline.Help, New func() pipeline.Cmdlet) *pipeline.CommandInfo {
	return &pipeline.CommandInfo{Name: name, New: New, Help: help, Module: ModuleName, Type: pipeline.CmdletCommand}
}
