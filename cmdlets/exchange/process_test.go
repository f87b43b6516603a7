package exchange_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"github.com/psh-project/psh/directory"
)

// TestHelperShell is the child process of the tests below: when
// PSH_EXCHANGE_HELPER_SCRIPT is set, the re-executed test binary runs that
// script in a shell on PSH_EXCHANGE_HELPER_FILE, PSH_EXCHANGE_HELPER_BATCH
// objects per transaction, and exits.
func TestHelperShell(t *testing.T) {
	script := os.Getenv("PSH_EXCHANGE_HELPER_SCRIPT")
	if script == "" {
		t.Skip("helper process only")
	}
	batch, _ := strconv.Atoi(os.Getenv("PSH_EXCHANGE_HELPER_BATCH"))
	s := newSession(t, os.Getenv("PSH_EXCHANGE_HELPER_FILE"), directory.WithBatchSize(batch))
	if err := s.sh.Run(context.Background(), script); err != nil || s.err.Len() > 0 {
		fmt.Fprintf(os.Stderr, "%v\n%s", err, s.err.String())
		os.Exit(1)
	}
	os.Exit(0)
}

// child returns the command that runs script in a child process.
func child(path, script string, batch int) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperShell$")
	cmd.Env = append(os.Environ(), "PSH_EXCHANGE_HELPER_SCRIPT="+script, "PSH_EXCHANGE_HELPER_FILE="+path,
		"PSH_EXCHANGE_HELPER_BATCH="+strconv.Itoa(batch))
	cmd.Stderr = os.Stderr
	return cmd
}

// casState is the part of a mailbox the tests below change.
type casState struct{ pop, imap, owa, activeSync bool }

// casStates reads every mailbox's state from a fresh store on path.
func casStates(t *testing.T, path string) map[directory.Guid]casState {
	t.Helper()
	s, err := directory.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res, err := s.Query(context.Background(), directory.Query{Kind: directory.KindMailbox})
	if err != nil {
		t.Fatal(err)
	}
	out := map[directory.Guid]casState{}
	for _, r := range res.Recipients {
		out[r.Guid] = casState{r.PopEnabled, r.ImapEnabled, r.OWAEnabled, r.ActiveSyncEnabled}
	}
	return out
}

// TestKilledPipelineLeavesConsistentDirectory kills a process in the middle
// of a Set-CASMailbox pipeline over more than 10,000 mailboxes: the file
// passes integrity_check, opens, and every mailbox is fully old (all four
// settings as before) or fully new (all four off).
func TestKilledPipelineLeavesConsistentDirectory(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 11,500-user directory")
	}
	s, path := demoSession(t)
	s.line(`New-DemoOrganization -Users 11500 -Seed 3`)
	before := casStates(t, path)
	if len(before) < 10000 {
		t.Fatalf("only %d mailboxes", len(before))
	}
	// After the first 300 objects every object waits a millisecond, so
	// the pipeline is still running when it is killed.
	cmd := child(path, `$n = 0
Get-Mailbox -ResultSize Unlimited | ForEach-Object { $n++; if ($n -gt 300) { Start-Sleep -Milliseconds 1 }; $_ } |
	Set-CASMailbox -PopEnabled $false -ImapEnabled $false -OWAEnabled $false -ActiveSyncEnabled $false`, 100)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	changed := func(m map[directory.Guid]casState) int {
		n := 0
		for g, st := range m {
			if st == (casState{}) && before[g] != (casState{}) {
				n++
			}
		}
		return n
	}
	deadline := time.Now().Add(2 * time.Minute)
	for changed(casStates(t, path)) < 200 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Kill()
	cmd.Wait()

	verify := newSession(t, path)
	if got := verify.line(`(Get-Mailbox "Rand Zaher").Name`); got != "Rand Zaher" {
		t.Errorf("after the kill Get-Mailbox says %q", got)
	}
	after := casStates(t, path)
	n := changed(after)
	if n < 200 || n >= len(before)-1 {
		t.Errorf("%d of %d mailboxes changed: the kill did not happen mid-pipeline", n, len(before))
	}
	for g, st := range after {
		if st != before[g] && st != (casState{}) {
			t.Errorf("mailbox %s is half-changed: %+v, before %+v", g, st, before[g])
		}
	}
	checkIntegrity(t, path)
}

// checkIntegrity checks that a shell works on the file and that SQLite's
// integrity_check passes.
func checkIntegrity(t *testing.T, path string) {
	t.Helper()
	out, errs := newSession(t, path).run(`"ok"`)
	if out != "ok\n" || errs != "" {
		t.Fatalf("shell on the file: %q %q", out, errs)
	}
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var check string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity_check: %q %v", check, err)
	}
}

// TestConcurrentProcessesLoseNoUpdate: two processes change the same
// mailboxes at the same time, each from objects it read before the other
// wrote: each adds its own address to every mailbox's EmailAddresses (a
// read-modify-write of the list) and turns off its own protocol. Writing a
// stale object would drop the other's address; every mailbox must end with
// both addresses and both protocols off.
func TestConcurrentProcessesLoseNoUpdate(t *testing.T) {
	s, path := demoSession(t)
	total := s.line(`@(Get-Mailbox -ResultSize Unlimited).Count`)
	script := func(tag, protocol string) string {
		return `Get-Mailbox -ResultSize Unlimited | ForEach-Object {
	Set-Mailbox $_ -EmailAddresses @{Add = ("` + tag + `." + $_.Alias + "@contoso.com")}
	Set-CASMailbox $_ -` + protocol + ` $false -WarningAction SilentlyContinue
}`
	}
	var cmds []*exec.Cmd
	for _, c := range []*exec.Cmd{child(path, script("a", "PopEnabled"), 5), child(path, script("b", "OWAEnabled"), 5)} {
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, c)
	}
	for _, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Fatalf("child: %v", err)
		}
	}
	got := s.line(`@(Get-Mailbox -ResultSize Unlimited | Where-Object {
	($_.EmailAddresses -contains ("smtp:a." + $_.Alias + "@contoso.com")) -and ($_.EmailAddresses -contains ("smtp:b." + $_.Alias + "@contoso.com"))
}).Count`)
	if got != total {
		t.Errorf("%s of %s mailboxes have both added addresses", got, total)
	}
	got = s.line(`@(Get-CASMailbox -ResultSize Unlimited -Filter "PopEnabled -eq ` + "`" + `$false -and OWAEnabled -eq ` + "`" + `$false").Count`)
	if got != total {
		t.Errorf("%s of %s mailboxes have POP3 and OWA off", got, total)
	}
}
