// Package core holds psh's general-purpose cmdlets: writing to the streams,
// ForEach-Object and Where-Object, object manipulation, formatting, files,
// CSV and JSON, and session commands. Module returns them as a
// pipeline.Module to hand to shell.New.
package core
