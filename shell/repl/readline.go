package repl

import "github.com/psh-project/psh/shell"

// completer adapts Complete to readline, which inserts a suffix after the
// cursor: each candidate loses the part the user already typed.
type completer struct{ sh *shell.Shell }

// Do implements readline.AutoCompleter.
func (c completer) Do(line []rune, pos int) ([][]rune, int) {
	if pos < 0 || pos > len(line) {
		return nil, 0
	}
	text := string(line)
	bpos := len(string(line[:pos]))
	cands, n := Complete(c.sh, text, bpos)
	typed := len([]rune(text[bpos-n : bpos]))
	out := make([][]rune, 0, len(cands))
	for _, cand := range cands {
		r := []rune(cand)
		if len(r) >= typed {
			out = append(out, r[typed:])
		}
	}
	return out, typed
}
