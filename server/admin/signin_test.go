package admin

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

func TestSignIn(t *testing.T) {
	f := newFixture(t, Options{})
	if code, _ := f.get("/mailboxes"); code != http.StatusSeeOther {
		t.Fatalf("GET /mailboxes signed out: %d, want a redirect to /signin", code)
	}
	cases := []struct {
		user, password string
		status         int
		message        string
	}{
		{"Administrator", "wrong", http.StatusUnauthorized, wrongPassword},
		{"Nobody Here", adminPassword, http.StatusUnauthorized, wrongPassword},
		{"Elke Brunner", "anything", http.StatusUnauthorized, wrongPassword}, // no password stored
		{"Rand Zaher", "Pa55w.rd-rand", http.StatusForbidden, notAdmin},
	}
	for _, c := range cases {
		resp, body := f.signIn(c.user, c.password)
		if c.status == http.StatusForbidden {
			c.status = http.StatusUnauthorized // refused like a wrong password, with its own message
		}
		if resp.StatusCode != c.status || !strings.Contains(body, htmlText(c.message)) {
			t.Errorf("%s/%s: %s, want %d with %q\n%s", c.user, c.password, resp.Status, c.status, c.message, body)
		}
		for _, ck := range resp.Cookies() {
			if ck.Name == sessionCookie && ck.Value != "" {
				t.Errorf("%s: a session cookie was set on a refused sign-in", c.user)
			}
		}
	}
	resp, _ := f.signIn("Administrator", adminPassword)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("right password: %s", resp.Status)
	}
	var sc *http.Cookie
	for _, ck := range resp.Cookies() {
		if ck.Name == sessionCookie {
			sc = ck
		}
	}
	if sc == nil || !sc.HttpOnly || sc.SameSite != http.SameSiteStrictMode || sc.Secure {
		t.Fatalf("session cookie %+v: want HttpOnly, SameSite=Strict, not Secure on loopback HTTP", sc)
	}
	code, page := f.get("/mailboxes")
	if code != http.StatusOK || !strings.Contains(page, "Adam Barr") {
		t.Fatalf("mailboxes after sign-in: %d", code)
	}
	// Sign out ends the session on the server, not only in the browser.
	resp, _ = f.post("/signout", url.Values{"csrf": {csrfOf(t, page)}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign out: %s", resp.Status)
	}
	req, _ := http.NewRequest("GET", f.srv.URL+"/mailboxes", nil)
	req.AddCookie(&http.Cookie{Name: sessionCookie, Value: sc.Value})
	old, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	old.Body.Close()
	if old.StatusCode != http.StatusSeeOther {
		t.Fatalf("the old session cookie still works after sign-out: %s", old.Status)
	}
}

// htmlText is s as html/template writes it in text.
func htmlText(s string) string {
	return strings.NewReplacer("'", "&#39;", `"`, "&#34;", "&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

func TestSignInThrottled(t *testing.T) {
	f := newFixture(t, Options{})
	for i := 0; i < maxSignInFailures; i++ {
		if resp, _ := f.signIn("Administrator", "wrong"); resp.StatusCode != http.StatusUnauthorized {
			t.Fatalf("attempt %d: %s", i, resp.Status)
		}
	}
	resp, body := f.signIn("Administrator", adminPassword)
	if resp.StatusCode != http.StatusTooManyRequests || !strings.Contains(body, "Too many failed sign-in attempts") {
		t.Fatalf("right password after %d failures: %s, want 429\n%s", maxSignInFailures, resp.Status, body)
	}
	f.clock.now = f.clock.now.Add(signInWindow + time.Second)
	if resp, _ := f.signIn("Administrator", adminPassword); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("after the window: %s", resp.Status)
	}
}

func TestSessionExpires(t *testing.T) {
	f := newFixture(t, Options{SessionIdle: time.Hour})
	f.admin()
	f.clock.now = f.clock.now.Add(time.Hour + time.Second)
	if code, _ := f.get("/mailboxes"); code != http.StatusSeeOther {
		t.Fatalf("an idle session still works: %d", code)
	}
}

// TestViewOnlyRole: a member of View-Only Organization Management signs in
// and sees the mailboxes, without the buttons that change them; a change
// it posts anyway is refused and changes nothing.
func TestViewOnlyRole(t *testing.T) {
	f := newFixture(t, Options{})
	f.shell(`Add-RoleGroupMember "View-Only Organization Management" -Member "Rand Zaher"`)
	resp, body := f.signIn("Rand Zaher", "Pa55w.rd-rand")
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("view-only sign-in: %s\n%s", resp.Status, body)
	}
	_, page := f.get("/mailboxes")
	contains(t, page, "Adam Barr", `<div id="details-bulk" hidden data-readonly="true">`)
	id := f.guidOf("Rand Zaher")
	_, page = f.get("/mailboxes/" + id)
	if strings.Contains(page, `id="save"`) {
		t.Error("the edit page offers Save to a view-only account")
	}
	csrf := csrfOf(t, page)
	for path, form := range map[string]url.Values{
		"/mailboxes/" + id: {"csrf": {csrf}, "op": {"save"}, "pop": {"disabled"}},
		"/bulk":            {"csrf": {csrf}, "op": {"disable-pop"}, "confirm": {"1"}, "id": {id}},
		"/services":        {"csrf": {csrf}, "op": {"restart"}, "name": {"MSExchangePOP3"}},
	} {
		resp, body := f.post(path, form)
		if resp.StatusCode != http.StatusForbidden || !strings.Contains(body, readOnlyRefused) {
			t.Errorf("POST %s as view-only: %s %s", path, resp.Status, body)
		}
	}
	if pop, _ := f.cas("Rand Zaher"); !pop {
		t.Fatal("a view-only account disabled POP3")
	}
}
