package directory

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
)

// The helper process: when PSH_DIRECTORY_HELPER is set, the test binary
// re-executed by these tests runs one job against PSH_DIRECTORY_FILE.
func TestHelperProcess(t *testing.T) {
	job := os.Getenv("PSH_DIRECTORY_HELPER")
	if job == "" {
		t.Skip("helper process only")
	}
	path := os.Getenv("PSH_DIRECTORY_FILE")
	var err error
	switch job {
	case "increment":
		n, _ := strconv.Atoi(os.Getenv("PSH_DIRECTORY_N"))
		err = incrementJob(path, n, 5)
	case "bulk":
		err = bulkJob(path)
	case "audited":
		err = auditedJob(path)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(0)
}

// incrementJob adds 1 to Rand Zaher's CustomAttribute1 n times, batchSize
// changes per transaction.
func incrementJob(path string, n, batchSize int) error {
	ctx := context.Background()
	s, err := Open(path, WithBatchSize(batchSize))
	if err != nil {
		return err
	}
	defer s.Close()
	rand, err := s.Resolve(ctx, KindMailbox, "Rand Zaher")
	if err != nil {
		return err
	}
	b, err := s.Begin(ctx)
	if err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		if _, err := b.Modify(ctx, rand.Guid, func(r *Recipient) error {
			v, _ := strconv.Atoi(r.CustomAttribute1)
			r.CustomAttribute1 = strconv.Itoa(v + 1)
			return nil
		}); err != nil {
			return err
		}
	}
	return b.Commit()
}

// bulkJob changes every mailbox in batches of 50 (three columns and the
// address list per object), says "committed" after the first commit, and
// keeps changing until it is killed.
func bulkJob(path string) error {
	ctx := context.Background()
	s, err := Open(path, WithBatchSize(50))
	if err != nil {
		return err
	}
	rs := all(nopTB{}, s, KindMailbox)
	b, err := s.Begin(ctx)
	if err != nil {
		return err
	}
	for i := 0; ; i++ {
		r := rs[i%len(rs)]
		if IsAdministrator(r) {
			continue
		}
		if _, err := b.Modify(ctx, r.Guid, bulkChange); err != nil {
			return err
		}
		if i == 60 {
			fmt.Println("committed")
		}
	}
}

func bulkChange(r *Recipient) error {
	r.PopEnabled, r.ImapEnabled = false, false
	r.CustomAttribute2, r.CustomAttribute3 = "run", "run"
	r.EmailAddresses = append(r.EmailAddresses, "smtp:"+r.Alias+".run@contoso.com")
	return nil
}

// nopTB lets the helper use test helpers that take a testing.TB.
type nopTB struct{ testing.TB }

func (nopTB) Helper()                      {}
func (nopTB) Fatal(args ...any)            { panic(fmt.Sprint(args...)) }
func (nopTB) Fatalf(f string, args ...any) { panic(fmt.Sprintf(f, args...)) }

func helper(t *testing.T, job, path string, env ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), append(env, "PSH_DIRECTORY_HELPER="+job, "PSH_DIRECTORY_FILE="+path)...)
	cmd.Stderr = os.Stderr
	return cmd
}

// killAfterCommit runs the helper job on path, waits until it says it has
// committed, and kills it (SIGKILL) while it goes on changing.
func killAfterCommit(t *testing.T, job, path string) {
	t.Helper()
	cmd := helper(t, job, path)
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(out).ReadString('\n')
	if line != "committed\n" {
		t.Fatalf("child said %q", line)
	}
	cmd.Process.Kill()
	cmd.Wait()
}

// TestConcurrentStoresLoseNoUpdate: two Stores in this process and two
// child processes increment one counter on one file at the same time.
func TestConcurrentStoresLoseNoUpdate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dir.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	const n = 100
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for _, size := range []int{1, 7} {
		wg.Go(func() { errs <- incrementJob(path, n, size) })
	}
	cmds := []*exec.Cmd{helper(t, "increment", path, "PSH_DIRECTORY_N="+strconv.Itoa(n)), helper(t, "increment", path, "PSH_DIRECTORY_N="+strconv.Itoa(n))}
	for _, c := range cmds {
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
	}
	wg.Wait()
	for _, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Fatalf("child: %v", err)
		}
	}
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	s, _ = Open(path)
	defer s.Close()
	r, _ := s.Resolve(context.Background(), KindMailbox, "Rand Zaher")
	if r.CustomAttribute1 != strconv.Itoa(4*n) {
		t.Errorf("counter = %s, want %d", r.CustomAttribute1, 4*n)
	}
}

// TestKilledBatchLeavesConsistentFile kills a child in the middle of a bulk
// change: the file opens, passes integrity_check, and every mailbox is
// either fully old or fully new.
func TestKilledBatchLeavesConsistentFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dir.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	killAfterCommit(t, "bulk", path)

	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	var check string
	db.QueryRow("PRAGMA integrity_check").Scan(&check)
	db.Close()
	if check != "ok" {
		t.Fatalf("integrity_check: %s", check)
	}
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	newCount := 0
	for _, r := range all(t, s, KindMailbox) {
		if IsAdministrator(r) {
			continue
		}
		isNew := r.CustomAttribute2 == "run" && r.CustomAttribute3 == "run" && !r.PopEnabled && !r.ImapEnabled &&
			r.EmailAddresses[len(r.EmailAddresses)-1] == "smtp:"+r.Alias+".run@contoso.com"
		isOld := r.CustomAttribute2 == "" && r.CustomAttribute3 == "" && r.PopEnabled && r.ImapEnabled &&
			len(r.EmailAddresses) > 0 && r.EmailAddresses[len(r.EmailAddresses)-1] != "smtp:"+r.Alias+".run@contoso.com"
		if !isNew && !isOld {
			t.Errorf("%s is half-changed: pop=%v imap=%v ca2=%q ca3=%q %v", r.Identity, r.PopEnabled, r.ImapEnabled, r.CustomAttribute2, r.CustomAttribute3, r.EmailAddresses)
		}
		if isNew {
			newCount++
		}
	}
	if newCount < 50 {
		t.Errorf("only %d mailboxes changed; the first batch of 50 was committed", newCount)
	}
}
