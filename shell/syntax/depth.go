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

// nestingMsg is the error for input nested deeper than MaxNesting.
var nestingMsg = fmt.Sprintf("The script is nested too deeply: at most %d levels of brackets, blocks, sub-expressions and prefix operators are allowed.", MaxNesting)

// nestingError is the positioned error for a token past MaxNesting.
func nestingError(p Pos) *Error {
	return &Error{Pos: p, Msg: nestingMsg, Len: 1}
}

// checkNesting scans the tokens before participle sees them: every opener
// (and the run of prefix operators and casts in front of it) adds a level
// until its closer. It returns the error at the first token past
// MaxNesting, or nil.
func checkNesting(toks []lexer.Token) *Error {
	var stack []int // the depth to restore when each open bracket closes
	depth, run := 0, 0
	for i := range toks {
		t := &toks[i]
		switch t.Type {
		case tLParen, tLBrace, tAtParen, tDollarParen, tAtBrace, tLIndex, tLCall, tAttrOpen, tStrOpen:
			stack = append(stack, depth)
			if t.Type == tAttrOpen { // `[Name(` closes with `)` and `]`
				stack = append(stack, depth)
			}
			depth += run + 1
			run = 0
		case tRParen, tRBrace, tRBracket, tStrClose:
			if n := len(stack); n > 0 {
				depth, stack = stack[n-1], stack[:n-1]
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
