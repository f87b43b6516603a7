package admin

import (
	"net/http"
	"net/url"
	"testing"
)

// TestBulkDisableIMAP: the warning asks for OK; OK changes every mailbox
// in one command and reports each; the Administrator is reported as not
// changed (POP3 and IMAP4 never apply to it).
func TestBulkDisableIMAP(t *testing.T) {
	f := newFixture(t, Options{})
	csrf := f.admin()
	who := []string{"Rand Zaher", "Adam Barr", "Jill Frank"}
	form := url.Values{"csrf": {csrf}, "op": {"disable-imap"}, "back": {"/mailboxes?q=a"}}
	for _, w := range who {
		form.Add("id", f.guidOf(w))
	}
	resp, body := f.post("/bulk", form)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("Bulk Edit: %s", resp.Status)
	}
	contains(t, body, "IMAP will be disabled for the 3 selected mailboxes", `id="ok"`)
	for _, w := range who {
		if _, imap := f.cas(w); !imap {
			t.Fatalf("%s changed before OK", w)
		}
	}
	form.Set("confirm", "1")
	_, body = f.post("/bulk", form)
	contains(t, body, "IMAP disabled: 3 of 3 mailboxes succeeded.",
		"<td>Rand Zaher</td><td>Succeeded.</td>", `href="/mailboxes?q=a"`)
	contains(t, body, htmlText("' | Set-CASMailbox -ImapEnabled $false"))
	for _, w := range who {
		if pop, imap := f.cas(w); imap || !pop {
			t.Errorf("%s: IMAP %v POP3 %v after Bulk Edit", w, imap, pop)
		}
	}
	// Enabling IMAP cannot apply to the Administrator: reported per mailbox.
	form.Set("op", "enable-imap")
	form.Add("id", f.guidOf("Administrator"))
	_, body = f.post("/bulk", form)
	contains(t, body, "IMAP enabled: 3 of 4 mailboxes succeeded.",
		"<td>Adam Barr</td><td>Succeeded.</td>", "<td>Administrator</td><td>Not changed.")
}

func TestBulkRefusesBadInput(t *testing.T) {
	f := newFixture(t, Options{})
	csrf := f.admin()
	for _, form := range []url.Values{
		{"csrf": {csrf}, "op": {"disable-smtp"}, "id": {f.guidOf("Rand Zaher")}},
		{"csrf": {csrf}, "op": {"disable-pop"}, "id": {"Rand Zaher'; Remove-Mailbox x"}},
		{"csrf": {csrf}, "op": {"disable-pop"}},
	} {
		if resp, _ := f.post("/bulk", form); resp.StatusCode != http.StatusBadRequest {
			t.Errorf("%v: %s, want 400", form, resp.Status)
		}
	}
	if pop, _ := f.cas("Rand Zaher"); !pop {
		t.Fatal("a refused Bulk Edit changed Rand Zaher")
	}
}
