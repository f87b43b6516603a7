package filter

import "strings"

// parser is a recursive-descent parser over the lexer's tokens.
type parser struct {
	lex   lexer
	tok   token // current token
	depth int
	// comparisons counts the comparisons parsed so far.
	comparisons int
}

// Parse parses a filter string. A script-block filter ({Department -eq 'Sales'})
// is accepted: the outer braces are ignored.
//
// Grammar (-and and -or have equal precedence and associate left to right,
// as PowerShell's own logical operators; -not binds to the clause after it,
// so "-not Name -like 'x*'" negates the whole comparison):
//
//	filter     := clause { ("-and" | "-or") clause }
//	clause     := "-not" clause | "(" filter ")" | comparison
//	comparison := Property Operator Value
//	Value      := 'text' | "text" | word | integer | $true | $false | $null
func Parse(text string) (*Expr, error) {
	e, err := parse(text)
	if err != nil {
		return nil, err
	}
	return e, nil
}

func parse(text string) (*Expr, *Error) {
	for i := 0; i < len(text); i++ {
		if text[i] == 0 {
			return nil, syntaxErr(text, i, "unexpected NUL character")
		}
	}
	if !utf8Valid(text) {
		return nil, syntaxErr(text, invalidUTF8At(text), "invalid UTF-8")
	}
	start, end := scriptBlockBounds(text)
	p := &parser{lex: lexer{src: text, pos: start, end: end}}
	if err := p.advance(); err != nil {
		return nil, err
	}
	if p.tok.kind == tokEOF {
		return nil, syntaxErr(text, p.tok.pos, "the filter is empty")
	}
	e, err := p.filter()
	if err != nil {
		return nil, err
	}
	if p.tok.kind != tokEOF {
		return nil, p.unexpected("-and, -or or the end of the filter")
	}
	return e, nil
}

// scriptBlockBounds returns the window of text to parse: inside the outer
// braces when the text is a script block, else the whole text.
func scriptBlockBounds(text string) (int, int) {
	t := strings.TrimSpace(text)
	if len(t) >= 2 && t[0] == '{' && t[len(t)-1] == '}' {
		start := strings.IndexByte(text, '{') + 1
		end := strings.LastIndexByte(text, '}')
		return start, end
	}
	return 0, len(text)
}

func (p *parser) advance() *Error {
	t, err := p.lex.next()
	if err != nil {
		return err
	}
	p.tok = t
	return nil
}

func (p *parser) isOp(name string) bool {
	return p.tok.kind == tokOperator && p.tok.text == name
}

func (p *parser) filter() (*Expr, *Error) {
	left, err := p.clause()
	if err != nil {
		return nil, err
	}
	for p.isOp("and") || p.isOp("or") {
		kind := And
		if p.tok.text == "or" {
			kind = Or
		}
		if err := p.advance(); err != nil {
			return nil, err
		}
		right, err := p.clause()
		if err != nil {
			return nil, err
		}
		left = &Expr{Kind: kind, Pos: left.Pos, Left: left, Right: right}
	}
	return left, nil
}

func (p *parser) clause() (*Expr, *Error) {
	if p.isOp("not") || p.tok.kind == tokLParen { // a level: MaxNesting of them are allowed
		p.depth++
		defer func() { p.depth-- }()
		if p.depth > MaxNesting {
			return nil, nestingErr(p.lex.src, p.tok.pos)
		}
	}
	switch {
	case p.isOp("not"):
		pos := p.tok.pos
		if err := p.advance(); err != nil {
			return nil, err
		}
		inner, err := p.clause()
		if err != nil {
			return nil, err
		}
		return &Expr{Kind: Not, Pos: pos, Left: inner}, nil
	case p.tok.kind == tokLParen:
		if err := p.advance(); err != nil {
			return nil, err
		}
		inner, err := p.filter()
		if err != nil {
			return nil, err
		}
		if p.tok.kind != tokRParen {
			return nil, p.unexpected("')'")
		}
		if err := p.advance(); err != nil {
			return nil, err
		}
		return inner, nil
	case p.tok.kind == tokWord:
		return p.comparison()
	}
	return nil, p.unexpected("a property name, '(' or -not")
}

func (p *parser) comparison() (*Expr, *Error) {
	if p.comparisons++; p.comparisons > MaxComparisons {
		return nil, comparisonsErr(p.lex.src, p.tok.pos)
	}
	e := &Expr{Kind: Compare, Pos: p.tok.pos, Property: p.tok.text}
	if err := p.advance(); err != nil {
		return nil, err
	}
	op, ok := Op(0), false
	if p.tok.kind == tokOperator {
		op, ok = opByName(p.tok.text)
	}
	if !ok {
		return nil, p.unexpected("a comparison operator such as -eq or -like after " + quoteWord(e.Property))
	}
	e.Op, e.OpPos = op, p.tok.pos
	if err := p.advance(); err != nil {
		return nil, err
	}
	v := Value{Pos: p.tok.pos, Text: p.tok.text}
	switch p.tok.kind {
	case tokSingle, tokDouble:
		v.Kind = Quoted
	case tokWord:
		v.Kind = Word
	case tokNumber:
		v.Kind = Number
	case tokVariable:
		v.Kind, v.Text = variableKind(p.tok.text), ""
	default:
		return nil, p.unexpected("a value after " + e.Op.String())
	}
	e.Value = v
	if err := p.advance(); err != nil {
		return nil, err
	}
	return e, nil
}

// unexpected returns a syntax error at the current token.
func (p *parser) unexpected(want string) *Error {
	found := "the end of the filter"
	if p.tok.kind != tokEOF {
		found = describe(p.tok)
	}
	return syntaxErr(p.lex.src, p.tok.pos, "expected "+want+", found "+found)
}

func describe(t token) string {
	switch t.kind {
	case tokOperator:
		return "-" + t.text
	case tokSingle:
		return quoteString(t.text)
	case tokDouble:
		return `"` + t.text + `"`
	case tokVariable:
		return "$" + t.text
	}
	return quoteWord(t.text)
}

func variableKind(name string) ValueKind {
	switch name {
	case "true":
		return True
	case "false":
		return False
	}
	return Null
}
