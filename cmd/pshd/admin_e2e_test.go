package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestAdminCenterServicesRestart: the admin center that the real pshd
// serves restarts MSExchangePOP3 through the service cmdlets and its
// control socket, and psh's Get-Service agrees.
func TestAdminCenterServicesRestart(t *testing.T) {
	e := newEnv(t)
	port := freePort(t)
	cfg := fmt.Sprintf(`{"SmtpBindings": ["127.0.0.1:%d"], "AdminBinding": "127.0.0.1:%d", "AdminPlainHTTP": true}`, e.smtp, port)
	if err := os.WriteFile(filepath.Join(e.dir, "pshd.json"), []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	e.psh(`Set-Mailbox Administrator -Password 'Adm1n-P@ss'`)
	e.start()
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar}
	// call runs a request and returns the body; anything but 200 fails.
	call := func(method, path string, form url.Values) string {
		t.Helper()
		req, err := http.NewRequest(method, base+path, strings.NewReader(form.Encode()))
		if err != nil {
			t.Fatal(err)
		}
		if method == http.MethodPost {
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("%s %s: %s\n%s", method, path, resp.Status, b)
		}
		return string(b)
	}
	get := func(path string) string { t.Helper(); return call(http.MethodGet, path, nil) }
	post := func(path string, form url.Values) string { t.Helper(); return call(http.MethodPost, path, form) }
	csrf := regexp.MustCompile(`name="csrf" value="([^"]+)"`)
	page := get("/signin")
	page = post("/signin", url.Values{"csrf": {csrf.FindStringSubmatch(page)[1]}, "user": {"Administrator"}, "password": {"Adm1n-P@ss"}})
	if !strings.Contains(page, `id="mailboxes"`) {
		t.Fatalf("not signed in:\n%s", page)
	}
	page = get("/services")
	if !strings.Contains(page, `<td>MSExchangePOP3</td><td>Microsoft Exchange POP3</td><td class="status">Running</td><td>Automatic</td>`) {
		t.Fatalf("the Services page does not show MSExchangePOP3 running:\n%s\n%s", page, e.log)
	}
	page = post("/services", url.Values{"csrf": {csrf.FindStringSubmatch(page)[1]}, "name": {"MSExchangePOP3"}, "op": {"restart"}})
	if !strings.Contains(page, "Restart-Service ran for MSExchangePOP3.") || !strings.Contains(page, "<code>Restart-Service -Name MSExchangePOP3</code>") {
		t.Fatalf("restart:\n%s", page)
	}
	if out := e.psh(`(Get-Service MSExchangePOP3).Status`); strings.TrimSpace(out) != "Running" {
		t.Fatalf("Get-Service after the restart: %q", out)
	}
}
