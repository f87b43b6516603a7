package mail

import (
	"context"
	"fmt"
	"time"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/mailstore"
)

// DemoMail returns the function New-DemoOrganization calls after loading
// the demo directory: it replaces the message store's contents with three
// messages in every user mailbox (a welcome note, a meeting invitation and
// a message whose body has a line starting with a dot).
func DemoMail(st *Stores) func(ctx context.Context, dir directory.Store) error {
	return func(ctx context.Context, dir directory.Store) error {
		ms, err := st.mailstore()
		if err != nil {
			return err
		}
		return FillDemoMail(ctx, dir, ms)
	}
}

// FillDemoMail replaces the contents of ms with a few messages for every
// user mailbox of dir: what a demo organization's mailboxes hold, whether
// New-DemoOrganization made it or psh or pshd created the directory file.
func FillDemoMail(ctx context.Context, dir directory.Store, ms *mailstore.Store) error {
	res, err := dir.Query(ctx, directory.Query{Kind: directory.KindMailbox,
		RecipientTypeDetails: []directory.RecipientTypeDetails{directory.DetailsUserMailbox}})
	if err != nil {
		return err
	}
	now := time.Now().UTC()
	contents := make(map[string][][]byte, len(res.Recipients))
	for _, r := range res.Recipients {
		contents[r.Guid.String()] = demoMessages(r, dir.Domain(), now)
	}
	return ms.Replace(ctx, contents, now)
}

func demoMessages(r *directory.Recipient, domain string, at time.Time) [][]byte {
	to := fmt.Sprintf("%s <%s>", r.DisplayName, r.PrimarySmtpAddress)
	msg := func(n int, from, subject, body string) []byte {
		return fmt.Appendf(nil, "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: <demo-%d-%s@%s>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n",
			from, to, subject, at.Format(time.RFC1123Z), n, r.Alias, domain, body)
	}
	admin := "Administrator <administrator@" + domain + ">"
	return [][]byte{
		msg(1, admin, "Welcome to "+domain, "Hello "+r.FirstName+",\r\n\r\nYour mailbox is ready. Read it over POP3 or IMAP4."),
		msg(2, admin, "Team meeting on Monday", "The weekly team meeting is on Monday at 10:00 in the "+r.Office+" office."),
		msg(3, admin, "Notes", "Line one.\r\n.A line that starts with a dot.\r\n..Two dots."),
	}
}
