package admin

import (
	"fmt"
	"net/http"
	"regexp"
	"strings"
)

// guidPattern is the form of the mailbox ids the list posts.
var guidPattern = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

// maxBulk bounds one Bulk Edit.
const maxBulk = 10000

// bulkData is the Bulk Edit confirmation and report page's data.
type bulkData struct {
	IDs       []string
	Op        string // e.g. disable-imap
	Label     string // POP3 or IMAP
	Enable    bool
	Warning   string
	Results   []bulkResult
	Succeeded int
	Errors    []string
	Back      string
}

// bulkResult is what Bulk Edit did to one mailbox.
type bulkResult struct {
	ID, DisplayName, Outcome string
	OK                       bool
}

// bulkOp reads op ("enable-pop", "disable-imap", ...).
func bulkOp(op string) (param, label string, enable, ok bool) {
	verb, proto, _ := strings.Cut(op, "-")
	if verb != "enable" && verb != "disable" {
		return "", "", false, false
	}
	for _, p := range protocols {
		if p.Name == proto {
			return p.Param, p.Label, verb == "enable", true
		}
	}
	return "", "", false, false
}

// bulkPost is Bulk Edit: the first POST shows the warning with OK; the
// POST of OK (confirm=1) changes every selected mailbox in one pipeline,
// so one directory batch, and reports per mailbox.
func (c *Center) bulkPost(w http.ResponseWriter, r *http.Request, s *session) {
	f := r.PostForm
	param, label, enable, ok := bulkOp(f.Get("op"))
	if !ok {
		http.Error(w, "Unknown Bulk Edit action "+fmt.Sprintf("%q", f.Get("op"))+": use the buttons of the details pane.", http.StatusBadRequest)
		return
	}
	var ids []string
	seen := map[string]bool{}
	for _, id := range f["id"] {
		if !guidPattern.MatchString(id) {
			http.Error(w, fmt.Sprintf("%q is not a mailbox id: select mailboxes in the list.", id), http.StatusBadRequest)
			return
		}
		if !seen[strings.ToLower(id)] {
			seen[strings.ToLower(id)] = true
			ids = append(ids, id)
		}
	}
	d := bulkData{IDs: ids, Op: f.Get("op"), Label: label, Enable: enable, Back: safeBack(f.Get("back"))}
	switch {
	case len(ids) == 0:
		d.Errors = []string{"Select one or more mailboxes in the list first."}
		c.render(w, http.StatusBadRequest, "bulk", viewFor(s, "Bulk Edit", "mailboxes", d))
		return
	case len(ids) > maxBulk:
		d.Errors = []string{fmt.Sprintf("Bulk Edit changes at most %d mailboxes at a time; %d were selected.", maxBulk, len(ids))}
		c.render(w, http.StatusBadRequest, "bulk", viewFor(s, "Bulk Edit", "mailboxes", d))
		return
	}
	if f.Get("confirm") != "1" {
		d.Warning = bulkWarning(label, enable, len(ids))
		c.render(w, http.StatusOK, "bulk", viewFor(s, "Bulk Edit", "mailboxes", d))
		return
	}
	if refuseReadOnly(w, s) {
		return
	}
	c.bulkApply(r, s, &d, param, enable)
	c.render(w, http.StatusOK, "bulk", viewFor(s, "Bulk Edit", "mailboxes", d))
}

// bulkWarning is the warning Bulk Edit asks to confirm with OK.
func bulkWarning(label string, enable bool, n int) string {
	if enable {
		return fmt.Sprintf("%s will be enabled for the %d selected mailboxes.", label, n)
	}
	return fmt.Sprintf("%s will be disabled for the %d selected mailboxes: their users can no longer use %s email clients until it is enabled again.", label, n, label)
}

// bulkApply runs the change, then reads every mailbox back to report what
// it is now.
func (c *Center) bulkApply(r *http.Request, s *session, d *bulkData, param string, enable bool) {
	list := idList(d.IDs)
	res := c.run(r.Context(), s, fmt.Sprintf("%s | Set-CASMailbox -%s %s", list, param, psBool(enable)), true)
	failures := map[string]string{}
	for _, e := range res.errors {
		failures[strings.ToLower(fmt.Sprint(e.Target))] = errorMessage(e)
	}
	if res.err != nil {
		d.Errors = append(d.Errors, errorMessage(res.err))
	}
	check := c.run(r.Context(), s, list+" | Get-CASMailbox", true)
	now := map[string]any{}
	for _, v := range check.out {
		now[strings.ToLower(propString(v, "Guid"))] = v
	}
	for _, id := range d.IDs {
		key := strings.ToLower(id)
		br := bulkResult{ID: id}
		v, found := now[key]
		switch {
		case failures[key] != "":
			br.Outcome = "Failed: " + failures[key]
		case !found:
			br.Outcome = "Failed: the mailbox was not found."
		case propString(v, param) != fmt.Sprint(enable):
			br.Outcome = "Not changed."
			if res.warnings != "" {
				br.Outcome += " " + res.warnings
			}
		default:
			br.OK = true
			br.Outcome = "Succeeded."
			d.Succeeded++
		}
		if found {
			br.DisplayName = propString(v, "DisplayName")
		}
		d.Results = append(d.Results, br)
	}
}

// idList is a PowerShell array of the quoted ids.
func idList(ids []string) string {
	q := make([]string, len(ids))
	for i, id := range ids {
		q[i] = psQuote(id)
	}
	return strings.Join(q, ",")
}

// safeBack returns a list URL to go back to, or the list itself: only
// paths of the admin center are followed.
func safeBack(u string) string {
	if strings.HasPrefix(u, "/mailboxes") && !strings.HasPrefix(u, "//") {
		return u
	}
	return "/mailboxes"
}
