package admin

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The end-to-end tests drive headless Chromium against an admin center on
// a loopback test server, and check the directory with the psh binary as a
// separate process. Chromium is Debian's chromium package (.ci/run
// installs it); without it the tests skip, except under CI, where they
// fail.

// e2eTimeout bounds a whole browser test; every step waits on a DOM
// condition, never on a clock.
const e2eTimeout = 3 * time.Minute

// chromiumPath returns the browser to drive.
func chromiumPath(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "" {
		t.Skip("no chromium on $PATH (apt-get install chromium); CI fails here instead of skipping")
	}
	t.Fatal("no chromium on $PATH: .ci/run should have installed Debian's chromium package")
	return ""
}

// browser is a headless Chromium tab on the fixture's server.
type browser struct {
	t    testing.TB
	base string // the admin center's URL, without a trailing slash
	ctx  context.Context
}

// The browser is started once for the package's tests (start-up is the
// slow part); each test gets its own tab.
var (
	browserOnce   sync.Once
	browserCtx    context.Context
	browserErr    error
	browserCancel = func() {}
)

// TestMain closes the shared browser and removes the template directory
// and the psh binary after the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	browserCancel()
	if templatePath != "" {
		os.RemoveAll(filepath.Dir(templatePath))
	}
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// startBrowser starts Chromium with a fresh profile.
func startBrowser(path string) {
	dir, err := os.MkdirTemp("", "psh-admin-chromium")
	if err != nil {
		browserErr = err
		return
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(dir), chromedp.WindowSize(1280, 800),
	}
	actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, bcancel := chromedp.NewContext(actx)
	browserCtx = bctx
	browserCancel = func() { bcancel(); acancel(); os.RemoveAll(dir) }
	// Start the browser now, with its first (blank) tab.
	browserErr = chromedp.Do(bctx)
}

// newBrowser opens a tab of the shared browser for the test; it is closed
// at the end of the test, after a screenshot is kept if the test failed.
func newBrowser(t testing.TB, base string) *browser {
	t.Helper()
	path := chromiumPath(t)
	browserOnce.Do(func() { startBrowser(path) })
	if browserErr != nil {
		t.Fatalf("starting %s: %v", path, browserErr)
	}
	tab, closeTab := chromedp.NewContext(browserCtx)
	ctx, cancel := context.WithTimeout(tab, e2eTimeout)
	b := &browser{t: t, base: base, ctx: ctx}
	t.Cleanup(func() {
		if t.Failed() {
			b.screenshot()
		}
		cancel()
		closeTab()
	})
	b.do(chromedp.EmulateViewport(1280, 800))
	return b
}

// screenshot keeps the page as a PNG under $PSH_TEST_ARTIFACTS (default:
// the system temp folder), for a failed test.
func (b *browser) screenshot() {
	dir := os.Getenv("PSH_TEST_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "psh-admin-e2e")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.t.Logf("screenshot: %v", err)
		return
	}
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(90))
	if err != nil {
		b.t.Logf("screenshot: %v", err)
		return
	}
	name := filepath.Join(dir, strings.ReplaceAll(b.t.Name(), "/", "_")+".png")
	if err := os.WriteFile(name, png, 0o644); err != nil {
		b.t.Logf("screenshot: %v", err)
		return
	}
	b.t.Logf("screenshot of the failure: %s", name)
}

// do runs steps, failing the test on error.
func (b *browser) do(steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, steps...); err != nil {
		b.t.Fatalf("browser: %v", err)
	}
}

// text returns the text of the element sel selects (CSS).
func (b *browser) text(sel string) string {
	b.t.Helper()
	s, err := chromedp.Run(b.ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		b.t.Fatalf("text of %s: %v", sel, err)
	}
	return strings.TrimSpace(s)
}

