package admin

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/shell"
)

// TestPsQuote: every quoted literal reads back as the text it quotes in a
// real shell, typographic quotes included (PowerShell takes ‘ ’ ‚ ‛ as ').
func TestPsQuote(t *testing.T) {
	sh, err := shell.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"", "plain", "O'Brien", "O’Brien", "‘x’", "‚‛", "a''b", "'; Remove-Mailbox x; '", "’; Remove-Mailbox x; ‘", "$(1+1) `n \"x\""} {
		out, err := sh.Invoke(context.Background(), psQuote(s))
		if err != nil || len(out) != 1 || out[0] != s {
			t.Errorf("psQuote(%q) = %s reads back as %v (%v)", s, psQuote(s), out, err)
		}
	}
}

// TestTypographicQuotesInForms: a display name with typographic quotes and
// PowerShell syntax is saved as typed and found by search.
func TestTypographicQuotesInForms(t *testing.T) {
	f, id, form := editRandZaher(t)
	const name = "Rand O’Zaher ‘$(1+1)’ “x” `n"
	form.Set("DisplayName", name)
	form.Set("op", "save")
	if resp, body := f.post("/mailboxes/"+id, form); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("Save: %s\n%s", resp.Status, body)
	}
	r, err := f.st.Resolve(context.Background(), directory.KindMailbox, id)
	if err != nil || r.DisplayName != name {
		t.Fatalf("stored display name %q (%v), want %q", r.DisplayName, err, name)
	}
	for _, q := range []string{"O’Zaher", "‘$(1+1)’", "“x”"} {
		_, body := f.get("/mailboxes?q=" + url.QueryEscape(q))
		if got := names(body); len(got) != 1 || got[0] != name {
			t.Errorf("search %q: %v", q, got)
		}
	}
}
