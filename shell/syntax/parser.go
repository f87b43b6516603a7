package syntax

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/alecthomas/participle/v2"
)

var (
	parserOnce sync.Once
	theParser  *participle.Parser[ScriptBlock]
	parserErr  error
)

// buildParser constructs the participle parser (once, lazily).
func buildParser() (*participle.Parser[ScriptBlock], error) {
	return participle.Build[ScriptBlock](
		participle.Lexer(Definition{}),
		participle.CaseInsensitive("Keyword", "Ident", "CmdName", "Generic"),
		participle.Union[Statement](
			&Pipeline{}, &AssignStmt{}, &IfStmt{}, &ForeachStmt{}, &FunctionDef{}, &ReturnStmt{},
			&TryStmt{}, &WhileStmt{}, &ForStmt{}, &SwitchStmt{}, &DoStmt{}, &ThrowStmt{},
			&BreakStmt{}, &ContinueStmt{}, &ExitStmt{}, &TrapStmt{}),
		participle.Union[Primary](
			&Variable{}, &Number{}, &StringLit{}, &ExpandableString{}, &BareWord{},
			&ParenExpr{}, &ScriptBlockExpr{}, &SubExpr{}, &ArraySubExpr{}, &Hashtable{},
			&TypeLit{}),
		participle.UseLookahead(1),
	)
}

func getParser() (*participle.Parser[ScriptBlock], error) {
	parserOnce.Do(func() { theParser, parserErr = buildParser() })
	return theParser, parserErr
}

// Warm builds the parser now instead of on the first Parse. Building it
// takes about a millisecond; a program that is about to parse can call Warm
// in a goroutine to overlap that with its other start-up work.
func Warm() { _, _ = getParser() }

// Grammar returns the grammar in EBNF (participle's parser.String()).
func Grammar() string {
	p, err := getParser()
	if err != nil {
		return err.Error()
	}
	return p.String()
}

// Parse parses a whole script (or script-block body). Errors are *Error.
func Parse(filename, src string) (sb *ScriptBlock, err error) {
	return ParseContext(context.Background(), filename, src)
}

// ParseContext is Parse that stops, returning ctx.Err(), once ctx is done
// (a long script is parsed in chunks; the context is checked between
// them).
func ParseContext(ctx context.Context, filename, src string) (sb *ScriptBlock, err error) {
	defer func() {
		if r := recover(); r != nil {
			sb, err = nil, &Error{Pos: Pos{Filename: filename, Line: 1, Column: 1}, Msg: fmt.Sprintf("internal parser error: %v", r), Len: 1, Internal: true}
		}
	}()
	p, perr := getParser()
	if perr != nil {
		return nil, perr
	}
	toks, lexErr := tokenize(filename, src)
	if lexErr != nil && lexErr.Msg == nestingMsg {
		return nil, lexErr
	}
	if e := checkNesting(toks); e != nil {
		return nil, e
	}
	sb, err = parseTokens(ctx, p, toks)
	if err != nil && ctx.Err() != nil && errors.Is(err, ctx.Err()) {
		return nil, err
	}
	if err == nil {
		if lexErr != nil {
			return nil, lexErr
		}
		if e := checkTree(sb, src); e != nil {
			e.Pos.Filename = filename
			return nil, e
		}
		return sb, nil
	}
	return nil, convertError(filename, src, toks, lexErr, err)
}

// ParseErrors returns every syntax error it can report (for `psh -Check`):
// after an error it resumes at the next top-level statement.
func ParseErrors(filename, src string) []*Error {
	_, err := Parse(filename, src)
	if err == nil {
		return nil
	}
	var e *Error
	if !errors.As(err, &e) {
		return []*Error{{Pos: Pos{Filename: filename, Line: 1, Column: 1}, Msg: err.Error(), Len: 1}}
	}
	out := []*Error{e}
	// Resume at the next top-level line after the error, with the text
	// before it blanked so positions stay true.
	for len(out) < 20 && !e.Incomplete {
		next := resumePoint(filename, src, out[len(out)-1].Pos.Offset)
		if next < 0 {
			break
		}
		_, err := Parse(filename, padTo(src, next))
		if err == nil || !errors.As(err, &e) || e.Pos.Offset < next {
			break
		}
		out = append(out, e)
	}
	return out
}

// resumePoint returns the offset of the first line after off that starts
// outside any bracket, or -1.
func resumePoint(filename, src string, off int) int {
	toks, _ := tokenize(filename, src)
	depth := 0
	for _, t := range toks {
		switch t.Type {
		case tLParen, tLBrace, tAtParen, tDollarParen, tAtBrace, tLIndex, tLCall:
			depth++
		case tAttrOpen:
			depth += 2
		case tRParen, tRBrace, tRBracket:
			depth--
		case tSep:
			if depth <= 0 && t.Pos.Offset >= off {
				if n := lineAfter(src, t.Pos.Offset); n >= 0 {
					return n
				}
				return -1
			}
		}
	}
	return -1
}

// lineAfter returns the offset of the line after the one holding off, or
// -1 at the end.
func lineAfter(src string, off int) int {
	for i := off; i < len(src); i++ {
		if src[i] == '\n' {
			return i + 1
		}
	}
	return -1
}

// padTo blanks src before off (keeping newlines) so positions stay true.
func padTo(src string, off int) string {
	b := []byte(src)
	for i := 0; i < off; i++ {
		if b[i] != '\n' && b[i] != '\r' {
			b[i] = ' '
		}
	}
	return string(b)
}
