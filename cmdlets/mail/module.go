package mail

import (
	"sync"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/mailstore"
	"github.com/psh-project/psh/pipeline"
)

// ModuleName is the name of the module Module returns.
const ModuleName = "ExchangeMail"

// Stores opens what the cmdlets need, on first use: the directory (to
// resolve mailbox identities) and the message store.
type Stores struct {
	// Directory opens the recipient directory.
	Directory func() (directory.Store, error)
	// MailPath returns the message store file's path.
	MailPath func() string

	dirOnce  sync.Once
	dir      directory.Store
	dirErr   error
	mailOnce sync.Once
	mail     *mailstore.Store
	mailErr  error
}

func (s *Stores) directory() (directory.Store, error) {
	s.dirOnce.Do(func() { s.dir, s.dirErr = s.Directory() })
	return s.dir, s.dirErr
}

func (s *Stores) mailstore() (*mailstore.Store, error) {
	s.mailOnce.Do(func() { s.mail, s.mailErr = mailstore.Open(s.MailPath()) })
	return s.mail, s.mailErr
}

// Module returns the mail cmdlets over st.
func Module(st *Stores) *pipeline.Module {
	cmd := func(name string, help *pipeline.Help, New func() pipeline.Cmdlet) *pipeline.CommandInfo {
		return &pipeline.CommandInfo{Name: name, New: New, Help: help, Module: ModuleName, Type: pipeline.CmdletCommand}
	}
	pop := protocol{name: "POP3", settings: mailstore.PopSettingsName, defaults: mailstore.DefaultPopSettings, services: "MSExchangePOP3 and MSExchangePOP3BE"}
	imap := protocol{name: "IMAP4", settings: mailstore.ImapSettingsName, defaults: mailstore.DefaultImapSettings, services: "MSExchangeIMAP4 and MSExchangeIMAP4BE"}
	return &pipeline.Module{
		Name: ModuleName,
		Commands: []*pipeline.CommandInfo{
			cmd("Send-MailMessage", sendMailHelp, func() pipeline.Cmdlet { return &SendMailMessage{} }),
			cmd("Get-PopSettings", getPopHelp, func() pipeline.Cmdlet { return &GetSettings{st: st, p: pop} }),
			cmd("Set-PopSettings", setPopHelp, func() pipeline.Cmdlet { return &SetSettings{st: st, p: pop} }),
			cmd("Get-ImapSettings", getImapHelp, func() pipeline.Cmdlet { return &GetSettings{st: st, p: imap} }),
			cmd("Set-ImapSettings", setImapHelp, func() pipeline.Cmdlet { return &SetSettings{st: st, p: imap} }),
			cmd("Get-MailboxStatistics", getStatsHelp, func() pipeline.Cmdlet { return &GetMailboxStatistics{st: st} }),
			cmd("Test-PopConnectivity", testPopHelp, func() pipeline.Cmdlet { return &TestConnectivity{st: st, p: pop, dial: testPOP3} }),
			cmd("Test-ImapConnectivity", testImapHelp, func() pipeline.Cmdlet { return &TestConnectivity{st: st, p: imap, dial: testIMAP4} }),
		},
		Views: views(),
	}
}

// recordOf makes a terminating error record of err.
func recordOf(c *pipeline.Context, err error, id string, cat pipeline.ErrorCategory, target any) *pipeline.ErrorRecord {
	r := pipeline.NewError(err, id, cat, target)
	r.Terminating = true
	r.Command = c.CommandName()
	r.Pos = c.Position()
	return r
}
