package admin

import (
	"errors"
	"net/http"
	"sync"
	"time"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/pipeline"
)

// Options configures a Center.
type Options struct {
	// Store is the recipient directory the cmdlets run against (required).
	// The Center never closes it.
	Store directory.Store
	// Modules, if set, returns more command modules for each request's
	// shell: the service cmdlets (Get-Service, Start-Service, Stop-Service,
	// Restart-Service) that the Services page runs.
	Modules func() []*pipeline.Module
	// PageSize is the number of mailboxes a list page shows (default 50).
	PageSize int
	// SessionIdle is how long an unused session lasts (default 30 minutes).
	SessionIdle time.Duration
	// Now returns the current time (default time.Now).
	Now func() time.Time
}

// Sign-in throttling: this many failures per account or client address in
// the window refuse further attempts until the window has passed.
const (
	maxSignInFailures = 5
	signInWindow      = 15 * time.Minute
)

// Center is the admin center, an http.Handler.
type Center struct {
	opts     Options
	mux      *http.ServeMux
	pages    *pageSet
	sessions *sessionStore
	throttle *throttle

	mu sync.Mutex // serializes shell runs: the store serves one goroutine at a time
}

// New returns the admin center for opts.
func New(opts Options) (*Center, error) {
	if opts.Store == nil {
		return nil, errors.New("admin: Options.Store is required: the admin center needs a recipient directory")
	}
	if opts.PageSize <= 0 {
		opts.PageSize = 50
	}
	if opts.SessionIdle <= 0 {
		opts.SessionIdle = 30 * time.Minute
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	c := &Center{opts: opts, pages: pages,
		sessions: newSessionStore(opts.SessionIdle, opts.Now),
		throttle: newThrottle(maxSignInFailures, signInWindow, opts.Now)}
	static, err := staticHandler()
	if err != nil {
		return nil, err
	}
	c.mux = c.routes(static)
	return c, nil
}

// routes maps every path. Actions are POST only; a GET to one is 405.
func (c *Center) routes(static http.Handler) *http.ServeMux {
	m := http.NewServeMux()
	m.Handle("GET /static/", http.StripPrefix("/static/", static))
	m.HandleFunc("GET /signin", c.signInPage)
	m.HandleFunc("POST /signin", c.signIn)
	m.HandleFunc("POST /signout", c.signedIn(c.signOut))
	m.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/mailboxes", http.StatusSeeOther)
	})
	m.HandleFunc("GET /mailboxes", c.signedIn(c.mailboxList))
	m.HandleFunc("GET /mailboxes/{id}", c.signedIn(c.editPage))
	m.HandleFunc("POST /mailboxes/{id}", c.signedIn(c.editPost))
	m.HandleFunc("POST /bulk", c.signedIn(c.bulkPost))
	m.HandleFunc("GET /services", c.signedIn(c.servicesPage))
	m.HandleFunc("POST /services", c.signedIn(c.servicesPost))
	m.HandleFunc("GET /help", c.signedIn(c.helpPage))
	return m
}

// ServeHTTP implements http.Handler.
func (c *Center) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	if r.URL.Path != "/" && !isStatic(r.URL.Path) {
		h.Set("Cache-Control", "no-store")
	}
	c.mux.ServeHTTP(w, r)
}

// signedIn wraps a handler that needs a session: without one a GET goes to
// the sign-in page and anything else is refused; a POST must carry the
// session's CSRF token.
func (c *Center) signedIn(fn func(http.ResponseWriter, *http.Request, *session)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s := c.sessions.get(r)
		if s == nil {
			if r.Method == http.MethodGet {
				http.Redirect(w, r, "/signin", http.StatusSeeOther)
				return
			}
			http.Error(w, "You aren't signed in, or your session has ended. Sign in again, then repeat the action.", http.StatusForbidden)
			return
		}
		if r.Method != http.MethodGet {
			r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
			if err := r.ParseForm(); err != nil {
				http.Error(w, "The form could not be read: "+err.Error(), http.StatusBadRequest)
				return
			}
			if !tokensEqual(r.PostForm.Get("csrf"), s.csrf) {
				http.Error(w, csrfRefused, http.StatusForbidden)
				return
			}
		}
		fn(w, r, s)
	}
}

// readOnlyRefused is the answer to a change asked by a view-only account.
const readOnlyRefused = "Your management roles let you view recipients but not change them or the services, so nothing was changed."

// refuseReadOnly answers 403 and reports true when s may not change things.
func refuseReadOnly(w http.ResponseWriter, s *session) bool {
	if s.readOnly {
		http.Error(w, readOnlyRefused, http.StatusForbidden)
	}
	return s.readOnly
}

// csrfRefused is the answer to a POST without the right CSRF token.
const csrfRefused = "The form's security token is missing or wrong, so nothing was changed. Reload the page and try again."
