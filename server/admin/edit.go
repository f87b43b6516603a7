package admin

import (
	"fmt"
	"net/http"
	"strings"
)

// field is one text box of the mailbox properties window.
type field struct {
	Param  string // the cmdlet parameter, also the form key and the property read
	Label  string
	Tab    string // general, contact or organization
	Cmdlet string // the cmdlet that sets it
}

// editFields are the properties window's text boxes, tab by tab.
var editFields = []field{
	{"FirstName", "First name", "general", "Set-User"},
	{"Initials", "Initials", "general", "Set-User"},
	{"LastName", "Last name", "general", "Set-User"},
	{"DisplayName", "Display name", "general", "Set-Mailbox"},
	{"Alias", "Alias", "general", "Set-Mailbox"},
	{"PrimarySmtpAddress", "Email address", "general", "Set-Mailbox"},
	{"Phone", "Phone", "contact", "Set-User"},
	{"Office", "Office", "contact", "Set-User"},
	{"City", "City", "contact", "Set-User"},
	{"StateOrProvince", "State/Province", "contact", "Set-User"},
	{"CountryOrRegion", "Country/Region", "contact", "Set-User"},
	{"Title", "Job title", "organization", "Set-User"},
	{"Department", "Department", "organization", "Set-User"},
	{"Company", "Company", "organization", "Set-User"},
}

// protocols are the Email connectivity switches.
var protocols = []struct{ Param, Label, Name string }{
	{"PopEnabled", "POP3", "pop"},
	{"ImapEnabled", "IMAP", "imap"},
}

// disableWarning is the warning a Disable asks to confirm with Yes.
func disableWarning(label string) string {
	return fmt.Sprintf("If you disable %s, the user can no longer use a %s email client to reach this mailbox. Do you want to disable %s?", label, label, label)
}

// mailbox is a mailbox's current properties, as the Get- cmdlets show them.
type mailbox struct {
	ID, Identity, DisplayName, Type string
	Values                          map[string]string // editFields by Param
	Enabled                         map[string]bool   // protocols by Param
}

// loadMailbox reads the mailbox with GUID id through Get-User,
// Get-Mailbox and Get-CASMailbox.
func (c *Center) loadMailbox(r *http.Request, s *session, id string) (*mailbox, *result) {
	q := psQuote(id)
	res := c.run(r.Context(), s, fmt.Sprintf("Get-User -Identity %s; Get-Mailbox -Identity %s; Get-CASMailbox -Identity %s", q, q, q), true)
	if res.failed() || len(res.out) != 3 {
		if !res.failed() {
			res.err = fmt.Errorf("the mailbox %s was not found", id)
		}
		return nil, res
	}
	user, mbx, cas := res.out[0], res.out[1], res.out[2]
	m := &mailbox{ID: id, Identity: propString(mbx, "Identity"), DisplayName: propString(mbx, "DisplayName"),
		Type: typeLabel(propString(mbx, "RecipientTypeDetails")), Values: map[string]string{}, Enabled: map[string]bool{}}
	for _, f := range editFields {
		src := user
		if f.Cmdlet == "Set-Mailbox" {
			src = mbx
		}
		m.Values[f.Param] = propString(src, f.Param)
	}
	for _, p := range protocols {
		m.Enabled[p.Param] = propString(cas, p.Param) == "true"
	}
	return m, res
}

// editData is the properties window's data.
type editData struct {
	M       *mailbox
	Fields  []formField
	Proto   []protoState
	Tab     string
	Confirm string // the protocol whose Disable waits for Yes
	Warning string
	Errors  []string // errors not tied to one field
	Notices []string
}

type formField struct {
	field
	Value, Error string
}

type protoState struct {
	Param, Label, Name string
	Enabled, Changed   bool
	Error              string
}

// editPage shows a mailbox's properties window.
func (c *Center) editPage(w http.ResponseWriter, r *http.Request, s *session) {
	q := r.URL.Query()
	flash := ""
	if q.Get("saved") == "1" {
		flash = "Your changes were saved."
	}
	c.showSaved(w, r, s, r.PathValue("id"), q.Get("tab"), flash, nil)
}

// showSaved shows the properties window of the mailbox id as stored, with
// flash and notices above it.
func (c *Center) showSaved(w http.ResponseWriter, r *http.Request, s *session, id, tab, flash string, notices []string) {
	m, res := c.loadMailbox(r, s, id)
	if m == nil {
		c.render(w, http.StatusNotFound, "edit", viewFor(s, "Edit mailbox", "mailboxes", editData{Errors: res.messages()}))
		return
	}
	d := editData{M: m, Tab: tabOf(tab), Notices: notices}
	for _, f := range editFields {
		d.Fields = append(d.Fields, formField{field: f, Value: m.Values[f.Param]})
	}
	for _, p := range protocols {
		d.Proto = append(d.Proto, protoState{Param: p.Param, Label: p.Label, Name: p.Name, Enabled: m.Enabled[p.Param]})
	}
	v := viewFor(s, m.DisplayName, "mailboxes", d)
	v.Flash = flash
	c.render(w, http.StatusOK, "edit", v)
}

// tabOf returns a known tab name.
func tabOf(t string) string {
	switch t {
	case "general", "contact", "organization", "features":
		return t
	}
	return "general"
}

