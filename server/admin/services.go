package admin

import (
	"fmt"
	"net/http"
	"strings"
)

// mailServices are the services the Services page manages: the POP3 and
// IMAP4 services of the reference page, front end and back end.
var mailServices = []string{"MSExchangePOP3", "MSExchangePOP3BE", "MSExchangeIMAP4", "MSExchangeIMAP4BE"}

// serviceActions are the page's buttons and the cmdlets they run.
var serviceActions = map[string]string{"start": "Start-Service", "stop": "Stop-Service", "restart": "Restart-Service"}

// noServices is the Services page of an admin center given no service
// cmdlets (Options.Modules).
const noServices = "This admin center was started without the service cmdlets (Get-Service, Restart-Service), so it can't show or control services. Use the admin center that pshd serves."

// serviceRow is one line of the Services page.
type serviceRow struct {
	Name, DisplayName, Status, StartType string
}

// servicesData is the Services page's data.
type servicesData struct {
	Rows    []serviceRow
	Errors  []string
	Notices []string
}

// servicesCommand lists the mail services.
func servicesCommand() string {
	return "Get-Service -Name " + strings.Join(mailServices, ",")
}

// loadServices runs Get-Service for the mail services.
func (c *Center) loadServices(r *http.Request, s *session, d *servicesData) {
	if c.opts.Modules == nil {
		d.Errors = append(d.Errors, noServices)
		return
	}
	res := c.run(r.Context(), s, servicesCommand(), true)
	d.Errors = append(d.Errors, res.messages()...)
	for _, v := range res.out {
		d.Rows = append(d.Rows, serviceRow{Name: propString(v, "Name"), DisplayName: propString(v, "DisplayName"),
			Status: propString(v, "Status"), StartType: propString(v, "StartType")})
	}
}

// servicesPage is the Services console of the reference page.
func (c *Center) servicesPage(w http.ResponseWriter, r *http.Request, s *session) {
	var d servicesData
	c.loadServices(r, s, &d)
	c.render(w, http.StatusOK, "services", viewFor(s, "Services", "services", d))
}

// servicesPost runs Start-, Stop- or Restart-Service for one mail service.
func (c *Center) servicesPost(w http.ResponseWriter, r *http.Request, s *session) {
	if refuseReadOnly(w, s) {
		return
	}
	name, op := r.PostForm.Get("name"), r.PostForm.Get("op")
	cmdlet, ok := serviceActions[op]
	known := false
	for _, n := range mailServices {
		if strings.EqualFold(n, name) {
			name, known = n, true
		}
	}
	if !ok || !known {
		http.Error(w, fmt.Sprintf("Unknown service action %q on %q: use the buttons of the Services page.", op, name), http.StatusBadRequest)
		return
	}
	var d servicesData
	res := c.run(r.Context(), s, cmdlet+" -Name "+name, true)
	status := http.StatusOK
	if res.failed() {
		d.Errors = append(d.Errors, res.messages()...)
		status = http.StatusUnprocessableEntity
	} else {
		d.Notices = append(d.Notices, fmt.Sprintf("%s ran for %s.", cmdlet, name))
	}
	c.loadServices(r, s, &d)
	c.render(w, status, "services", viewFor(s, "Services", "services", d))
}

// helpPage lists the keyboard shortcuts.
func (c *Center) helpPage(w http.ResponseWriter, r *http.Request, s *session) {
	c.render(w, http.StatusOK, "help", viewFor(s, "Keyboard shortcuts", "help", nil))
}
