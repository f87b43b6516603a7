package admin

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/cmdlets/exchange"
	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/shell"
)

// benchDirectory returns a copy of a 100,000-mailbox directory made with
// New-DemoOrganization -Users 100000, built once and kept in the system
// temp folder (building it takes a while).
func benchDirectory(b *testing.B) directory.Store {
	b.Helper()
	cache := filepath.Join(os.TempDir(), "psh-admin-bench-100k-v1.db")
	if _, err := os.Stat(cache); err != nil {
		buildBenchDirectory(b, cache)
	}
	path := filepath.Join(b.TempDir(), "directory.db")
	copyFile(b, cache, path)
	st, err := directory.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st
}

func buildBenchDirectory(b *testing.B, cache string) {
	tmp := cache + ".building"
	os.Remove(tmp)
	var st directory.Store
	open := func() (directory.Store, error) {
		var err error
		st, err = directory.Open(tmp, directory.WithNewDirectory(directory.NewEmpty))
		return st, err
	}
	var stderr strings.Builder
	sh, err := shell.New(shell.WithStdio(nil, io.Discard, &stderr), shell.WithModule(core.Module()), shell.WithModule(exchange.Module(open)))
	if err != nil {
		b.Fatal(err)
	}
	if err := sh.Run(context.Background(), "New-DemoOrganization -Users 100000 -Confirm:$false"); err != nil || stderr.Len() > 0 {
		b.Fatalf("New-DemoOrganization: %v %s", err, stderr.String())
	}
	if st != nil {
		st.Close() // checkpoints the WAL into the file
	}
	if err := os.Rename(tmp, cache); err != nil {
		b.Fatal(err)
	}
}

func copyFile(b *testing.B, from, to string) {
	b.Helper()
	in, err := os.Open(from)
	if err != nil {
		b.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		b.Fatal(err)
	}
	if err := out.Close(); err != nil {
		b.Fatal(err)
	}
}

// benchCenter is an admin center on the big directory with a signed-in
// session, driven through ServeHTTP.
type benchCenter struct {
	c    *Center
	s    *session
	size int
}

func newBenchCenter(b *testing.B) *benchCenter {
	c, err := New(Options{Store: benchDirectory(b)})
	if err != nil {
		b.Fatal(err)
	}
	admin, err := c.opts.Store.Resolve(context.Background(), directory.KindUser, "Administrator")
	if err != nil {
		b.Fatal(err)
	}
	return &benchCenter{c: c, s: c.sessions.create("Administrator", admin.Guid.String(), false)}
}

// serve runs one request and fails unless its status is want.
func (bc *benchCenter) serve(b *testing.B, r *http.Request, want int) string {
	r.AddCookie(&http.Cookie{Name: sessionCookie, Value: bc.s.id})
	w := httptest.NewRecorder()
	bc.c.ServeHTTP(w, r)
	if w.Code != want {
		b.Fatalf("%s %s: %d\n%s", r.Method, r.URL, w.Code, w.Body.String())
	}
	return w.Body.String()
}

func BenchmarkMailboxListFirstPage100k(b *testing.B) {
	bc := newBenchCenter(b)
	for b.Loop() {
		body := bc.serve(b, httptest.NewRequest("GET", "/mailboxes", nil), http.StatusOK)
		if strings.Count(body, "<tr data-id=") != 50 {
			b.Fatal("the first page does not have 50 rows")
		}
	}
}

func BenchmarkMailboxListPage1000of100k(b *testing.B) {
	bc := newBenchCenter(b)
	// The cursor of a page deep in the list: its first display name.
	rows, _, _ := bc.c.page(httptest.NewRequest("GET", "/", nil), bc.s, listQuery{Sort: "DisplayName", After: cursor{Value: "M", Set: true}})
	if len(rows) == 0 {
		b.Fatal("no rows after M")
	}
	path := "/mailboxes?after=" + url.QueryEscape("0:"+rows[0].DisplayName)
	for b.Loop() {
		bc.serve(b, httptest.NewRequest("GET", path, nil), http.StatusOK)
	}
}

func BenchmarkSearch100k(b *testing.B) {
	bc := newBenchCenter(b)
	for b.Loop() {
		body := bc.serve(b, httptest.NewRequest("GET", "/mailboxes?q=zaher", nil), http.StatusOK)
		if !strings.Contains(body, "Rand Zaher") {
			b.Fatal("search did not find Rand Zaher")
		}
	}
}

func BenchmarkAdvancedSearchDepartment100k(b *testing.B) {
	bc := newBenchCenter(b)
	for b.Loop() {
		bc.serve(b, httptest.NewRequest("GET", "/mailboxes?department=Accounting", nil), http.StatusOK)
	}
}

func BenchmarkBulkEdit1000of100k(b *testing.B) {
	bc := newBenchCenter(b)
	out := bc.c.run(context.Background(), bc.s, "Get-Mailbox -RecipientTypeDetails UserMailbox -SortBy Alias -ResultSize 1001 | Where-Object Name -ne 'Administrator' | Select-Object -First 1000 | ForEach-Object { $_.Guid.ToString() }", false)
	if len(out.out) != 1000 {
		b.Fatalf("%d mailboxes for the bulk edit: %v", len(out.out), out.messages())
	}
	form := url.Values{"csrf": {bc.s.csrf}, "confirm": {"1"}}
	for _, id := range out.out {
		form.Add("id", fmt.Sprint(id))
	}
	ops := []string{"disable-imap", "enable-imap"}
	i := 0
	for b.Loop() {
		form.Set("op", ops[i%2])
		i++
		r := httptest.NewRequest("POST", "/bulk", strings.NewReader(form.Encode()))
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		body := bc.serve(b, r, http.StatusOK)
		if !strings.Contains(body, "1000 of 1000 mailboxes succeeded") {
			b.Fatalf("bulk edit did not succeed for all:\n%.2000s", body)
		}
	}
}

// BenchmarkBrowserNavigation100k measures the list's first page and a
// search as Chromium's navigation timing sees them (request start to
// response end), on the 100,000-mailbox directory.
func BenchmarkBrowserNavigation100k(b *testing.B) {
	st := benchDirectory(b)
	if err := setPassword(st, "Administrator", adminPassword); err != nil {
		b.Fatal(err)
	}
	c, err := New(Options{Store: st})
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(c)
	defer srv.Close()
	br := newBrowser(b, srv.URL)
	br.signIn("Administrator", adminPassword)
	br.do(chromedp.WaitVisible(chromedp.ID("mailboxes")))
	for _, page := range []struct{ name, path string }{{"list", "/mailboxes"}, {"search", "/mailboxes?q=zaher"}} {
		var total float64
		for i := 0; i < b.N; i++ {
			if err := chromedp.Do(br.ctx, chromedp.Navigate(srv.URL+page.path)); err != nil {
				b.Fatal(err)
			}
			ms, err := chromedp.Run(br.ctx, chromedp.Evaluate[float64](`(function(){var n=performance.getEntriesByType("navigation")[0];return n.responseEnd-n.requestStart})()`))
			if err != nil {
				b.Fatal(err)
			}
			total += ms
		}
		b.ReportMetric(total/float64(b.N), page.name+"-ms/op")
	}
}
