package repl

import (
	"context"
	"os"
	"os/signal"
	"sync"
)

// interrupter turns SIGINT (Ctrl-C while a line runs and the terminal is
// not in raw mode) into the cancellation of the running line's context. It
// listens for the whole session, so a Ctrl-C never reaches the process's
// default handler; one that arrives while no line runs is dropped.
type interrupter struct {
	mu     sync.Mutex
	cancel context.CancelFunc
	sig    chan os.Signal
	done   chan struct{}
}

func newInterrupter() *interrupter {
	it := &interrupter{sig: make(chan os.Signal, 1), done: make(chan struct{})}
	signal.Notify(it.sig, os.Interrupt)
	go it.loop()
	return it
}

func (it *interrupter) loop() {
	for {
		select {
		case <-it.sig:
			it.mu.Lock()
			if it.cancel != nil {
				it.cancel()
			}
			it.mu.Unlock()
		case <-it.done:
			return
		}
	}
}

// running says which line Ctrl-C cancels now; nil means none.
func (it *interrupter) running(cancel context.CancelFunc) {
	it.mu.Lock()
	it.cancel = cancel
	it.mu.Unlock()
}

// stop stops listening.
func (it *interrupter) stop() {
	signal.Stop(it.sig)
	close(it.done)
}
