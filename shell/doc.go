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
//
// # What a bare shell can reach
//
// A Shell is sealed by default: shell.New gives scripts no access to the
// host beyond what its options and modules hand over. Three capabilities
// open it, one option each (all three are on in the psh command):
//
//   - WithFileSystem: files and directories. Without it every route fails
//     with an error naming the option: the [IO.File] and [IO.Directory]
//     statics, redirection to a file (> >> 2> *>), switch -File, the
//     content, item, location and CSV cmdlets on file paths (Get-Content,
//     Set-Content, Add-Content, Clear-Content, Get-ChildItem, Get-Item,
//     Test-Path, Resolve-Path, Join-Path -Resolve, Set-Location,
//     Push-Location, New-Item, Remove-Item, Copy-Item, Move-Item,
//     Rename-Item, Out-File, Tee-Object -FilePath, Export-Csv,
//     Import-Csv, Select-String -Path), running or dot-sourcing a .ps1 file
//     (RunFile, DotSource, & ./x.ps1, . ./x.ps1) and Import-Module of a Lua
//     file read from disk.
//   - WithNativeCommands: starting programs, found on $env:PATH or named by
//     a path. Lua modules loaded with lua.AllowOS (which gives them os and
//     io) need this and WithFileSystem.
//   - WithHostEnvironment: facts about the machine and the process:
//     [Environment]::MachineName, UserName, OSVersion, ProcessorCount,
//     TickCount, and $PID.
//
// A bare shell still has the whole language, the commands of its modules
// and the session itself: variables, functions, aliases and the env:,
// variable:, function: and alias: drives; the session environment (empty
// unless WithEnv fills it; [Environment]::GetEnvironmentVariable reads the
// same store); the statics that touch nothing outside the session
// (those of math, string, datetime, regex, IO.Path, convert, ...); the
// location as a name (WithDir; $PWD); redirection to $null. Invoke-Expression,
// script blocks and Lua's psh.invoke run in the same shell, so they meet
// the same checks. A module or cmdlet the embedder adds (WithModule,
// WithCmdlet) runs Go code with whatever access that code has: the
// capabilities bound scripts, not the embedder's own Go code. Cmdlets
// check a capability with pipeline.Require.
//
// The Shell gives out no interpreter: the methods Dir, Commands,
// LookupCommand, Variables, Variable, Environ, CheckSyntax and
// LastStatusOK let a host (the REPL) look at the session.
package shell
