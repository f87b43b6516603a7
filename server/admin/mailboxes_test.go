package admin

import (
	"context"
	"github.com/psh-project/psh/pipeline"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/psh-project/psh/directory"
)

var (
	rowPattern  = regexp.MustCompile(`<tr data-id="([^"]+)" data-type="[^"]*" data-name="([^"]*)"`)
	nextPattern = regexp.MustCompile(`<a href="([^"]+)" rel="next"`)
	prevPattern = regexp.MustCompile(`<a href="([^"]+)" rel="prev"`)
)

// names returns the display names of the page's rows.
func names(body string) []string {
	var out []string
	for _, m := range rowPattern.FindAllStringSubmatch(body, -1) {
		out = append(out, html.UnescapeString(m[2]))
	}
	return out
}

// allSorted returns every mailbox's display name in the store's order.
func allSorted(t *testing.T, st directory.Store, sortBy string) []string {
	t.Helper()
	res, err := st.Query(context.Background(), directory.Query{Kind: directory.KindMailbox, SortBy: sortBy})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range res.Recipients {
		out = append(out, r.DisplayName)
	}
	return out
}

// TestPaging walks every page forward and back: each mailbox once, in
// order, including the two Andrew Smiths that share a display name and
// fall on a page boundary for some page size.
func TestPaging(t *testing.T) {
	for _, size := range []int{7, 10} {
		f := newFixture(t, Options{PageSize: size})
		f.admin()
		want := allSorted(t, f.st, "DisplayName")
		var got []string
		var pages []string
		path := "/mailboxes"
		for len(pages) < 1000 {
			code, body := f.get(path)
			if code != http.StatusOK {
				t.Fatalf("%s: %d", path, code)
			}
			rows := names(body)
			if len(rows) > size {
				t.Fatalf("%s: %d rows on a page of %d", path, len(rows), size)
			}
			got = append(got, rows...)
			pages = append(pages, path)
			m := nextPattern.FindStringSubmatch(body)
			if m == nil {
				break
			}
			path = html.UnescapeString(m[1])
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("page size %d: paging lost or repeated mailboxes (-want +got):\n%s", size, diff)
		}
		// Previous leads back through the same pages.
		_, body := f.get(path)
		for i := len(pages) - 2; i >= 0; i-- {
			m := prevPattern.FindStringSubmatch(body)
			if m == nil {
				t.Fatalf("page %d has no Previous link", i+2)
			}
			_, body = f.get(html.UnescapeString(m[1]))
			_, want := f.get(pages[i])
			if !cmp.Equal(names(body), names(want)) {
				t.Fatalf("Previous from page %d shows %v, want %v", i+2, names(body), names(want))
			}
		}
	}
}

func TestSortByAlias(t *testing.T) {
	f := newFixture(t, Options{PageSize: 5})
	f.admin()
	_, body := f.get("/mailboxes?sort=Alias")
	res, err := f.st.Query(context.Background(), directory.Query{Kind: directory.KindMailbox, SortBy: "Alias", ResultSize: 5})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, r := range res.Recipients {
		want = append(want, r.DisplayName)
	}
	if diff := cmp.Diff(want, names(body)); diff != "" {
		t.Fatalf("sorted by alias (-want +got):\n%s", diff)
	}
	contains(t, body, "Get-Mailbox -SortBy Alias -ResultSize 6")
}

func TestSearch(t *testing.T) {
	f := newFixture(t, Options{})
	f.admin()
	for _, q := range []string{"Rand Z", "and zah", "rzaher", "rand.zaher@contoso"} {
		_, body := f.get("/mailboxes?q=" + url.QueryEscape(q))
		if got := names(body); !cmp.Equal(got, []string{"Rand Zaher"}) {
			t.Errorf("search %q: %v", q, got)
		}
	}
	_, body := f.get("/mailboxes?q=rzaher")
	contains(t, body, htmlText(`Get-Mailbox -Filter '(DisplayName -like ''*rzaher*'' -or Name -like ''*rzaher*'' -or Alias -like ''*rzaher*'' -or PrimarySmtpAddress -like ''*rzaher*'')' -SortBy DisplayName -ResultSize 51`))
}

func TestAdvancedSearch(t *testing.T) {
	f := newFixture(t, Options{})
	f.admin()
	_, body := f.get("/mailboxes?department=Accounting")
	if got := names(body); !slices.Contains(got, "Jill Frank") || len(got) < 2 {
		t.Fatalf("department Accounting: %v", got)
	}
	for _, m := range rowPattern.FindAllStringSubmatch(body, -1) {
		g, err := pipeline.ParseGuid(m[1])
		if err != nil {
			t.Fatal(err)
		}
		r, err := f.st.Get(context.Background(), g)
		if err != nil || r.Department != "Accounting" {
			t.Errorf("%s is in %q, not Accounting (%v)", m[2], r.Department, err)
		}
	}
	contains(t, body, htmlText(`Get-Recipient -RecipientTypeDetails UserMailbox,SharedMailbox,RoomMailbox,EquipmentMailbox -Filter 'Department -like ''*Accounting*''' -SortBy DisplayName -ResultSize 51`))
	// The Administrator's POP3 is off in every demo directory.
	_, body = f.get("/mailboxes?name=Admin&pop=disabled")
	if got := names(body); !cmp.Equal(got, []string{"Administrator"}) {
		t.Fatalf("name Admin, POP3 disabled: %v", got)
	}
	_, body = f.get("/mailboxes?name=Admin&pop=enabled")
	if got := names(body); len(got) != 0 {
		t.Fatalf("name Admin, POP3 enabled: %v", got)
	}
	_, body = f.get("/mailboxes?ou=" + url.QueryEscape("North America/Finance") + "&name=Rand&type=UserMailbox")
	if got := names(body); !cmp.Equal(got, []string{"Rand Zaher"}) {
		t.Fatalf("OU North America/Finance, Rand: %v", got)
	}
	_, body = f.get("/mailboxes?type=SharedMailbox&name=Marketing%20Team")
	if got := names(body); !cmp.Equal(got, []string{"Marketing Team"}) {
		t.Fatalf("shared Marketing Team: %v", got)
	}
	code, body := f.get("/mailboxes?ou=" + url.QueryEscape("No Such OU"))
	if code != http.StatusOK && code != http.StatusBadRequest || !strings.Contains(body, `class="error"`) {
		t.Fatalf("an unknown OU shows no error: %d", code)
	}
}
