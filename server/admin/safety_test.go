package admin

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/psh-project/psh/directory"
)

// TestCSRFRefused: a POST without the session's token changes nothing.
func TestCSRFRefused(t *testing.T) {
	f := newFixture(t, Options{})
	f.admin()
	rand := f.guidOf("Rand Zaher")
	for _, csrf := range []string{"", "forged"} {
		form := url.Values{"op": {"disable-pop"}, "confirm": {"1"}, "id": {rand}}
		if csrf != "" {
			form.Set("csrf", csrf)
		}
		resp, body := f.post("/bulk", form)
		if resp.StatusCode != http.StatusForbidden || !strings.Contains(body, csrfRefused) {
			t.Errorf("bulk with csrf %q: %s %s", csrf, resp.Status, body)
		}
		resp, _ = f.post("/mailboxes/"+rand, url.Values{"op": {"save"}, "pop": {"disabled"}, "csrf": {csrf}})
		if resp.StatusCode != http.StatusForbidden {
			t.Errorf("edit with csrf %q: %s", csrf, resp.Status)
		}
	}
	if pop, _ := f.cas("Rand Zaher"); !pop {
		t.Fatal("a POST without a CSRF token disabled POP3")
	}
	// The sign-in form has its own token.
	resp, _ := f.post("/signin", url.Values{"user": {"Administrator"}, "password": {adminPassword}})
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("sign-in without a token: %s", resp.Status)
	}
}

// TestNoActionByGET: every action is POST only.
func TestNoActionByGET(t *testing.T) {
	f := newFixture(t, Options{})
	f.admin()
	rand := f.guidOf("Rand Zaher")
	for _, path := range []string{
		"/bulk?op=disable-pop&confirm=1&id=" + rand,
		"/signout",
		"/signin?user=Administrator&password=" + adminPassword,
	} {
		code, _ := f.get(path)
		if path == "/signin?user=Administrator&password="+adminPassword {
			if code != http.StatusOK {
				t.Errorf("GET %s: %d", path, code)
			}
			continue
		}
		if code != http.StatusMethodNotAllowed {
			t.Errorf("GET %s: %d, want 405", path, code)
		}
	}
	code, _ := f.get("/mailboxes/" + rand + "?op=save&pop=disabled")
	if code != http.StatusOK {
		t.Fatalf("GET edit page: %d", code)
	}
	if pop, _ := f.cas("Rand Zaher"); !pop {
		t.Fatal("a GET disabled POP3")
	}
	if code, _ := f.get("/mailboxes"); code != http.StatusOK {
		t.Fatal("GET /signout ended the session")
	}
}

// TestEscaping: a mailbox named like a script shows as text everywhere.
func TestEscaping(t *testing.T) {
	f := newFixture(t, Options{})
	const evil = `<script>alert(1)</script>`
	ctx := context.Background()
	b, err := f.st.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	r, err := b.NewMailbox(ctx, directory.NewMailbox{Name: "xss test", DisplayName: evil, Alias: "xsstest", Password: []byte("Pa55w.rd-xss"), OrganizationalUnit: "Users"})
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	f.admin()
	for _, path := range []string{"/mailboxes?q=xss", "/mailboxes/" + r.Guid.String()} {
		_, body := f.get(path)
		if strings.Contains(body, evil) {
			t.Errorf("%s shows the name unescaped", path)
		}
		contains(t, body, "&lt;script&gt;alert(1)&lt;/script&gt;")
	}
	// A search term with quotes reaches OPATH as text, not as syntax.
	code, body := f.get("/mailboxes?q=" + url.QueryEscape(`x' -or Name -like '*`))
	if code != http.StatusOK || strings.Contains(body, "Adam Barr") {
		t.Fatalf("a quote in the search changed the filter: %d", code)
	}
}

// TestHeadersAndAssets: the embedded assets are served without a session,
// and every page carries the headers that keep other sites' scripts and
// frames out.
func TestHeadersAndAssets(t *testing.T) {
	f := newFixture(t, Options{})
	for _, path := range []string{"/static/admin.js", "/static/admin.css"} {
		if code, body := f.get(path); code != http.StatusOK || len(body) < 100 {
			t.Errorf("%s: %d", path, code)
		}
	}
	resp, err := f.client.Get(f.srv.URL + "/signin")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	for k, want := range map[string]string{
		"Content-Security-Policy": "default-src 'none'; script-src 'self'",
		"X-Frame-Options":         "DENY",
		"X-Content-Type-Options":  "nosniff",
		"Cache-Control":           "no-store",
	} {
		if got := resp.Header.Get(k); !strings.HasPrefix(got, want) {
			t.Errorf("%s: %q, want %q", k, got, want)
		}
	}
}
