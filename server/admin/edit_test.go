package admin

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/psh-project/psh/directory"
)

// editForm returns the fields of the edit page as a form, with values.
func editForm(t *testing.T, f *fixture, id string) url.Values {
	t.Helper()
	code, body := f.get("/mailboxes/" + id)
	if code != http.StatusOK {
		t.Fatalf("edit page: %d", code)
	}
	form := url.Values{"csrf": {csrfOf(t, body)}}
	r, err := f.st.Resolve(context.Background(), directory.KindMailbox, id)
	if err != nil {
		t.Fatal(err)
	}
	for _, fl := range editFields {
		form.Set(fl.Param, propString(r, fl.Param))
	}
	form.Set("pop", map[bool]string{true: "enabled", false: "disabled"}[r.PopEnabled])
	form.Set("imap", map[bool]string{true: "enabled", false: "disabled"}[r.ImapEnabled])
	return form
}

// editRandZaher signs in and opens Rand Zaher's properties.
func editRandZaher(t *testing.T) (*fixture, string, url.Values) {
	t.Helper()
	f := newFixture(t, Options{})
	f.admin()
	id := f.guidOf("Rand Zaher")
	return f, id, editForm(t, f, id)
}

// TestEditDisablePOP3 follows the reference page: Mailbox features,
// POP3 Disable, Yes in the warning, Save.
func TestEditDisablePOP3(t *testing.T) {
	f, id, form := editRandZaher(t)

	form.Set("op", "disable-pop")
	resp, body := f.post("/mailboxes/"+id, form)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("Disable: %s", resp.Status)
	}
	contains(t, body, htmlText(disableWarning("POP3")), `id="yes"`)
	if pop, _ := f.cas("Rand Zaher"); !pop {
		t.Fatal("Disable changed the directory before Yes and Save")
	}

	form.Set("op", "yes-pop")
	_, body = f.post("/mailboxes/"+id, form)
	contains(t, body, `<span class="state" id="state-pop">Disabled</span> <em>(not saved yet)</em>`, `name="pop" value="disabled"`)
	if pop, _ := f.cas("Rand Zaher"); !pop {
		t.Fatal("Yes changed the directory before Save")
	}

	form.Set("op", "save")
	form.Set("pop", "disabled")
	resp, body = f.post("/mailboxes/"+id, form)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("Save: %s\n%s", resp.Status, body)
	}
	if pop, imap := f.cas("Rand Zaher"); pop || !imap {
		t.Fatalf("after Save: POP3 %v, IMAP %v; want POP3 off, IMAP unchanged", pop, imap)
	}
	_, body = f.get(resp.Header.Get("Location"))
	contains(t, body, "Your changes were saved.", `<span class="state" id="state-pop">Disabled</span>`,
		htmlText(`Set-CASMailbox -Identity 'contoso.com/North America/Finance/Rand Zaher' -PopEnabled $false`))
}

// TestEditValidation: an address another mailbox uses is refused beside
// its field, and the other change of the same Save is not kept.
func TestEditValidation(t *testing.T) {
	f, id, form := editRandZaher(t)
	form.Set("DisplayName", "Rand Z. Zaher")
	form.Set("Department", "Treasury")
	form.Set("PrimarySmtpAddress", "adam@contoso.com")
	form.Set("op", "save")
	resp, body := f.post("/mailboxes/"+id, form)
	if resp.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("Save with a taken address: %s", resp.Status)
	}
	contains(t, body, `aria-invalid="true" aria-describedby="err-PrimarySmtpAddress"`,
		`<span class="field-error" id="err-PrimarySmtpAddress" role="alert">The proxy address`,
		"Nothing was saved", `value="Rand Z. Zaher"`)
	r, err := f.st.Resolve(context.Background(), directory.KindMailbox, id)
	if err != nil {
		t.Fatal(err)
	}
	if r.DisplayName != "Rand Zaher" || r.Department != "Finance" || r.PrimarySmtpAddress != "rzaher@contoso.com" {
		t.Fatalf("a refused Save kept changes: %q %q %q", r.DisplayName, r.Department, r.PrimarySmtpAddress)
	}
	// The values typed stay in the form to be corrected.
	if !strings.Contains(body, `value="Treasury"`) {
		t.Fatal("the form lost the values typed")
	}
}

func TestEditUnknownMailbox(t *testing.T) {
	f := newFixture(t, Options{})
	f.admin()
	code, body := f.get("/mailboxes/00000000-0000-0000-0000-000000000000")
	if code != http.StatusNotFound || !strings.Contains(body, `class="error"`) {
		t.Fatalf("unknown mailbox: %d", code)
	}
}

// TestEditAdministratorWarning: POP3 can't be enabled for the
// Administrator; Save says so with Set-CASMailbox's warning, and the page
// shows the setting as stored.
func TestEditAdministratorWarning(t *testing.T) {
	f := newFixture(t, Options{})
	f.admin()
	id := f.guidOf("Administrator")
	form := editForm(t, f, id)
	form.Set("pop", "enabled")
	form.Set("op", "save")
	resp, body := f.post("/mailboxes/"+id, form)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("Save: %s", resp.Status)
	}
	contains(t, body, "Your changes were saved, with these warnings:", htmlText(directory.AdministratorWarning),
		`<span class="state" id="state-pop">Disabled</span>`)
	if pop, _ := f.cas("Administrator"); pop {
		t.Fatal("POP3 was enabled for the Administrator")
	}
}
