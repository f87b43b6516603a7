package mail

import (
	"fmt"
	"time"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/pipeline"
)

// MailboxStatistics is what Get-MailboxStatistics emits.
type MailboxStatistics struct {
	DisplayName   string
	ItemCount     int
	TotalItemSize string // Exchange's "1.23 KB (1,260 bytes)"
	TotalBytes    int64
	LastLogonTime any // time.Time, or $null when never
	MailboxGuid   string
	Identity      string
}

// PSTypeNames names the object after Exchange's type.
func (MailboxStatistics) PSTypeNames() []string {
	return []string{"Microsoft.Exchange.Management.MapiTasks.Presentation.MailboxStatistics", "System.Object"}
}

// GetMailboxStatistics is Get-MailboxStatistics: item count, size and last
// logon (a POP3 or IMAP4 login) of mailboxes.
type GetMailboxStatistics struct {
	st       *Stores
	Identity any `param:"Position=0,Mandatory,ValueFromPipeline,ValueFromPipelineByPropertyName,AsText" help:"The mailbox: name, alias, email address, GUID, or a piped mailbox."`
}

// Process implements pipeline.Cmdlet.
func (g *GetMailboxStatistics) Process(c *pipeline.Context) error {
	dir, err := g.st.directory()
	if err != nil {
		return recordOf(c, err, "DirectoryUnavailable", pipeline.ResourceUnavailable, nil)
	}
	ms, err := g.st.mailstore()
	if err != nil {
		return recordOf(c, err, "MailStoreUnavailable", pipeline.ResourceUnavailable, nil)
	}
	id := pipeline.ToString(g.Identity)
	if v, ok := pipeline.GetProperty(g.Identity, "Identity"); ok && v != nil {
		id = pipeline.ToString(v)
	}
	r, err := dir.Resolve(c.Context(), directory.KindMailbox, id)
	if err != nil {
		c.WriteError(pipeline.NewError(err, "ManagementObjectNotFoundException", pipeline.ObjectNotFound, id))
		return nil
	}
	in, err := ms.Info(c.Context(), r.Guid.String())
	if err != nil {
		return recordOf(c, err, "MailStoreUnavailable", pipeline.ReadError, id)
	}
	st := &MailboxStatistics{DisplayName: r.DisplayName, ItemCount: in.Count, TotalBytes: in.Size,
		TotalItemSize: byteSize(in.Size), MailboxGuid: r.Guid.String(), Identity: r.Identity}
	if !in.LastLogon.IsZero() {
		st.LastLogonTime = in.LastLogon.In(time.Local)
	}
	return c.Emit(st)
}

// byteSize renders a size as Exchange's ByteQuantifiedSize does.
func byteSize(n int64) string {
	units := []string{"B", "KB", "MB", "GB", "TB"}
	v, u := float64(n), 0
	for v >= 1024 && u < len(units)-1 {
		v, u = v/1024, u+1
	}
	num := fmt.Sprintf("%.2f %s", v, units[u])
	if u == 0 {
		num = fmt.Sprintf("%d B", n)
	}
	return fmt.Sprintf("%s (%s bytes)", num, groupDigits(n))
}

func groupDigits(n int64) string {
	s := fmt.Sprint(n)
	out := []byte{}
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}
