// Command embed shows how a Go program embeds psh: it adds a cmdlet of its
// own, Get-Widget, that emits typed Go structs, runs a pipeline that mixes
// it with the built-in cmdlets, and gets the structs back from Invoke. Its
// shell is sealed: scripts reach no file, program or host fact, since it
// gives none of shell.WithFileSystem, WithNativeCommands and
// WithHostEnvironment.
package main
