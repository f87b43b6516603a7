package syntax

import (
	"io"

	"github.com/alecthomas/participle/v2/lexer"
)

// Token types handed to participle.
const (
	tSep lexer.TokenType = iota + 1
	tPipe
	tLParen
	tRParen
	tLBrace
	tRBrace
	tAtParen
	tDollarParen
	tAtBrace
	tLIndex
	tLCall
	tRBracket
	tComma
	tDot
	tDColon
	tOp
	tUnaryOp
	tPrefixOp
	tIncDec
	tAssignOp
	tAssignMark
	tNumber
	tVariable
	tSplat
	tSQString
	tStrOpen
	tStrText
	tStrClose
	tGeneric
	tCmdName
	tIdent
	tKeyword
	tParam
	tParamColon
	tRedir
	tRedirMerge
	tTypeLit
	tAttrOpen
	tCallOp
	tLabel
	tChainOp
	tQuestion
	tColon
	tUnknown
)

var symbols = map[string]lexer.TokenType{
	"EOF": lexer.EOF, "Sep": tSep, "Pipe": tPipe, "LParen": tLParen, "RParen": tRParen,
	"LBrace": tLBrace, "RBrace": tRBrace, "AtParen": tAtParen, "DollarParen": tDollarParen,
	"AtBrace": tAtBrace, "LIndex": tLIndex, "LCall": tLCall, "RBracket": tRBracket,
	"Comma": tComma, "Dot": tDot, "DColon": tDColon, "Op": tOp, "UnaryOp": tUnaryOp,
	"PrefixOp": tPrefixOp, "IncDec": tIncDec,
	"AssignOp": tAssignOp, "AssignMark": tAssignMark, "Number": tNumber, "Variable": tVariable,
	"Splat": tSplat, "SQString": tSQString, "StrOpen": tStrOpen, "StrText": tStrText,
	"StrClose": tStrClose, "Generic": tGeneric, "CmdName": tCmdName, "Ident": tIdent,
	"Keyword": tKeyword, "Param": tParam, "ParamColon": tParamColon, "Redir": tRedir,
	"RedirMerge": tRedirMerge, "TypeLit": tTypeLit, "AttrOpen": tAttrOpen, "CallOp": tCallOp,
	"Label": tLabel, "ChainOp": tChainOp, "Question": tQuestion, "Colon": tColon, "Unknown": tUnknown,
}

// Definition is the mode-aware PowerShell lexer as a participle
// lexer.Definition. Lexing errors (an unterminated string, an unclosed
// brace) are reported by Parse as *Error values.
type Definition struct{}

// Symbols implements lexer.Definition.
func (Definition) Symbols() map[string]lexer.TokenType { return symbols }

// Lex implements lexer.Definition.
func (d Definition) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return d.LexString(filename, string(b))
}

// LexString implements lexer.StringDefinition.
func (Definition) LexString(filename, src string) (lexer.Lexer, error) {
	toks, _ := tokenize(filename, src)
	return &replay{toks: toks}, nil
}

// replay hands out pre-lexed tokens.
type replay struct {
	toks []lexer.Token
	i    int
}

func (r *replay) Next() (lexer.Token, error) {
	if r.i >= len(r.toks) {
		return r.toks[len(r.toks)-1], nil
	}
	t := r.toks[r.i]
	r.i++
	return t, nil
}

var keywords = map[string]bool{
	"if": true, "elseif": true, "else": true, "switch": true, "foreach": true, "for": true,
	"while": true, "do": true, "until": true, "function": true, "filter": true, "try": true,
	"catch": true, "finally": true, "trap": true, "throw": true, "return": true, "break": true,
	"continue": true, "exit": true, "param": true, "begin": true, "process": true, "end": true,
}

// afterBrace are keywords recognised right after a closing brace.
var afterBrace = map[string]bool{
	"else": true, "elseif": true, "catch": true, "finally": true, "while": true, "until": true,
}

// comparisonOps is the comparison precedence group (reference 1.28).
var comparisonOps = buildComparisonOps()

var unaryOnly = map[string]bool{"-not": true, "-bnot": true}

func buildComparisonOps() map[string]bool {
	comparisonOps := map[string]bool{}
	for _, b := range []string{"eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "match",
		"notmatch", "contains", "notcontains", "in", "notin", "replace", "split"} {
		comparisonOps["-"+b] = true
		comparisonOps["-c"+b] = true
		comparisonOps["-i"+b] = true
	}
	for _, b := range []string{"join", "is", "isnot", "as", "shl", "shr"} {
		comparisonOps["-"+b] = true
	}
	return comparisonOps
}

// dashOp classifies a lower-case `-word` in expression mode.
func dashOp(w string) (lexer.TokenType, bool) {
	switch {
	case unaryOnly[w]:
		return tUnaryOp, true
	case w == "-split" || w == "-isplit" || w == "-csplit" || w == "-join":
		return tPrefixOp, true
	case comparisonOps[w], w == "-f", w == "-and", w == "-or", w == "-xor",
		w == "-band", w == "-bor", w == "-bxor":
		return tOp, true
	}
	return 0, false
}
