package repl

import (
	"strings"

	"github.com/psh-project/psh/shell"
)

// Complete returns the completions for the word that ends at byte offset
// pos of line, and how many bytes before pos each candidate replaces.
// Candidates are whole words, spelled as their source spells them:
// command, alias and function names in command position; parameter names
// after "-"; variables after "$"; the allowed values after a parameter
// with a ValidateSet or an enum type; file paths otherwise.
func Complete(sh *shell.Shell, line string, pos int) (candidates []string, replaceLen int) {
	if pos < 0 || pos > len(line) {
		return nil, 0
	}
	el := scanElement(line[:pos])
	word := el.word
	if el.quoted == 0 && !strings.HasPrefix(word, "$") {
		// A path the shell would split or expand goes in quotes, as
		// PowerShell completes it: 'my folder/'.
		defer func() {
			for i, c := range candidates {
				if strings.ContainsAny(c, " \t'\"$`&(){};,|#@") && !strings.HasPrefix(c, "-") {
					candidates[i] = "'" + strings.ReplaceAll(c, "'", "''") + "'"
				}
			}
		}()
	}
	switch {
	case el.quoted != 0:
		if i := strings.LastIndexByte(word, '$'); el.quoted == '"' && i >= 0 {
			return completeVariables(sh, word[i:]), len(word) - i
		}
		return completePaths(sh, word), len(word)
	case strings.HasPrefix(word, "$"):
		return completeVariables(sh, word), len(word)
	case el.commandPos():
		if strings.ContainsAny(word, `/\`) || strings.HasPrefix(word, ".") || strings.HasPrefix(word, "~") {
			return completePaths(sh, word), len(word)
		}
		if c := completeCommands(sh, word); len(c) > 0 {
			return c, len(word)
		}
		return completePaths(sh, word), len(word)
	case strings.HasPrefix(word, "-") && len(el.words) > 0:
		if name, val, ok := strings.Cut(word, ":"); ok {
			return completeValues(sh, el.words[0], name[1:], val), len(val)
		}
		return completeParams(sh, el.words[0], word[1:]), len(word)
	}
	if n := len(el.words); n > 1 && strings.HasPrefix(el.words[n-1], "-") {
		if c := completeValues(sh, el.words[0], el.words[n-1][1:], word); c != nil {
			return c, len(word)
		}
	}
	return completePaths(sh, word), len(word)
}

// element is the pipeline element the cursor is in, as far as completion
// needs it: the words before the cursor and the partial word at it.
type element struct {
	words  []string // complete words before the current one
	word   string   // the word being completed (after an open quote, if any)
	quoted byte     // the open quote the word is inside, or 0
}

// commandPos reports whether the current word names a command: the first
// word of an element, or the word after the call operators & and ".".
func (e *element) commandPos() bool {
	return len(e.words) == 0 || (len(e.words) == 1 && (e.words[0] == "&" || e.words[0] == "."))
}

// scanElement splits the text before the cursor: a new element starts
// after | ; { } ( ) = or a newline outside quotes, and words are
// separated by blanks outside quotes. A backtick escapes the next byte.
func scanElement(head string) element {
	var e element
	var cur strings.Builder
	start := -1 // index of the current word's first byte, -1 for none
	var quote byte
	flush := func() {
		if start >= 0 {
			e.words = append(e.words, cur.String())
		}
		cur.Reset()
		start = -1
	}
	for i := 0; i < len(head); i++ {
		c := head[i]
		if quote != 0 {
			if c == quote {
				quote = 0
			}
			cur.WriteByte(c)
			continue
		}
		switch c {
		case '`':
			if start < 0 {
				start = i
			}
			cur.WriteByte(c)
			if i+1 < len(head) {
				i++
				cur.WriteByte(head[i])
			}
		case '\'', '"':
			if start < 0 {
				start = i
			}
			quote = c
			cur.WriteByte(c)
		case ' ', '\t':
			flush()
		case '|', ';', '{', '}', '(', ')', '=', '\n', '\r':
			flush()
			e.words = e.words[:0]
		default:
			if start < 0 {
				start = i
			}
			cur.WriteByte(c)
		}
	}
	e.word = cur.String()
	if quote != 0 {
		e.quoted = quote
		e.word = e.word[strings.LastIndexByte(e.word, quote)+1:]
	}
	return e
}
