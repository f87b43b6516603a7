// Package sessiontest is a pipeline.Session without an interpreter, for
// the Go-level tests of the binder, the runner, the statics and the
// cmdlets: variables, commands, aliases and the environment live in maps,
// the location in a field, the streams in buffers.
package sessiontest
