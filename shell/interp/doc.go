// Package interp compiles a psh syntax tree once into Go closures and runs
// them: scopes and variables, PowerShell's operators and conversions (from
// package pipeline), control flow, functions, script blocks, command lookup
// (alias, function, cmdlet, native program) and redirection.
//
// An Interp is the state of one shell session. It is safe for use by one
// goroutine at a time; independent Interps may run concurrently.
package interp
