package admin

import (
	"context"
	"html"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/cmdlets/exchange"
	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/shell"
)

// adminPassword is the test directory's Administrator password.
const adminPassword = "Pa55w.rd-admin"

// testDirectory returns a demo directory file whose Administrator (and
// Rand Zaher, who is no administrator) have passwords: a copy of one made
// once per test binary (making it is the slow part).
func testDirectory(t testing.TB) (directory.Store, string) {
	t.Helper()
	templateOnce.Do(makeTemplate)
	if templateErr != nil {
		t.Fatal(templateErr)
	}
	path := filepath.Join(t.TempDir(), "directory.db")
	b, err := os.ReadFile(templatePath)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	st, err := directory.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st, path
}

var (
	templateOnce sync.Once
	templatePath string
	templateErr  error
)

// makeTemplate makes the demo directory testDirectory copies.
func makeTemplate() {
	dir, err := os.MkdirTemp("", "psh-admin-test")
	if err != nil {
		templateErr = err
		return
	}
	templatePath = filepath.Join(dir, "directory.db")
	st, err := directory.Open(templatePath)
	if err != nil {
		templateErr = err
		return
	}
	defer st.Close() // checkpoints the WAL into the file
	for who, pw := range map[string]string{"Administrator": adminPassword, "Rand Zaher": "Pa55w.rd-rand"} {
		if templateErr = setPassword(st, who, pw); templateErr != nil {
			return
		}
	}
}

func setPassword(st directory.Store, who, password string) error {
	ctx := context.Background()
	r, err := st.Resolve(ctx, directory.KindUser, who)
	if err != nil {
		return err
	}
	b, err := st.Begin(ctx)
	if err != nil {
		return err
	}
	if _, err := b.Modify(ctx, r.Guid, func(r *directory.Recipient) error { return r.SetPassword([]byte(password)) }); err != nil {
		return err
	}
	return b.Commit()
}

// clock is a settable time for the throttle and sessions.
type clock struct{ now time.Time }

func (c *clock) Now() time.Time { return c.now }

// fixture is an admin center on a loopback test server with a browser-like
// client (cookie jar, no redirects followed automatically).
type fixture struct {
	t      *testing.T
	st     directory.Store
	path   string
	srv    *httptest.Server
	client *http.Client
	clock  *clock
}

func newFixture(t *testing.T, opts Options) *fixture {
	t.Helper()
	st, path := testDirectory(t)
	f := &fixture{t: t, st: st, path: path, clock: &clock{now: time.Date(2026, 12, 8, 1, 0, 0, 0, time.UTC)}}
	opts.Store = st
	if opts.Now == nil {
		opts.Now = f.clock.Now
	}
	c, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	f.srv = httptest.NewServer(c)
	t.Cleanup(f.srv.Close)
	jar, _ := cookiejar.New(nil)
	f.client = &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	return f
}

// get fetches path and returns the status and body.
func (f *fixture) get(path string) (int, string) {
	f.t.Helper()
	resp, err := f.client.Get(f.srv.URL + path)
	if err != nil {
		f.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// post posts form to path and returns the response (body read).
func (f *fixture) post(path string, form url.Values) (*http.Response, string) {
	f.t.Helper()
	resp, err := f.client.PostForm(f.srv.URL+path, form)
	if err != nil {
		f.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

var csrfPattern = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// csrfOf returns the CSRF token of the page body.
func csrfOf(t *testing.T, body string) string {
	t.Helper()
	m := csrfPattern.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no CSRF token in the page:\n%s", body)
	}
	return html.UnescapeString(m[1])
}

// signIn signs in as user and returns the session's CSRF token.
func (f *fixture) signIn(user, password string) (*http.Response, string) {
	f.t.Helper()
	_, page := f.get("/signin")
	return f.post("/signin", url.Values{"csrf": {csrfOf(f.t, page)}, "user": {user}, "password": {password}})
}

// admin signs in as the Administrator and returns the CSRF token.
func (f *fixture) admin() string {
	f.t.Helper()
	resp, body := f.signIn("Administrator", adminPassword)
	if resp.StatusCode != http.StatusSeeOther {
		f.t.Fatalf("sign-in: %s\n%s", resp.Status, body)
	}
	_, page := f.get("/mailboxes")
	return csrfOf(f.t, page)
}

// cas returns the stored POP3 and IMAP4 switches of who.
func (f *fixture) cas(who string) (pop, imap bool) {
	f.t.Helper()
	r, err := f.st.Resolve(context.Background(), directory.KindMailbox, who)
	if err != nil {
		f.t.Fatal(err)
	}
	return r.PopEnabled, r.ImapEnabled
}

// guidOf returns who's GUID as the list shows it.
func (f *fixture) guidOf(who string) string {
	f.t.Helper()
	r, err := f.st.Resolve(context.Background(), directory.KindMailbox, who)
	if err != nil {
		f.t.Fatal(err)
	}
	return r.Guid.String()
}

// contains fails unless body contains every want.
func contains(t *testing.T, body string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(body, w) {
			t.Errorf("page lacks %q", w)
		}
	}
	if t.Failed() {
		t.Logf("page:\n%s", body)
	}
}

// shell runs script in an in-process shell on the fixture's directory (as
// its Administrator) and fails the test on any error.
func (f *fixture) shell(script string) {
	f.t.Helper()
	var stderr strings.Builder
	open := func() (directory.Store, error) { return f.st, nil }
	sh, err := shell.New(shell.WithStdio(nil, io.Discard, &stderr), shell.WithModule(core.Module()), shell.WithModule(exchange.Module(open)))
	if err != nil {
		f.t.Fatal(err)
	}
	if err := sh.Run(context.Background(), script); err != nil || stderr.Len() > 0 {
		f.t.Fatalf("%s: %v %s", script, err, stderr.String())
	}
}
