package syntax

import (
	"context"
	"strings"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// chunkTokens is about how many tokens participle parses at once. While it
// parses, participle keeps every deferred field assignment of the pending
// top-level branch, so a long script parsed in one piece holds kilobytes
// per line until the end; parsed in chunks of top-level statements, the
// memory a parse needs is bounded by the chunk, not the script.
const chunkTokens = 8192

// parseTokens parses a token stream (ending in EOF) in chunks of top-level
// statements and joins them into one script block. A chunk that does not
// parse as plain statements (a param block, named blocks, a syntax error)
// makes it parse the whole stream in one piece, so errors are exactly
// those of the whole parse.
func parseTokens(ctx context.Context, p *participle.Parser[ScriptBlock], toks []lexer.Token) (*ScriptBlock, error) {
	cuts := chunkCuts(toks)
	if len(cuts) == 0 {
		return parseAll(p, toks)
	}
	var sb *ScriptBlock
	start := 0
	for i := 0; i <= len(cuts); i++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		end := len(toks) - 1 // the EOF token
		if i < len(cuts) {
			end = cuts[i]
		}
		chunk := make([]lexer.Token, end-start, end-start+1)
		copy(chunk, toks[start:end])
		chunk = append(chunk, lexer.Token{Type: lexer.EOF, Pos: toks[end].Pos})
		part, err := parseAll(p, chunk)
		if err != nil || (sb != nil && (part.Param != nil || len(part.Attributes) > 0 || len(part.Named) > 0)) ||
			(sb == nil && len(part.Named) > 0) {
			return parseAll(p, toks)
		}
		if sb == nil {
			sb = part
		} else {
			sb.Statements = append(sb.Statements, part.Statements...)
			sb.EndPos = part.EndPos
		}
		start = end
	}
	return sb, nil
}

func parseAll(p *participle.Parser[ScriptBlock], toks []lexer.Token) (*ScriptBlock, error) {
	pl, _ := lexer.Upgrade(&replay{toks: toks})
	return p.ParseFromLexer(pl)
}

// chunkCuts returns the token indexes where a chunk may start: after a
// top-level separator, every chunkTokens tokens or so, never before a
// keyword that continues the statement before it (else, catch, ...).
func chunkCuts(toks []lexer.Token) []int {
	var cuts []int
	depth, last := 0, 0
	for i := 0; i+1 < len(toks); i++ {
		switch toks[i].Type {
		case tLParen, tLBrace, tAtParen, tDollarParen, tAtBrace, tLIndex, tLCall, tStrOpen:
			depth++
		case tAttrOpen:
			depth += 2
		case tRParen, tRBrace, tRBracket, tStrClose:
			depth--
		case tSep:
			next := toks[i+1]
			if depth != 0 || i-last < chunkTokens || next.Type == tSep || next.Type == lexer.EOF ||
				(next.Type == tKeyword && afterBrace[strings.ToLower(next.Value)]) {
				continue
			}
			cuts = append(cuts, i+1)
			last = i + 1
		}
	}
	return cuts
}
