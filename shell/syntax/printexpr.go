package syntax

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func (p *printer) expr(e *Expr) {
	p.array(e.Left)
	for _, t := range e.Rest {
		p.WriteString(" " + t.Op + " ")
		p.array(t.Right)
	}
	if e.Ternary != nil {
		p.WriteString(" ? ")
		p.expr(e.Ternary.Then)
		p.WriteString(" : ")
		p.expr(e.Ternary.Else)
	}
}

func (p *printer) argExpr(e *ArgExpr) {
	p.unary(e.Left)
	for _, t := range e.Rest {
		p.WriteString(" " + t.Op + " ")
		p.unary(t.Right)
	}
}

func (p *printer) array(a *ArrayExpr) {
	for i, u := range a.Elems {
		if i > 0 {
			p.WriteString(", ")
		}
		p.unary(u)
	}
}

func (p *printer) unary(u *UnaryExpr) {
	switch {
	case u.Cast != nil:
		p.WriteString("[" + u.Cast.Name + "]")
		p.unary(u.Operand)
	case u.Op != "":
		p.WriteString(u.Op + " ")
		p.unary(u.Operand)
	default:
		p.postfix(u.Postfix)
	}
}

func (p *printer) postfix(x *Postfix) {
	p.primary(x.Primary)
	for _, s := range x.Suffixes {
		switch {
		case s.Index != nil:
			p.WriteString("[")
			p.expr(s.Index)
			p.WriteString("]")
			continue
		case s.Static:
			p.WriteString("::")
		default:
			p.WriteString(".")
		}
		m := s.Member
		switch {
		case m.Var != nil:
			p.variable(m.Var)
		case m.Str != nil:
			p.WriteString(quoteSQ(m.Str.Value))
		case m.Expandable != nil:
			p.expandable(m.Expandable)
		case m.Paren != nil:
			p.primary(m.Paren)
		default:
			p.WriteString(m.Name)
		}
		if s.Call {
			p.WriteString("(")
			for i, a := range s.Args {
				if i > 0 {
					p.WriteString(", ")
				}
				p.argExpr(a)
			}
			p.WriteString(")")
		}
	}
	if x.PostOp != "" {
		p.WriteString(x.PostOp)
	}
}

func (p *printer) primary(n Primary) {
	switch n := n.(type) {
	case *Number:
		p.WriteString(n.Text)
	case *StringLit:
		p.WriteString(quoteSQ(n.Value))
	case *ExpandableString:
		p.expandable(n)
	case *Variable:
		p.variable(n)
	case *SubExpr:
		p.WriteString("$(")
		p.stmts(n.Statements)
		p.WriteString(")")
	case *ArraySubExpr:
		p.WriteString("@(")
		p.stmts(n.Statements)
		p.WriteString(")")
	case *Hashtable:
		p.WriteString("@{")
		for i, e := range n.Entries {
			if i > 0 {
				p.WriteString(";")
			}
			p.WriteString(" ")
			p.postfix(e.Key)
			p.WriteString(" = ")
			p.stmt(e.Value)
		}
		p.WriteString(" }")
	case *ParenExpr:
		p.WriteString("(")
		p.stmt(n.Inner)
		p.WriteString(")")
	case *ScriptBlockExpr:
		p.WriteString("{\n")
		p.scriptBlock(n.Body)
		p.WriteString("\n}")
	case *TypeLit:
		p.WriteString("[" + n.Name + "]")
	case *BareWord:
		p.WriteString(bareText(n.Text, true))
	}
}

func quoteSQ(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

func (p *printer) variable(v *Variable) {
	if simpleVarName(v.Name) {
		p.WriteString("$" + v.Name)
		return
	}
	p.WriteString("${" + v.Name + "}")
}

func simpleVarName(n string) bool {
	if n == "$" || n == "?" || n == "^" {
		return true
	}
	if n == "" || strings.HasPrefix(n, ":") || strings.HasSuffix(n, ":") || strings.Count(n, ":") > 1 {
		return false
	}
	for _, r := range n {
		if r != ':' && !isIdentChar(r) {
			return false
		}
	}
	return true
}

func (p *printer) expandable(e *ExpandableString) {
	switch e.Kind {
	case `"`:
		p.WriteString(`"`)
	case `@"`:
		p.WriteString("@\"\n")
	}
	for i, part := range e.Parts {
		switch {
		case part.Var != nil:
			p.WriteString("${" + part.Var.Name + "}")
		case part.Sub != nil:
			p.primary(part.Sub)
		case e.Kind == "bare":
			// The first part is where the word starts: a leading - must be
			// escaped so it does not lex as a parameter.
			p.WriteString(bareText(part.Text, i == 0))
		default:
			p.WriteString(escapeDQ(part.Text))
		}
	}
	switch e.Kind {
	case `"`:
		p.WriteString(`"`)
	case `@"`:
		p.WriteString("\n\"@")
	}
}

var controlEscapes = map[rune]string{0: "`0", '\a': "`a", '\b': "`b", 0x1b: "`e", '\f': "`f", '\r': "`r", '\v': "`v"}

func escapeDQ(s string) string {
	var b strings.Builder
	for _, r := range s {
		if e, ok := controlEscapes[r]; ok {
			b.WriteString(e)
			continue
		}
		switch r {
		case '`', '"', '$', '“', '”', '„':
			b.WriteByte('`')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// bareText escapes a bare word so it lexes back to the same text; lead
// says whether the text starts the word.

func bareText(s string, lead bool) string { return escapeBare(s, lead, false) }

// cmdNameText escapes a command name (which must not start like a number).
func cmdNameText(s string) string { return escapeBare(s, true, true) }

func escapeBare(s string, lead, cmd bool) string {
	if lead && !cmd {
		end, ok := scanNumber(s, 0)
		cmd = ok && end == len(s)
	}
	var b strings.Builder
	for i, r := range s {
		if e, ok := controlEscapes[r]; ok {
			b.WriteString(e)
			continue
		}
		switch {
		case r == '\n':
			b.WriteString("`n")
			continue
		case r == '\t':
			b.WriteString("`t")
			continue
		case i == 0 && cmd && unicode.IsDigit(r):
			b.WriteString("`u{" + strconv.FormatInt(int64(r), 16) + "}")
			continue
		case strings.ContainsRune(" ;|,(){}&<>'\"$`=#@‘’‚‛“”„\u00a0", r),
			i == 0 && lead && !isIdentStart(r) && !unicode.IsDigit(r) && !wordSafeLead(s),
			r < ' ' || r == 0x7f:
			b.WriteByte('`')
		}
		b.WriteRune(r)
	}
	out := b.String()
	if lead && out != "" {
		if end, ok := scanNumber(out, 0); ok && end == len(out) {
			// a numeric-looking word: escape a character that is not an
			// escape letter so it stays a word
			out = "`u{" + strconv.FormatInt(int64(out[0]), 16) + "}" + out[1:]
		}
	}
	if out == "" {
		return "''"
	}
	return out
}

// wordSafeLead reports whether a word's first character needs no escape.
func wordSafeLead(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	switch r {
	case '.':
		return len(s) > n && strings.ContainsRune(`\/.`, rune(s[n]))
	case '\\', '/', '%', '?', '~', '*':
		return true
	}
	return false
}