// eval evaluates a JavaScript expression.
func eval[T any](b *browser, js string) T {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](js))
	if err != nil {
		b.t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

// clickRow clicks the email cell of the row of the mailbox named name,
// with modifier keys.
func (b *browser) clickRow(name string, mods ...chromedp.Modifier) {
	b.t.Helper()
	nodes, err := chromedp.Run(b.ctx, chromedp.Nodes(chromedp.CSS(`tr[data-name="`+name+`"] td:nth-child(4)`)))
	if err != nil || len(nodes) == 0 {
		b.t.Fatalf("row %s: %v", name, err)
	}
	b.do(chromedp.MouseClickNode(nodes[0], chromedp.ButtonModifiers(mods...)))
}

// signIn signs in through the form.
func (b *browser) signIn(user, password string) {
	b.t.Helper()
	b.do(chromedp.Navigate(b.base+"/signin"), chromedp.WaitVisible(chromedp.ID("user")),
		chromedp.SendKeys(chromedp.ID("user"), user), chromedp.SendKeys(chromedp.ID("password"), password),
		chromedp.Click(chromedp.ID("signin")))
}

// signedInBrowser is a tab signed in as the Administrator, on the list.
func signedInBrowser(t *testing.T) (*fixture, *browser) {
	t.Helper()
	f := newFixture(t, Options{})
	b := newBrowser(t, f.srv.URL)
	b.signIn("Administrator", adminPassword)
	b.do(chromedp.WaitVisible(chromedp.ID("mailboxes")))
	return f, b
}

// binDir holds the psh and pshd binaries, built once per test binary run.
var binDir string

// binary returns the path of cmd/<name> (psh or pshd), building both the
// first time.
func binary(t testing.TB, name string) string {
	t.Helper()
	if binDir == "" {
		dir, err := os.MkdirTemp("", "psh-admin-e2e-bin")
		if err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command("go", "build", "-o", dir+"/", "github.com/psh-project/psh/cmd/psh", "github.com/psh-project/psh/cmd/pshd").CombinedOutput()
		if err != nil {
			t.Fatalf("go build psh pshd: %v\n%s", err, out)
		}
		binDir = dir
	}
	return filepath.Join(binDir, name)
}

// psh runs script with the psh binary on the fixture's directory file.
func (f *fixture) psh(script string) string {
	f.t.Helper()
	cmd := exec.Command(binary(f.t, "psh"), "-NoProfile", "-NonInteractive", "-Directory", f.path, "-Command", script)
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "PSH_CONTROL_SOCKET=")
	out, err := cmd.CombinedOutput()
	if err != nil {
		f.t.Fatalf("psh -c %s: %v\n%s", script, err, out)
	}
	return string(out)
}

