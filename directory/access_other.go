//go:build !unix

package directory

// writable reports whether this process may write path. Without a way to
// ask the OS without opening the file (which would drop SQLite's locks on
// it), every existing file is taken to be writable; a write then fails
// with SQLite's own error.
func writable(path string) (ok bool, reason string) { return true, "" }
