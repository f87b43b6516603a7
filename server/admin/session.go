package admin

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"net"
	"net/http"
	"sync"
	"time"
)

const (
	sessionCookie = "psh_admin_session"
	// preCookie carries the sign-in form's CSRF token before a session exists.
	preCookie = "psh_admin_signin"
	// commandLogSize is how many commands a session's command log keeps.
	commandLogSize = 50
)

// session is one signed-in administrator.
type session struct {
	id       string
	user     string // the account's name, as the directory has it
	identity string // what the shells run as (shell.WithUser): the account's GUID
	readOnly bool   // the account's roles let it view recipients, not change them
	csrf     string
	expires  time.Time

	mu  sync.Mutex
	log []string // commands run, oldest first
}

// logCommand adds script to the session's command log.
func (s *session) logCommand(script string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.log = append(s.log, script)
	if len(s.log) > commandLogSize {
		s.log = s.log[len(s.log)-commandLogSize:]
	}
}

// commands returns the command log, newest first.
func (s *session) commands() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]string, len(s.log))
	for i, c := range s.log {
		out[len(s.log)-1-i] = c
	}
	return out
}

// sessionStore keeps the sessions in memory: a restart signs everyone out.
type sessionStore struct {
	idle time.Duration
	now  func() time.Time

	mu   sync.Mutex
	byID map[string]*session
}

func newSessionStore(idle time.Duration, now func() time.Time) *sessionStore {
	return &sessionStore{idle: idle, now: now, byID: map[string]*session{}}
}

// create starts a session for the account user (its name) with identity
// (what its shells run as).
func (st *sessionStore) create(user, identity string, readOnly bool) *session {
	s := &session{id: randomToken(), user: user, identity: identity, readOnly: readOnly, csrf: randomToken(), expires: st.now().Add(st.idle)}
	st.mu.Lock()
	defer st.mu.Unlock()
	for id, old := range st.byID { // drop expired sessions while we are here
		if st.now().After(old.expires) {
			delete(st.byID, id)
		}
	}
	st.byID[s.id] = s
	return s
}

// get returns the live session r's cookie names, extending its life, or nil.
func (st *sessionStore) get(r *http.Request) *session {
	c, err := r.Cookie(sessionCookie)
	if err != nil {
		return nil
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	s := st.byID[c.Value]
	if s == nil {
		return nil
	}
	if st.now().After(s.expires) {
		delete(st.byID, s.id)
		return nil
	}
	s.expires = st.now().Add(st.idle)
	return s
}

// remove ends the session.
func (st *sessionStore) remove(s *session) {
	st.mu.Lock()
	defer st.mu.Unlock()
	delete(st.byID, s.id)
}

// randomToken returns 32 random bytes, base64url-encoded.
func randomToken() string {
	b := make([]byte, 32)
	rand.Read(b) // never fails (crypto/rand panics instead)
	return base64.RawURLEncoding.EncodeToString(b)
}

// tokensEqual compares two tokens in constant time; empty never matches.
func tokensEqual(a, b string) bool {
	return a != "" && subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}

// secureCookies reports whether cookies set in answer to r must be Secure:
// always, except for plain HTTP to a loopback address (tests, a local
// console).
func secureCookies(r *http.Request) bool {
	if r.TLS != nil {
		return true
	}
	// The address the connection arrived on, not the Host header, which
	// the client chooses.
	local, ok := r.Context().Value(http.LocalAddrContextKey).(net.Addr)
	if !ok {
		return true
	}
	host, _, err := net.SplitHostPort(local.String())
	if err != nil {
		return true
	}
	ip := net.ParseIP(host)
	return ip == nil || !ip.IsLoopback()
}

// setCookie sets a session-scoped cookie with the admin center's flags.
func setCookie(w http.ResponseWriter, r *http.Request, name, value string, maxAge int) {
	http.SetCookie(w, &http.Cookie{Name: name, Value: value, Path: "/", MaxAge: maxAge,
		HttpOnly: true, Secure: secureCookies(r), SameSite: http.SameSiteStrictMode})
}
