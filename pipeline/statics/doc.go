// Package statics holds the .NET-style static members that reach outside a
// psh session: [System.IO.File] and [System.IO.Directory] (files and
// directories, with paths resolved against the session's location, never
// the process's working directory) and [System.Environment] (the session's
// environment, and facts about the host).
//
// The package also holds pure statics, [DotNet]: [datetime], [guid] and
// [IO.Path]. A shell registers both sets ([Chain] of [Host] and [DotNet]);
// each host member checks the session's capabilities first
// (pipeline.Require): the file statics need
// pipeline.FileSystem, the host facts of [Environment] (MachineName,
// UserName, OSVersion, ProcessorCount, TickCount) need
// pipeline.HostEnvironment. [Environment]'s variables, NewLine and
// CurrentDirectory read only the session and need nothing. The other pure
// statics ([math], [string], [regex], [convert], [enum], ...) are still in
// package pipeline, whose number helpers they use.
package statics
