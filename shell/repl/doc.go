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
// readline is imported by this package only.
package repl
