// Package repl is psh's interactive prompt: a thin loop over the public
// shell API with line editing, persistent history, Tab completion and
// continuation lines, built on github.com/chzyer/readline.
//
// Run drives one session until exit or Ctrl-D. Complete is the completion
// logic as a pure function of the shell's state and the line being edited,
// so it can be tested without a terminal.
//
// History holds whole entries: a statement typed over several continuation
// lines is saved as one line with ␤ (U+2424) where the line breaks were,
// comes back whole with Up or Ctrl-R, and runs as the lines it was typed as.
//
// The history file (~/.local/share/psh/history) is written by the package,
// not by readline: 0600 in a 0700 directory (an existing file's mode is
// tightened), and an entry that matches PSReadLine's default sensitive
// pattern (password, asplaintext, token, apikey, secret) stays in the
// session's memory only.
//
// readline is imported by this package only.
package repl
