package repl

import (
	"strings"

	"github.com/chzyer/readline"

	"github.com/psh-project/psh/shell"
)

// completer adapts Complete to readline, which inserts a suffix after the
// cursor: each candidate loses the part the user already typed. Readline
// cannot rewrite that typed part, so when a Tab inserts a completion the
// completer also acts as the line's Listener and respells the whole word
// as the candidate spells it (Get-Cas<Tab> gives Get-CASMailbox, not
// Get-CasMailbox), as PowerShell does. Readline calls Do and OnChange from
// one goroutine.
type completer struct {
	sh *shell.Shell
	// respell is the spelling of the word being completed once readline
	// has inserted the common suffix of the candidates; nil for none.
	respell []rune
}

// Do implements readline.AutoCompleter.
func (c *completer) Do(line []rune, pos int) ([][]rune, int) {
	c.respell = nil
	if pos < 0 || pos > len(line) {
		return nil, 0
	}
	text := string(line)
	bpos := len(string(line[:pos]))
	cands, n := Complete(c.sh, text, bpos)
	typedText := text[bpos-n : bpos]
	typed := len([]rune(typedText))
	out := make([][]rune, 0, len(cands))
	for _, cand := range cands {
		r := []rune(cand)
		if len(r) >= typed {
			out = append(out, r[typed:])
		}
	}
	if p := commonPrefix(cands); p != typedText && len(cands) > 0 && len([]rune(p)) >= typed &&
		strings.EqualFold(string([]rune(p)[:typed]), typedText) && insertsSuffix(out) {
		c.respell = []rune(p)
	}
	return out, typed
}

// insertsSuffix reports whether readline will write text for these
// suffixes at once rather than list them: one candidate, or a common
// prefix they all share.
func insertsSuffix(suffixes [][]rune) bool {
	if len(suffixes) == 1 {
		return true
	}
	first := suffixes[0]
	for _, s := range suffixes[1:] {
		if len(s) == 0 || len(first) == 0 || s[0] != first[0] {
			return false
		}
	}
	return true
}

// commonPrefix is the longest prefix (case-sensitive, whole runes) that
// every candidate starts with.
func commonPrefix(cands []string) string {
	if len(cands) == 0 {
		return ""
	}
	p := []rune(cands[0])
	for _, c := range cands[1:] {
		r := []rune(c)
		i := 0
		for i < len(p) && i < len(r) && p[i] == r[i] {
			i++
		}
		p = p[:i]
	}
	return string(p)
}

// OnChange implements readline.Listener: right after a Tab that inserted
// text, it replaces the word before the cursor with the spelling Do chose.
func (c *completer) OnChange(line []rune, pos int, key rune) ([]rune, int, bool) {
	want := c.respell
	c.respell = nil
	if key != readline.CharTab || want == nil || pos < len(want) || pos > len(line) {
		return nil, 0, false
	}
	start := pos - len(want)
	have := string(line[start:pos])
	if have == string(want) || !strings.EqualFold(have, string(want)) {
		return nil, 0, false
	}
	out := make([]rune, 0, len(line))
	out = append(append(append(out, line[:start]...), want...), line[pos:]...)
	return out, pos, true
}
