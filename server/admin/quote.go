package admin

import "strings"

// typographicSingle are the characters PowerShell and psh take as single
// quotes besides '.
const typographicSingle = "‘’‚‛"

// psQuote returns s as a PowerShell string literal that reads back as s,
// so no text can end the literal early. It is single-quoted (” for ');
// text with a typographic single quote (O’Brien) is double-quoted instead,
// with a backtick before each character special there, because psh reads
// a doubled typographic quote in a single-quoted string as '.
func psQuote(s string) string {
	if !strings.ContainsAny(s, typographicSingle) {
		return "'" + strings.ReplaceAll(s, "'", "''") + "'"
	}
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '“', '”', '„', '$', '`':
			b.WriteByte('`')
		}
		b.WriteRune(r)
	}
	b.WriteByte('"')
	return b.String()
}

// opathLiteral returns s as an OPATH single-quoted literal: every single
// quote doubled, typographic ones included (OPATH keeps the first of a
// pair, as PowerShell does).
func opathLiteral(s string) string {
	var b strings.Builder
	b.WriteByte('\'')
	for _, r := range s {
		b.WriteRune(r)
		if r == '\'' || strings.ContainsRune(typographicSingle, r) {
			b.WriteRune(r)
		}
	}
	b.WriteByte('\'')
	return b.String()
}

// psBool returns $true or $false.
func psBool(b bool) string {
	if b {
		return "$true"
	}
	return "$false"
}
