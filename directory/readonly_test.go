//go:build unix

package directory

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// unprivileged is the user the read-only scenario runs as when the tests
// run as root, for whom a 0444 file in a 0555 folder is still writable.
const unprivileged = 65534 // nobody

// TestReadOnlyDirectory: a directory file this user may not write (0444 in
// a 0555 folder), or may write but whose folder it may not (so SQLite
// can't create the WAL files), opens; reads work and every write fails
// with an error that names the file and says why; the file stays as it
// was. Under root the scenario runs in a child process as an unprivileged
// user, so that the permissions mean what they mean for a normal user.
func TestReadOnlyDirectory(t *testing.T) {
	base, err := os.MkdirTemp("", "psh-readonly-")
	if err != nil {
		t.Fatal(err)
	}
	folder := filepath.Join(base, "ro")
	t.Cleanup(func() {
		os.Chmod(folder, 0o755)
		os.RemoveAll(base)
	})
	if err := os.Chmod(base, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(folder, "dir.db")
	s, err := Open(path, WithDemoSize(5, 1))
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	os.Remove(path + "-wal")
	os.Remove(path + "-shm")
	for _, c := range []struct {
		name   string
		mode   os.FileMode
		reason string
	}{
		{"0444 file in a 0555 folder", 0o444, "the file: this user may not write it"},
		{"0644 own file in a 0555 folder", 0o644, "its folder " + folder + ": this user may not write it"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if err := os.Chmod(folder, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(path, c.mode); err != nil {
				t.Fatal(err)
			}
			if os.Geteuid() == 0 {
				if err := os.Chown(path, unprivileged, unprivileged); err != nil {
					t.Fatal(err)
				}
			}
			if err := os.Chmod(folder, 0o555); err != nil {
				t.Fatal(err)
			}
			before, _ := os.ReadFile(path)
			if os.Geteuid() == 0 {
				runUnprivileged(t, base, path, c.reason)
			} else {
				readOnlyScenario(t, path, c.reason)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Error("the read-only file was changed")
			}
			if entries, _ := os.ReadDir(folder); len(entries) != 1 {
				t.Errorf("files were created beside the read-only file: %v", entries)
			}
		})
	}
}

// runUnprivileged runs TestReadOnlyChild in a copy of this test binary as
// the unprivileged user.
func runUnprivileged(t *testing.T, base, path, reason string) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	in, err := os.Open(exe)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	copyPath := filepath.Join(base, "directory.test")
	out, err := os.OpenFile(copyPath, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	out.Close()
	cmd := exec.Command(copyPath, "-test.run=^TestReadOnlyChild$", "-test.v", "-test.count=1")
	cmd.Dir = base
	cmd.Env = []string{"PSH_READONLY_CHILD=" + path, "PSH_READONLY_REASON=" + reason}
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: unprivileged, Gid: unprivileged}}
	output, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(output), "--- PASS: TestReadOnlyChild") {
		t.Fatalf("the unprivileged child failed: %v\n%s", err, output)
	}
}

// TestReadOnlyChild is the child side of TestReadOnlyDirectory; it does
// nothing unless that test started it.
func TestReadOnlyChild(t *testing.T) {
	path := os.Getenv("PSH_READONLY_CHILD")
	if path == "" {
		t.Skip("run by TestReadOnlyDirectory")
	}
	readOnlyScenario(t, path, os.Getenv("PSH_READONLY_REASON"))
}

// readOnlyScenario opens path, reads, and checks that writes fail.
func readOnlyScenario(t *testing.T, path, reason string) {
	ctx := context.Background()
	s, err := Open(path)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	defer s.Close()
	rs := all(t, s, KindMailbox)
	if len(rs) == 0 {
		t.Fatal("no mailboxes read")
	}
	want := "The directory file " + path + " is read-only (" + reason + "), so nothing was written. psh can read it; to change it, make it and its folder writable for this user, or name another file with -Directory or $PSH_DIRECTORY."
	b, _ := s.Begin(ctx)
	_, err = b.Modify(ctx, rs[0].Guid, func(r *Recipient) error { r.CustomAttribute1 = "x"; return nil })
	var ro *ReadOnlyError
	if !errors.As(err, &ro) || err.Error() != want {
		t.Errorf("modify: %T %v\nwant %s", err, err, want)
	}
	b.Rollback()
	if err := s.Load(ctx, DemoOrganization(1, 1)); !errors.As(err, &ro) {
		t.Errorf("load: %v", err)
	}
	if again := all(t, s, KindMailbox); len(again) != len(rs) {
		t.Errorf("read %d mailboxes after the failed writes, want %d", len(again), len(rs))
	}
	// A new file can't be created in the read-only folder.
	newPath := filepath.Join(filepath.Dir(path), "new.db")
	wantNew := "The directory file " + newPath + " can't be opened (SQLite: unable to open database file (14)). Check that the path names a file, not a folder, and that this user may read the file and write its folder."
	if s2, err := Open(newPath); err == nil || err.Error() != wantNew {
		if s2 != nil {
			s2.Close()
		}
		t.Errorf("new file in a read-only folder: %v\nwant %s", err, wantNew)
	}
}
