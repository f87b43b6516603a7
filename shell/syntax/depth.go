package syntax

import (
	"fmt"

	"github.com/alecthomas/participle/v2/lexer"
)

// MaxNesting is how deeply brackets, sub-expressions, blocks, strings with
// sub-expressions and chains of prefix operators may nest in one script.
// Real scripts stay far below it; the bound keeps the parser's and the
// compiler's recursion well inside the Go stack, so hostile input gets a
// syntax error instead of a fatal stack overflow.
const MaxNesting = 256

// MaxStringParts is how many pieces (text, $variables, $( ) sub-
// expressions) one expandable string may have: the parser repeats at most
// a million times per construct, and a clear error beats its
// "Unexpected token".
const MaxStringParts = 100_000

var (
	nestingMsg     = fmt.Sprintf("The script is nested too deeply: at most %d levels of brackets, blocks, sub-expressions and prefix operators are allowed.", MaxNesting)
	stringPartsMsg = fmt.Sprintf("The string has too many parts: at most %d pieces of text, variables and sub-expressions are allowed in one string; build it from smaller strings.", MaxStringParts)
)

// nestingError is the positioned error for a token past MaxNesting.
func nestingError(p Pos) *Error {
	return &Error{Pos: p, Msg: nestingMsg, Len: 1}
}

// openFrame is a bracket or string checkNesting has seen open.
type openFrame struct {
	restore int  // the depth when it opened
	str     bool // an expandable string
	parts   int  // its parts so far
}

// checkNesting scans the tokens before participle sees them: every opener
// (and the run of prefix operators and casts in front of it) adds a level
// until its closer. It returns the error at the first token past
// MaxNesting (or MaxStringParts), or nil.
func checkNesting(toks []lexer.Token) *Error {
	var stack []openFrame
	depth, run := 0, 0
	for i := range toks {
		t := &toks[i]
		if n := len(stack); n > 0 && stack[n-1].str {
			if stack[n-1].parts++; stack[n-1].parts > MaxStringParts {
				return &Error{Pos: t.Pos, Msg: stringPartsMsg, Len: 1}
			}
		}
		switch t.Type {
		case tLParen, tLBrace, tAtParen, tDollarParen, tAtBrace, tLIndex, tLCall, tAttrOpen, tStrOpen:
			stack = append(stack, openFrame{restore: depth, str: t.Type == tStrOpen})
			if t.Type == tAttrOpen { // `[Name(` closes with `)` and `]`
				stack = append(stack, openFrame{restore: depth})
			}
			depth += run + 1
			run = 0
		case tRParen, tRBrace, tRBracket, tStrClose:
			if n := len(stack); n > 0 {
				depth, stack = stack[n-1].restore, stack[:n-1]
			}
			run = 0
			continue
		case tPrefixOp, tUnaryOp, tIncDec, tComma, tTypeLit, tOp, tCallOp:
			// A chain of operators (`- - - 1`, `! ! 1`, `[int][int]1`,
			// `, , 1`) nests in the grammar as brackets do.
			run++
		default:
			run = 0
			continue
		}
		if depth+run > MaxNesting {
			return nestingError(t.Pos)
		}
	}
	return nil
}
