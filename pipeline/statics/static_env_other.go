//go:build !linux

package statics

import "time"

var processStart = time.Now()

// kernelRelease is unknown off Linux: the version reads 0.0.0.0.
func kernelRelease() string { return "" }

// tickCount is the milliseconds since psh started (the system's uptime is
// not available portably).
func tickCount() int64 { return time.Since(processStart).Milliseconds() }
