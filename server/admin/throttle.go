package admin

import (
	"strings"
	"sync"
	"time"
)

// throttle limits failed sign-ins: after maxFailures failures for one
// account, or from one client address, within window, further attempts
// are refused until the oldest failure leaves the window.
type throttle struct {
	maxFailures int
	window      time.Duration
	now         func() time.Time

	mu       sync.Mutex
	failures map[string][]time.Time // key: "user:NAME" or "addr:IP"
}

func newThrottle(maxFailures int, window time.Duration, now func() time.Time) *throttle {
	return &throttle{maxFailures: maxFailures, window: window, now: now, failures: map[string][]time.Time{}}
}

func throttleKeys(user, addr string) []string {
	return []string{"user:" + strings.ToLower(user), "addr:" + addr}
}

// blocked reports whether an attempt for user from addr must be refused,
// and for how long.
func (t *throttle) blocked(user, addr string) (bool, time.Duration) {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	var wait time.Duration
	for _, k := range throttleKeys(user, addr) {
		fs := t.recent(k, now)
		if len(fs) >= t.maxFailures {
			if w := fs[0].Add(t.window).Sub(now); w > wait {
				wait = w
			}
		}
	}
	return wait > 0, wait
}

// fail records a failed attempt.
func (t *throttle) fail(user, addr string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	for _, k := range throttleKeys(user, addr) {
		t.failures[k] = append(t.recent(k, now), now)
	}
}

// succeed forgets the account's failures.
func (t *throttle) succeed(user string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.failures, throttleKeys(user, "")[0])
}

// recent returns k's failures still inside the window (t.mu held).
func (t *throttle) recent(k string, now time.Time) []time.Time {
	fs := t.failures[k]
	i := 0
	for i < len(fs) && now.Sub(fs[i]) >= t.window {
		i++
	}
	fs = fs[i:]
	if len(fs) == 0 {
		delete(t.failures, k)
	} else {
		t.failures[k] = fs
	}
	return fs
}
