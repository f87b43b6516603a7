//go:build !linux

package directory

// lockHolder names the process holding the directory file's write lock
// where the OS lists file locks (Linux); elsewhere it can't tell.
func lockHolder(path string) string { return "" }
