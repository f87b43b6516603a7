package format

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/psh-project/psh/pipeline"
)

// ellipsis is what PowerShell 7.2+ appends to a truncated cell and to a
// collection summary past $FormatEnumerationLimit ("…", one display cell).
const ellipsis = "\u2026"

// runeCells is the number of terminal cells a rune occupies: 2 for East Asian
// wide and full-width characters, 0 for control and combining characters, else 1.
func runeCells(r rune) int {
	switch {
	case r < 0x300:
		// ASCII and Latin, control characters included: PowerShell counts
		// every such char as one cell ("\n" too, when sizing columns).
		return 1
	case r < 0x1100:
		if unicode.Is(unicode.Mn, r) {
			return 0
		}
		return 1
	case r <= 0x115f, r >= 0x2e80 && r <= 0xa4cf && r != 0x303f,
		r >= 0xac00 && r <= 0xd7a3, r >= 0xf900 && r <= 0xfaff,
		r >= 0xfe30 && r <= 0xfe4f, r >= 0xff00 && r <= 0xff60,
		r >= 0xffe0 && r <= 0xffe6, r >= 0x1f300 && r <= 0x1f64f,
		r >= 0x1f900 && r <= 0x1f9ff, r >= 0x20000 && r <= 0x3fffd:
		return 2
	}
	if unicode.Is(unicode.Mn, r) {
		return 0
	}
	return 1
}

// displayWidth is the number of terminal cells s occupies.
func displayWidth(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return n + displayWidthSlow(s[i:])
		}
		n++
	}
	return n
}

func displayWidthSlow(s string) int {
	n := 0
	for _, r := range s {
		n += runeCells(r)
	}
	return n
}

// headCells returns the longest prefix of s that fits in cells display cells.
func headCells(s string, cells int) string {
	n := 0
	for i, r := range s {
		c := runeCells(r)
		if n+c > cells {
			return s[:i]
		}
		n += c
	}
	return s
}

// tailCells returns the longest suffix of s that fits in cells display cells.
func tailCells(s string, cells int) string {
	n := 0
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		c := runeCells(r)
		if n+c > cells {
			return s[i:]
		}
		n += c
		i -= size
	}
	return s
}

// firstLine cuts s at its first line break and marks the cut with an
// ellipsis, as PowerShell does for a multi-line value in a table without -Wrap.
func firstLine(s string) string {
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		return s[:i] + ellipsis
	}
	return s
}

// splitLines splits s at "\r\n", "\n" or "\r".
func splitLines(s string) []string {
	if !strings.ContainsAny(s, "\r\n") {
		return []string{s}
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Split(s, "\n")
}

// wrapLines splits s into lines at its line breaks and then breaks every
// line into chunks of at most width display cells (hard wrap, no word
// boundaries, like PowerShell's table and list writers).
func wrapLines(s string, width int) []string {
	if width < 1 {
		width = 1
	}
	var out []string
	for _, line := range splitLines(s) {
		// rest is the width of line, kept up to date by subtracting what
		// each chunk consumes, so a long value wraps in linear time.
		rest := displayWidth(line)
		wrapped := false
		for rest > width {
			head := headCells(line, width)
			if head == "" { // a double-cell rune wider than the column
				_, size := utf8.DecodeRuneInString(line)
				head = line[:size]
			}
			next := line[len(head):]
			// Break at the last space that fits, as PowerShell's -Wrap
			// does; a word longer than the column is cut.
			switch sp := strings.LastIndexByte(head, ' '); {
			case strings.HasPrefix(next, " "): // the chunk ends a word
				out = append(out, strings.TrimRight(head, " "))
				next = strings.TrimLeft(next, " ")
			case sp > 0:
				out = append(out, strings.TrimRight(head[:sp], " "))
				next = strings.TrimLeft(line[sp+1:], " ")
			default:
				out = append(out, head)
			}
			rest -= displayWidth(line[:len(line)-len(next)])
			line = next
			wrapped = true
		}
		if line != "" || !wrapped {
			out = append(out, line)
		}
	}
	return out
}

// fitCell pads or truncates one single-line value to exactly width cells.
// pad=false leaves a left-aligned value unpadded (the last column).
// Truncation keeps the head of left-aligned and the tail of right-aligned
// values and marks the cut with "…" (TableWriter.GenerateRowField).
func fitCell(s string, width int, align pipeline.Alignment, pad bool) string {
	w := displayWidth(s)
	switch {
	case w < width:
		gap := width - w
		switch align {
		case pipeline.AlignRight:
			return spaces(gap) + s
		case pipeline.AlignCenter:
			left := gap / 2
			if pad {
				return spaces(left) + s + spaces(gap-left)
			}
			return spaces(left) + s
		default:
			if pad {
				return s + spaces(gap)
			}
			return s
		}
	case w > width:
		keep := width - 1 // room for the ellipsis
		if align == pipeline.AlignRight {
			if keep > 0 {
				s = ellipsis + tailCells(s, keep)
			} else {
				s = tailCells(s, width)
			}
		} else {
			if keep > 0 {
				s = headCells(s, keep) + ellipsis
			} else {
				s = headCells(s, width)
			}
		}
		// a cut double-cell rune can leave the cell one short
		if displayWidth(s) < width {
			if align == pipeline.AlignRight {
				s = " " + s
			} else if pad {
				s += " "
			}
		}
	}
	return s
}

const spaceRun = "                                                                                                                                "

func spaces(n int) string {
	if n <= 0 {
		return ""
	}
	if n <= len(spaceRun) {
		return spaceRun[:n]
	}
	return strings.Repeat(" ", n)
}

func dashes(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("-", n)
}
