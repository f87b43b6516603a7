package admin

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/psh-project/psh/directory"
)

// dummyHash is compared against when the account does not exist, so that a
// wrong user name takes as long as a wrong password.
// It is made on first use.
var dummyHash = sync.OnceValue(func() string {
	h, _ := directory.HashPassword([]byte("psh admin center: no such account"))
	return h
})

// signInData is the sign-in page's data.
type signInData struct {
	User  string
	Error string
}

const (
	wrongPassword = "The user name or password is incorrect. Try again."
	notAdmin      = "This account can't manage recipients: none of its management roles lets it view mailboxes. Sign in with an account in a role group such as Organization Management, Recipient Management or View-Only Organization Management."
)

// signInPage shows the sign-in form; its CSRF token lives in a cookie until
// a session exists.
func (c *Center) signInPage(w http.ResponseWriter, r *http.Request) {
	c.showSignIn(w, r, http.StatusOK, signInData{})
}

func (c *Center) showSignIn(w http.ResponseWriter, r *http.Request, status int, d signInData) {
	tok := randomToken()
	setCookie(w, r, preCookie, tok, 0)
	c.render(w, status, "signin", view{Title: "Sign in", CSRF: tok, Data: d})
}

// signIn checks the account and its password, then starts a session.
func (c *Center) signIn(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if err := r.ParseForm(); err != nil {
		http.Error(w, "The form could not be read: "+err.Error(), http.StatusBadRequest)
		return
	}
	pre, err := r.Cookie(preCookie)
	if err != nil || !tokensEqual(r.PostForm.Get("csrf"), pre.Value) {
		http.Error(w, csrfRefused, http.StatusForbidden)
		return
	}
	user := strings.TrimSpace(r.PostForm.Get("user"))
	password := r.PostForm.Get("password")
	addr := clientAddr(r)
	if blocked, wait := c.throttle.blocked(user, addr); blocked {
		c.showSignIn(w, r, http.StatusTooManyRequests, signInData{User: user,
			Error: fmt.Sprintf("Too many failed sign-in attempts. Wait %s, then try again.", wait.Round(time.Minute))})
		return
	}
	rec, err := c.checkAccount(r, user, password)
	if err != nil {
		c.throttle.fail(user, addr)
		c.showSignIn(w, r, http.StatusUnauthorized, signInData{User: user, Error: err.Error()})
		return
	}
	identity := rec.Guid.String()
	view, change, err := c.access(r.Context(), identity)
	if err != nil || !view {
		msg := notAdmin
		if err != nil {
			msg = "Your permissions could not be read: " + err.Error()
		}
		c.showSignIn(w, r, http.StatusUnauthorized, signInData{User: user, Error: msg})
		return
	}
	c.throttle.succeed(user)
	s := c.sessions.create(rec.Name, identity, !change)
	setCookie(w, r, preCookie, "", -1)
	setCookie(w, r, sessionCookie, s.id, 0)
	http.Redirect(w, r, "/mailboxes", http.StatusSeeOther)
}

// checkAccount returns the directory account user names if password is
// its password.
func (c *Center) checkAccount(r *http.Request, user, password string) (*directory.Recipient, error) {
	if user == "" || password == "" {
		directory.CheckPassword(dummyHash(), []byte(password))
		return nil, errors.New(wrongPassword)
	}
	c.mu.Lock()
	rec, err := c.opts.Store.Resolve(r.Context(), directory.KindUser, user)
	c.mu.Unlock()
	if err != nil || !rec.HasPassword() {
		directory.CheckPassword(dummyHash(), []byte(password))
		return nil, errors.New(wrongPassword)
	}
	if !rec.CheckPassword([]byte(password)) {
		return nil, errors.New(wrongPassword)
	}
	return rec, nil
}

// clientAddr is the request's remote IP address.
func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// signOut ends the session.
func (c *Center) signOut(w http.ResponseWriter, r *http.Request, s *session) {
	c.sessions.remove(s)
	setCookie(w, r, sessionCookie, "", -1)
	http.Redirect(w, r, "/signin", http.StatusSeeOther)
}