func TestBrowserEditDisablePOP3(t *testing.T) {
	f, b := signedInBrowser(t)

	// Search for Rand Zaher, select the row, Edit.
	b.do(chromedp.SendKeys(chromedp.ID("q"), "Rand Zaher"), chromedp.Click(chromedp.ID("search")),
		chromedp.WaitVisible(chromedp.CSS(`tr[data-name="Rand Zaher"]`)))
	b.clickRow("Rand Zaher")
	if got := b.text("#details-title"); got != "Rand Zaher" {
		t.Fatalf("details pane title %q", got)
	}
	b.do(chromedp.Click(chromedp.ID("details-edit")), chromedp.WaitVisible(chromedp.ID("editform")))

	// Mailbox features > POP3 Disable, the warning's Yes, Save.
	b.do(chromedp.Click(chromedp.ID("tab-features")), chromedp.WaitVisible(chromedp.ID("disable-pop")),
		chromedp.Click(chromedp.ID("disable-pop")), chromedp.WaitVisible(chromedp.ID("warning")))
	if got := b.text("#warning p"); got != disableWarning("POP3") {
		t.Fatalf("warning %q", got)
	}
	if pop, _ := f.cas("Rand Zaher"); !pop {
		t.Fatal("POP3 changed before Yes and Save")
	}
	b.do(chromedp.Click(chromedp.ID("yes")), chromedp.WaitVisible(chromedp.ID("enable-pop")))
	b.do(chromedp.Click(chromedp.ID("save")), chromedp.WaitVisible(chromedp.CSS(".flash")))
	if got := b.text(".flash"); got != "Your changes were saved." {
		t.Fatalf("after Save: %q", got)
	}
	log, err := chromedp.Run(b.ctx, chromedp.TextContent(chromedp.CSS("#cmdlog ol")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(log, `Set-CASMailbox -Identity 'contoso.com/North America/Finance/Rand Zaher' -PopEnabled $false`) {
		t.Fatalf("the command log lacks the Set-CASMailbox command:\n%s", log)
	}

	// Another process sees it through the shell.
	out := f.psh(`Get-CASMailbox "Rand Zaher" | ForEach-Object { "PopEnabled=$($_.PopEnabled) ImapEnabled=$($_.ImapEnabled)" }`)
	if strings.TrimSpace(out) != "PopEnabled=False ImapEnabled=True" {
		t.Fatalf("psh -c Get-CASMailbox: %q", out)
	}
}

func TestBrowserAdvancedSearchAndBulkEdit(t *testing.T) {
	f, b := signedInBrowser(t)

	// More options > Advanced search by department.
	b.do(chromedp.Click(chromedp.CSS("#advanced summary")), chromedp.WaitVisible(chromedp.ID("adv-department")),
		chromedp.SendKeys(chromedp.ID("adv-department"), "Accounting"), chromedp.Click(chromedp.ID("adv-search")),
		chromedp.WaitVisible(chromedp.CSS(`tr[data-name="Jill Frank"]`)))
	depts := eval[[]string](b, `Array.from(document.querySelectorAll("tbody tr[data-id]")).map(r => r.dataset.id)`)
	if len(depts) < 3 {
		t.Fatalf("advanced search found %d mailboxes in Accounting, want several", len(depts))
	}

	// Click the first, Shift-click the third: the pane becomes Bulk Edit.
	names := eval[[]string](b, `Array.from(document.querySelectorAll("tbody tr[data-id]")).map(r => r.dataset.name)`)
	b.clickRow(names[0])
	b.clickRow(names[2], chromedp.ModifierShift)
	if got := b.text("#details-title"); got != "Bulk Edit" {
		t.Fatalf("details pane title %q after a Shift-click, want Bulk Edit", got)
	}
	// Ctrl-click takes the second out again, then puts it back.
	b.clickRow(names[1], chromedp.ModifierCtrl)
	if n := eval[int](b, `document.querySelectorAll("tbody input:checked").length`); n != 2 {
		t.Fatalf("%d selected after Ctrl-click, want 2", n)
	}
	b.clickRow(names[1], chromedp.ModifierCtrl)
	selected := eval[[]string](b, `Array.from(document.querySelectorAll("tbody input:checked")).map(c => c.value)`)
	if len(selected) != 3 {
		t.Fatalf("%d selected, want 3", len(selected))
	}

	// IMAP Disable, OK in the warning, the per-mailbox report.
	b.do(chromedp.Click(chromedp.ID("bulk-disable-imap")), chromedp.WaitVisible(chromedp.ID("ok")))
	if got := b.text("#bulk-warning"); !strings.HasPrefix(got, "IMAP will be disabled for the 3 selected mailboxes") {
		t.Fatalf("warning %q", got)
	}
	b.do(chromedp.Click(chromedp.ID("ok")), chromedp.WaitVisible(chromedp.ID("bulk-summary")))
	if got := b.text("#bulk-summary"); got != "IMAP disabled: 3 of 3 mailboxes succeeded." {
		t.Fatalf("summary %q", got)
	}

	// Each mailbox, checked in the shell by another process.
	out := f.psh(idList(selected) + ` | Get-CASMailbox | ForEach-Object { "$($_.DisplayName): $($_.ImapEnabled)" }`)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("psh printed %q", out)
	}
	for _, l := range lines {
		if !strings.HasSuffix(strings.TrimSpace(l), ": False") {
			t.Errorf("IMAP still on: %s", l)
		}
	}
}

func TestBrowserKeyboardSelection(t *testing.T) {
	_, b := signedInBrowser(t)
	// "/" goes to the search box.
	b.do(chromedp.Evaluate[chromedp.Void](`document.activeElement.blur()`), chromedp.KeyEvent("/"))
	if id := eval[string](b, `document.activeElement.id`); id != "q" {
		t.Fatalf("after /, focus is on %q, want the search box", id)
	}
	b.do(chromedp.Focus(chromedp.CSS("tbody tr[data-id]")), chromedp.KeyEvent(" "))
	b.do(chromedp.KeyEvent(kb.ArrowDown, chromedp.KeyModifiers(chromedp.ModifierShift)),
		chromedp.KeyEvent(kb.ArrowDown, chromedp.KeyModifiers(chromedp.ModifierShift)))
	if n := eval[int](b, `document.querySelectorAll("tbody input:checked").length`); n != 3 {
		t.Fatalf("Space then Shift+Down twice selected %d, want 3", n)
	}
	if got := b.text("#details-title"); got != "Bulk Edit" {
		t.Fatalf("details pane title %q", got)
	}
	b.do(chromedp.KeyEvent(kb.Escape))
	if n := eval[int](b, `document.querySelectorAll("tbody input:checked").length`); n != 0 {
		t.Fatalf("Esc left %d selected", n)
	}
}

func TestBrowserRefusals(t *testing.T) {
	f := newFixture(t, Options{})
	b := newBrowser(t, f.srv.URL)
	// A wrong password.
	b.signIn("Administrator", "not the password")
	b.do(chromedp.WaitVisible(chromedp.ID("signin-error")))
	if got := b.text("#signin-error"); got != wrongPassword {
		t.Fatalf("wrong password: %q", got)
	}
	b.signIn("Administrator", adminPassword)
	b.do(chromedp.WaitVisible(chromedp.ID("mailboxes")))

	// A mailbox named like a script is shown as text and runs nothing.
	f.psh(`New-Mailbox -Name 'xss' -UserPrincipalName 'xss@contoso.com' -DisplayName '<script>window.pwned=1</script>' -Password (ConvertTo-SecureString 'Pa55w.rd-x' -AsPlainText -Force) | Out-Null`)
	b.do(chromedp.Navigate(f.srv.URL+"/mailboxes?q=xss"), chromedp.WaitVisible(chromedp.CSS(`tr[data-id] a.name`)))
	if got := b.text(`tr[data-id] a.name`); got != "<script>window.pwned=1</script>" {
		t.Fatalf("the name shows as %q", got)
	}
	if eval[bool](b, `window.pwned === 1`) {
		t.Fatal("the mailbox's name ran as a script")
	}

	// A form posted without the CSRF token (as another site would) is refused.
	rand := f.guidOf("Rand Zaher")
	b.do(chromedp.Evaluate[chromedp.Void](`(function(){var f=document.createElement("form");f.method="post";f.action="/bulk";
		[["op","disable-pop"],["confirm","1"],["id","` + rand + `"]].forEach(function(kv){var i=document.createElement("input");i.type="hidden";i.name=kv[0];i.value=kv[1];f.appendChild(i)});
		var s=document.createElement("button");s.type="submit";s.id="forged";s.textContent="forged";f.appendChild(s);
		document.body.prepend(f)})()`))
	b.do(chromedp.Click(chromedp.ID("forged")), chromedp.WaitVisible(chromedp.CSS("body > pre")))
	if got := b.text("body > pre"); got != csrfRefused {
		t.Fatalf("a forged form got %q", got)
	}
	if pop, _ := f.cas("Rand Zaher"); !pop {
		t.Fatal("a form without the CSRF token disabled POP3")
	}
}

func TestBrowserLayouts(t *testing.T) {
	f, b := signedInBrowser(t)
	for _, size := range [][2]int64{{1280, 800}, {390, 800}} {
		b.do(chromedp.EmulateViewport(size[0], size[1]), chromedp.Navigate(f.srv.URL+"/mailboxes"),
			chromedp.WaitVisible(chromedp.ID("mailboxes")))
		if over := eval[bool](b, `document.documentElement.scrollWidth > window.innerWidth`); over {
			t.Errorf("%dx%d: the page scrolls sideways", size[0], size[1])
		}
		if eval[bool](b, `!document.getElementById("details-title").checkVisibility()`) {
			t.Errorf("%dx%d: the details pane is not visible", size[0], size[1])
		}
	}
	// Every form control has a label a screen reader can read.
	for _, path := range []string{"/mailboxes", "/mailboxes/" + f.guidOf("Rand Zaher")} {
		b.do(chromedp.Navigate(f.srv.URL+path), chromedp.WaitVisible(chromedp.ID("main")))
		unlabeled := eval[[]string](b, `Array.from(document.querySelectorAll("input:not([type=hidden]), select")).filter(e => !(e.labels && e.labels.length) && !e.getAttribute("aria-label")).map(e => e.name)`)
		if len(unlabeled) > 0 {
			t.Errorf("%s: controls without a label: %v", path, unlabeled)
		}
	}
}
