//go:build unix

package directory

import (
	"errors"

	"golang.org/x/sys/unix"
)

// writable reports whether this process may write path, as the kernel
// decides for its effective user and groups (faccessat with AT_EACCESS):
// not for a 0444 file or a 0555 folder unless the process is privileged,
// and never on a read-only mount. reason says why not.
func writable(path string) (ok bool, reason string) {
	err := unix.Faccessat(unix.AT_FDCWD, path, unix.W_OK, unix.AT_EACCESS)
	switch {
	case err == nil:
		return true, ""
	case errors.Is(err, unix.EROFS):
		return false, "it is on a read-only file system"
	}
	return false, "this user may not write it"
}
