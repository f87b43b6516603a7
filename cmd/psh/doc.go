// Command psh is the psh shell: an interactive prompt, a script runner and
// a -Command evaluator, with PowerShell's own flags.
//
//	psh                          interactive (stdin read as a script when not a terminal)
//	psh FILE [args]              run a .ps1; args bind to its param() block
//	psh -Command STRING | -c     run a command line (-Command - reads stdin)
//	psh -Check FILE...           report every syntax error, run nothing
//
// The Exchange cmdlets use the recipient directory at -Directory, else
// $PSH_DIRECTORY, else ~/.local/share/psh/directory.db, created with the
// demo organization on first use (-NoDemo or PSH_NO_DEMO=1: empty).
package main
