package syntax

import "unicode/utf8"

// ExcerptColumns is the most columns of a source line an error view shows:
// a longer line is cut to a window around the marker, with "…" where cut, so
// a one-line hostile script cannot turn one error into megabytes of text.
const ExcerptColumns = 120

// excerptLead is how many columns of context a cut line keeps before the
// marker.
const excerptLead = 40

// Excerpt returns the part of line an error view shows and where its ~
// marker goes in it: col is the marker's 0-based column (in runes) and width
// its length. A line of at most ExcerptColumns runes comes back unchanged;
// a longer one is cut to ExcerptColumns runes around col, with "…" at each
// cut end, and the marker is moved and shortened to match.
func Excerpt(line string, col, width int) (text string, markCol, markWidth int) {
	n := utf8.RuneCountInString(line)
	if n <= ExcerptColumns {
		return line, col, width
	}
	runes := []rune(line)
	start := col - excerptLead
	if start < 0 {
		start = 0
	}
	end := start + ExcerptColumns
	if end > n {
		end = n
		start = n - ExcerptColumns
	}
	if col > end {
		col = end
	}
	if col < start {
		col = start
	}
	text = string(runes[start:end])
	markCol = col - start
	if start > 0 {
		text = "…" + text
		markCol++
	}
	if end < n {
		text += "…"
	}
	markWidth = width
	if room := end - col; markWidth > room {
		markWidth = room
	}
	if markWidth < 1 {
		markWidth = 1
	}
	return text, markCol, markWidth
}
