// Package statics holds the .NET-style static members that reach outside a
// psh session: [System.IO.File] and [System.IO.Directory] (files and
// directories, with paths resolved against the session's location, never
// the process's working directory) and [System.Environment] (the session's
// environment, and facts about the host).
//
// A shell registers the set ([Host]); each member checks the session's
// capabilities first (pipeline.Require): the file statics need
// pipeline.FileSystem, the host facts of [Environment] (MachineName,
// UserName, OSVersion, ProcessorCount, TickCount) need
// pipeline.HostEnvironment. [Environment]'s variables, NewLine and
// CurrentDirectory read only the session and need nothing. The statics that
// touch nothing outside the session ([math], [string], [IO.Path], ...) are
// in package pipeline.
package statics
