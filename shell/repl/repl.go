package repl

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/chzyer/readline"

	"github.com/psh-project/psh/shell"
)

// Options configure an interactive session.
type Options struct {
	// HistoryFile is where history is loaded from and appended to; its
	// directory is created if missing (0700) and the file is kept 0600.
	// Entries that may hold a secret (PSReadLine's rule: password,
	// asplaintext, token, apikey, secret) are never written to it. Empty
	// keeps history in memory only.
	HistoryFile string
	// Stdin, Stdout and Stderr are the terminal; nil means the process's.
	Stdin          io.ReadCloser
	Stdout, Stderr io.Writer
	// Banner, if not empty, is printed once before the first prompt.
	Banner string
}

// ContinuationPrompt is shown while the statement typed so far is
// incomplete (an open brace, quote or here-string, a trailing pipe).
const ContinuationPrompt = ">> "

// Run reads, runs and prints until exit, Ctrl-D on an empty line, or the
// end of input, and returns the process exit code (N for exit N). Ctrl-C
// at the prompt clears the line; while a line runs, it cancels that line's
// context only.
func Run(ctx context.Context, sh *shell.Shell, opts Options) (int, error) {
	comp := &completer{sh: sh}
	rl, err := readline.NewEx(&readline.Config{
		// The history file is written by historyFile, not readline: it
		// keeps secrets out of the file and the file private (0600).
		HistoryLimit:      historyLimit,
		HistorySearchFold: true,
		// The loop saves whole entries, so that a multi-line entry is one
		// history item (see historyEntry).
		DisableAutoSaveHistory: true,
		AutoComplete:           comp,
		Listener:               comp,
		Stdin:                  opts.Stdin,
		Stdout:                 opts.Stdout,
		Stderr:                 opts.Stderr,
	})
	if err != nil {
		return 1, fmt.Errorf("repl: %w", err)
	}
	defer func() { _ = rl.Close() }()
	var hist *historyFile
	if opts.HistoryFile != "" {
		var entries []string
		hist, entries = openHistory(opts.HistoryFile)
		defer hist.close()
		for _, e := range entries {
			_ = rl.SaveHistory(e)
		}
	}
	if opts.Banner != "" {
		fmt.Fprintln(rl.Stdout(), opts.Banner)
	}
	it := newInterrupter()
	defer it.stop()
	return loop(ctx, sh, rl, hist, it), nil
}

// loop is the read-eval-print loop proper.
func loop(ctx context.Context, sh *shell.Shell, rl *readline.Instance, hist *historyFile, it *interrupter) int {
	var buf strings.Builder
	for {
		if buf.Len() == 0 {
			rl.SetPrompt(interruptiblePrompt(ctx, sh, it))
		} else {
			rl.SetPrompt(ContinuationPrompt)
		}
		line, err := rl.Readline()
		switch {
		case errors.Is(err, readline.ErrInterrupt):
			buf.Reset()
			continue
		case errors.Is(err, io.EOF):
			if buf.Len() == 0 {
				return 0
			}
			buf.Reset()
			continue
		case err != nil:
			return 1
		}
		buf.WriteString(strings.ReplaceAll(line, historyNewline, "\n"))
		buf.WriteByte('\n')
		src := buf.String()
		if needsMore(sh, src) {
			continue
		}
		buf.Reset()
		if strings.TrimSpace(src) == "" {
			continue
		}
		// History is a convenience: failing to save it must not stop the
		// entry from running. An entry that may hold a secret stays in
		// memory only.
		entry := historyEntry(src)
		_ = rl.SaveHistory(entry)
		hist.add(entry)
		if code, exit := runLine(ctx, sh, src, it); exit {
			return code
		}
	}
}

// historyNewline stands for a line break inside a history entry: readline
// edits one line, and its history file holds one entry per line. A
// multi-line entry is saved with its line breaks shown as this symbol, comes
// back as one line with Up or Ctrl-R, and runs as the lines it was typed as,
// because the loop turns the symbol back into line breaks.
const historyNewline = "\u2424" // ␤ SYMBOL FOR NEWLINE

// historyEntry is how src is kept in history: one line, without the final
// line break.
func historyEntry(src string) string {
	src = strings.TrimRight(src, "\r\n")
	src = strings.ReplaceAll(src, "\r\n", "\n")
	return strings.ReplaceAll(src, "\n", historyNewline)
}

// needsMore reports whether an entry is unfinished: the parser calls it
// incomplete (an open brace, quote or here-string, a trailing operator or
// pipe), or its last line ends with a line-continuation backtick.
func needsMore(sh *shell.Shell, src string) bool {
	if err := sh.CheckSyntax(src); err != nil && shell.IsIncomplete(err) {
		return true
	}
	s := strings.TrimSuffix(strings.TrimSuffix(src, "\n"), "\r")
	n := len(s) - len(strings.TrimRight(s, "`"))
	return n%2 == 1
}

// interruptiblePrompt runs the prompt function under a context that Ctrl-C
// cancels, so a prompt function that hangs gives the default prompt
// instead of a hung console.
func interruptiblePrompt(ctx context.Context, sh *shell.Shell, it *interrupter) string {
	promptCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	it.running(cancel)
	defer it.running(nil)
	return promptText(promptCtx, sh)
}

// runLine runs one complete entry under its own cancellable context and
// reports whether the script ran exit.
func runLine(ctx context.Context, sh *shell.Shell, src string, it *interrupter) (int, bool) {
	lineCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	it.running(cancel)
	err := sh.Run(lineCtx, src)
	it.running(nil)
	var ee *shell.ExitError
	if errors.As(err, &ee) {
		return ee.Code, true
	}
	return 0, false
}
