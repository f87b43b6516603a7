package exchange_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/cmdlets/exchange"
	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/shell"
)

// countingStore counts the identities Resolve is asked for.
type countingStore struct {
	directory.Store
	resolved map[string]int
}

func (s *countingStore) Resolve(ctx context.Context, kind directory.Kind, identity string) (*directory.Recipient, error) {
	s.resolved[identity]++
	return s.Store.Resolve(ctx, kind, identity)
}

// TestSetUserResolvesManagerOnce: Set-User -Manager looks the manager up
// once per command, not once per input object; a manager that does not
// exist is still an error for every object, as in Exchange.
func TestSetUserResolvesManagerOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "directory.db")
	store := &countingStore{resolved: map[string]int{}}
	var stdout, stderr strings.Builder
	sh, err := shell.New(shell.WithStdio(strings.NewReader(""), &stdout, &stderr), shell.WithModule(core.Module()),
		shell.WithModule(exchange.Module(func() (directory.Store, error) {
			st, err := directory.Open(path)
			store.Store = st
			t.Cleanup(func() { st.Close() })
			return store, err
		})))
	if err != nil {
		t.Fatal(err)
	}
	run := func(script string) string {
		t.Helper()
		stdout.Reset()
		stderr.Reset()
		if err := sh.Run(context.Background(), script); err != nil {
			t.Fatalf("%s: %v", script, err)
		}
		return stdout.String()
	}
	run(`Get-User -ResultSize 5 | Select-Object -Skip 1 | Set-User -Manager "Rand Zaher"`)
	if n := store.resolved["Rand Zaher"]; n != 1 {
		t.Errorf("the manager was resolved %d times for 4 users, want once", n)
	}
	if got := run(`@(Get-User -ResultSize 5 | Where-Object Manager -like "CN=Rand Zaher,*").Count`); got != "4\n" {
		t.Errorf("users with the manager set: %q, want 4", got)
	}
	got := run(`Get-User -ResultSize 3 | Set-User -Manager "Nobody Here" -ErrorAction SilentlyContinue; $Error.Count`)
	if store.resolved["Nobody Here"] != 1 || got != "3\n" {
		t.Errorf("missing manager: resolved %d times, %q errors; want once and 3", store.resolved["Nobody Here"], got)
	}
}