// editPost handles the properties window's buttons: a protocol's Enable,
// Disable and the warning's Yes change only the form; Save applies it.
func (c *Center) editPost(w http.ResponseWriter, r *http.Request, s *session) {
	m, res := c.loadMailbox(r, s, r.PathValue("id"))
	if m == nil {
		c.render(w, http.StatusNotFound, "edit", viewFor(s, "Edit mailbox", "mailboxes", editData{Errors: res.messages()}))
		return
	}
	f := r.PostForm
	d := editData{M: m, Tab: tabOf(f.Get("tab"))}
	if show := f.Get("show"); show != "" {
		d.Tab = tabOf(show)
	}
	for _, fl := range editFields {
		d.Fields = append(d.Fields, formField{field: fl, Value: f.Get(fl.Param)})
	}
	for _, p := range protocols {
		want := m.Enabled[p.Param]
		switch f.Get(p.Name) {
		case "enabled":
			want = true
		case "disabled":
			want = false
		}
		d.Proto = append(d.Proto, protoState{Param: p.Param, Label: p.Label, Name: p.Name, Enabled: want})
	}
	op := f.Get("op")
	for i := range d.Proto {
		p := &d.Proto[i]
		switch op {
		case "disable-" + p.Name: // Disable: ask first
			d.Tab, d.Confirm, d.Warning = "features", p.Name, disableWarning(p.Label)
		case "yes-" + p.Name:
			d.Tab, p.Enabled = "features", false
		case "enable-" + p.Name:
			d.Tab, p.Enabled = "features", true
		}
		p.Changed = p.Enabled != m.Enabled[p.Param]
	}
	if op != "save" {
		c.render(w, http.StatusOK, "edit", viewFor(s, m.DisplayName, "mailboxes", d))
		return
	}
	if refuseReadOnly(w, s) {
		return
	}
	if c.save(r, s, m, &d) {
		if len(d.Notices) == 0 {
			http.Redirect(w, r, "/mailboxes/"+m.ID+"?saved=1&tab="+d.Tab, http.StatusSeeOther)
			return
		}
		// Saved, but a cmdlet warned (a setting with no effect): show the
		// warnings with what the mailbox is now.
		c.showSaved(w, r, s, m.ID, d.Tab, "Your changes were saved, with these warnings:", d.Notices)
		return
	}
	c.render(w, http.StatusUnprocessableEntity, "edit", viewFor(s, m.DisplayName, "mailboxes", d))
}

// change is one property a Save sets, with the command that sets it and
// the one that sets it back.
type change struct {
	field      *string // where its error goes
	set, undo  string
	applied    bool
	paramLabel string
}

// save applies the changed properties, one command each, so that an
// error shows beside its field. If any fails, the ones that were applied
// are set back to their old values: a Save applies all or nothing.
func (c *Center) save(r *http.Request, s *session, m *mailbox, d *editData) bool {
	ident := psQuote(m.Identity)
	var changes []*change
	for i := range d.Fields {
		f := &d.Fields[i]
		old := m.Values[f.Param]
		if f.Value == old {
			continue
		}
		changes = append(changes, &change{field: &f.Error, paramLabel: f.Label,
			set:  fmt.Sprintf("%s -Identity %s -%s %s", f.Cmdlet, ident, f.Param, psQuote(f.Value)),
			undo: fmt.Sprintf("%s -Identity %s -%s %s", f.Cmdlet, ident, f.Param, psQuote(old))})
	}
	for i := range d.Proto {
		p := &d.Proto[i]
		if !p.Changed {
			continue
		}
		changes = append(changes, &change{field: &p.Error, paramLabel: p.Label,
			set:  fmt.Sprintf("Set-CASMailbox -Identity %s -%s %s", ident, p.Param, psBool(p.Enabled)),
			undo: fmt.Sprintf("Set-CASMailbox -Identity %s -%s %s", ident, p.Param, psBool(!p.Enabled))})
	}
	failed := false
	for _, ch := range changes {
		res := c.run(r.Context(), s, ch.set, true)
		if res.failed() {
			*ch.field = strings.Join(res.messages(), " ")
			failed = true
			continue
		}
		ch.applied = true
		if res.warnings != "" {
			d.Notices = append(d.Notices, res.warnings)
		}
	}
	if !failed {
		return true
	}
	for i := len(changes) - 1; i >= 0; i-- {
		ch := changes[i]
		if !ch.applied {
			continue
		}
		if res := c.run(r.Context(), s, ch.undo, true); res.failed() {
			d.Errors = append(d.Errors, fmt.Sprintf("%s was changed but could not be set back: %s", ch.paramLabel, strings.Join(res.messages(), " ")))
		}
	}
	d.Errors = append(d.Errors, "Nothing was saved: correct the fields marked below, then click Save again.")
	d.Tab = firstErrorTab(d)
	return false
}

// panel is one text-box tab of the properties window.
type panel struct {
	Tab, Title string
	Shown      bool
	Fields     []formField
}

// panelOf returns the tab of d named tab (a template function).
func panelOf(d editData, tab, title string) panel {
	p := panel{Tab: tab, Title: title, Shown: d.Tab == tab}
	for _, f := range d.Fields {
		if f.Tab == tab {
			p.Fields = append(p.Fields, f)
		}
	}
	return p
}

// firstErrorTab is the tab of the first field with an error.
func firstErrorTab(d *editData) string {
	for _, f := range d.Fields {
		if f.Error != "" {
			return f.Tab
		}
	}
	for _, p := range d.Proto {
		if p.Error != "" {
			return "features"
		}
	}
	return d.Tab
}
