package admin

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/psh-project/psh/pipeline"
)

// fakeHost stands in for pshd's services behind the service cmdlets:
// these handler tests check what the page runs and shows; pshd's own tests
// and the service cmdlets' tests cover the real control socket.
type fakeHost struct {
	status map[string]string
	ran    []string
}

type fakeService struct{ Name, DisplayName, Status, StartType string }

type fakeGetService struct {
	h    *fakeHost
	Name []string `param:"Position=0"`
}

func (g *fakeGetService) Process(c *pipeline.Context) error {
	for _, n := range g.Name {
		if err := c.Emit(&fakeService{Name: n, DisplayName: "Microsoft Exchange " + n, Status: g.h.status[n], StartType: "Automatic"}); err != nil {
			return err
		}
	}
	return nil
}

type fakeAction struct {
	h    *fakeHost
	op   string
	Name string `param:"Position=0,Mandatory"`
}

func (a *fakeAction) Process(c *pipeline.Context) error {
	a.h.ran = append(a.h.ran, a.op+" "+a.Name)
	if a.op == "Stop-Service" {
		a.h.status[a.Name] = "Stopped"
	} else {
		a.h.status[a.Name] = "Running"
	}
	return nil
}

func (h *fakeHost) module() *pipeline.Module {
	ci := func(name string, New func() pipeline.Cmdlet) *pipeline.CommandInfo {
		return &pipeline.CommandInfo{Name: name, Type: pipeline.CmdletCommand, New: New}
	}
	cmds := []*pipeline.CommandInfo{ci("Get-Service", func() pipeline.Cmdlet { return &fakeGetService{h: h} })}
	for _, op := range []string{"Start-Service", "Stop-Service", "Restart-Service"} {
		cmds = append(cmds, ci(op, func() pipeline.Cmdlet { return &fakeAction{h: h, op: op} }))
	}
	return &pipeline.Module{Name: "FakeServices", Commands: cmds}
}

func TestServicesPage(t *testing.T) {
	h := &fakeHost{status: map[string]string{"MSExchangePOP3": "Running", "MSExchangePOP3BE": "Running", "MSExchangeIMAP4": "Stopped", "MSExchangeIMAP4BE": "Stopped"}}
	f := newFixture(t, Options{Modules: func() []*pipeline.Module { return []*pipeline.Module{h.module()} }})
	csrf := f.admin()
	code, body := f.get("/services")
	if code != http.StatusOK {
		t.Fatalf("services: %d", code)
	}
	for _, n := range mailServices {
		contains(t, body, fmt.Sprintf(`<tr id="svc-%s">`, n))
	}
	contains(t, body, `<td>MSExchangeIMAP4</td><td>Microsoft Exchange MSExchangeIMAP4</td><td class="status">Stopped</td><td>Automatic</td>`)

	resp, body := f.post("/services", url.Values{"csrf": {csrf}, "name": {"msexchangepop3"}, "op": {"restart"}})
	if resp.StatusCode != http.StatusOK || strings.Join(h.ran, ";") != "Restart-Service MSExchangePOP3" {
		t.Fatalf("restart: %s, ran %v", resp.Status, h.ran)
	}
	contains(t, body, "Restart-Service ran for MSExchangePOP3.", "<code>Restart-Service -Name MSExchangePOP3</code>")

	for _, form := range []url.Values{
		{"csrf": {csrf}, "name": {"MSExchangeFrontEndTransport"}, "op": {"stop"}},
		{"csrf": {csrf}, "name": {"MSExchangePOP3"}, "op": {"delete"}},
		{"name": {"MSExchangePOP3"}, "op": {"stop"}},
	} {
		if resp, _ := f.post("/services", form); resp.StatusCode != http.StatusBadRequest && resp.StatusCode != http.StatusForbidden {
			t.Errorf("%v: %s", form, resp.Status)
		}
	}
	if code, _ := f.get("/services?name=MSExchangePOP3&op=stop"); code != http.StatusOK || len(h.ran) != 1 {
		t.Fatalf("a GET ran %v", h.ran)
	}
}

// TestServicesWithoutServer: an admin center without the service cmdlets
// (not inside pshd) says so instead of failing.
func TestServicesWithoutServer(t *testing.T) {
	f := newFixture(t, Options{})
	f.admin()
	code, body := f.get("/services")
	if code != http.StatusOK || !strings.Contains(body, htmlText(noServices)) {
		t.Fatalf("services without pshd: %d\n%s", code, body)
	}
}
