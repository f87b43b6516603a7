// Package shell is the public API for programs that embed psh: build a
// Shell with options, then Run scripts (output formatted like the console),
// Invoke them (output as Go values) or RunFile a .ps1 script. Session state
// (variables, functions, location) persists across calls.
//
//	sh, err := shell.New(shell.WithStdio(nil, os.Stdout, os.Stderr), shell.WithModule(core.Module()))
//	if err != nil { ... }
//	err = sh.Run(ctx, "1..3 | ForEach-Object { $_ * 2 }")
//
// A Shell is safe for use by one goroutine at a time; independent Shells run
// concurrently. Cancelling the context stops a running script promptly.
package shell
