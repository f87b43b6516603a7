package directory

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"
)

// The bytes SQLite locks for writing: the WAL write lock in the -shm file
// (WALINDEX_LOCK_OFFSET), and the RESERVED byte of a rollback-journal
// database (PENDING_BYTE + 1).
const (
	walWriteLockByte = 120
	reservedLockByte = 0x40000001
)

// lockHolder names the process that holds the write lock on the directory
// file at path, from the POSIX locks the kernel lists in /proc/locks: "process
// 4242 (pshd)". It returns "" when it can't tell.
func lockHolder(path string) string {
	data, err := os.ReadFile("/proc/locks")
	if err != nil {
		return ""
	}
	targets := map[string]int64{}
	for file, b := range map[string]int64{path + "-shm": walWriteLockByte, path: reservedLockByte} {
		if id := fileLockID(file); id != "" {
			targets[id] = b
		}
	}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for sc.Scan() {
		// "1: POSIX  ADVISORY  WRITE 4242 08:01:1234 120 120"; a waiter's
		// line has "->" after the number and is skipped.
		f := strings.Fields(sc.Text())
		if len(f) != 8 || f[1] != "POSIX" || f[3] != "WRITE" {
			continue
		}
		b, ok := targets[f[5]]
		start, err1 := strconv.ParseInt(f[6], 10, 64)
		pid, err2 := strconv.Atoi(f[4])
		if !ok || err1 != nil || err2 != nil || start > b || (f[7] != "EOF" && !coversByte(f[7], b)) {
			continue
		}
		return describeProcess(pid)
	}
	return ""
}

// coversByte reports whether a lock ending at end (inclusive) covers b.
func coversByte(end string, b int64) bool {
	n, err := strconv.ParseInt(end, 10, 64)
	return err == nil && n >= b
}

// fileLockID is how /proc/locks names the file: major:minor:inode, the
// device numbers in hex.
func fileLockID(path string) string {
	st, err := os.Stat(path)
	if err != nil {
		return ""
	}
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return ""
	}
	dev := uint64(sys.Dev)
	return fmt.Sprintf("%02x:%02x:%d", unix.Major(dev), unix.Minor(dev), sys.Ino)
}

// describeProcess names a process by its id and command name.
func describeProcess(pid int) string {
	if pid == os.Getpid() {
		return fmt.Sprintf("another connection of this process (%d)", pid)
	}
	comm, err := os.ReadFile(fmt.Sprintf("/proc/%d/comm", pid))
	if err != nil {
		return fmt.Sprintf("process %d", pid)
	}
	return fmt.Sprintf("process %d (%s)", pid, strings.TrimSpace(string(comm)))
}
