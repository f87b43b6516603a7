package syntax

import (
	"sort"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// mode is what the scanner expects next.
type mode int

const (
	mStmt     mode = iota // statement start: keywords, labels, command names
	mCmdStart             // after `|`: a command name, no keywords
	mCmd                  // command arguments
	mExpr                 // expression
	mFuncName             // after `function` / `filter`
	mHashKey              // a hashtable key
)

type frameKind int

const (
	fTop     frameKind = iota
	fParen             // ( statement )
	fSub               // $( ) @( )
	fBlock             // { }
	fHash              // @{ }
	fIndex             // [ ] after a value
	fAttr              // [Name( ... )]
	fCall              // method call arguments
	fParams            // param( ) / function f( )
	fFor               // for ( ; ; )
	fForeach           // foreach ( $x in ... )
)

type frame struct {
	kind    frameKind
	closer  byte
	restore mode
	open    int  // index of the opening token
	openOff int  // source offset just after the opener
	stmtIdx int  // token index where the current statement began, -1 if none
	first   bool // the opener began a statement
	clauses bool // a switch body: each clause body ends a clause
}

// scanner turns PowerShell source into participle tokens.
type scanner struct {
	file       string
	src        string
	off        int
	toks       []lexer.Token
	frames     []frame
	mode       mode
	space      bool // whitespace seen since the last token
	nextParen  frameKind
	cmdName    bool // the next bare word in command mode is a command name
	noParams   bool // after `--`: dash words are plain arguments
	blockEnd   bool // a statement block just closed in expression mode
	blockFirst bool // ... and it began its statement (a script block literal)
	attrClose  int  // index of the `]` that closed the last attribute
	switchAt   int  // frame depth+1 of a `switch` keyword awaiting its body, 0 if none
	err        *Error
	lineStarts []int
	colLine    int // cache for pos: line index, offset and column
	colOff     int
	colCol     int
}

// tokenize lexes src completely. The error, if any, is the first lexical
// problem (unterminated string, unclosed bracket); tokens are still
// returned so the parser can report an earlier syntax error.
func tokenize(file, src string) ([]lexer.Token, *Error) {
	s := &scanner{file: file, src: src, lineStarts: []int{0}, attrClose: -1, colLine: -1}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			s.lineStarts = append(s.lineStarts, i+1)
		}
	}
	s.frames = []frame{{kind: fTop, stmtIdx: 0}}
	s.run(0)
	if len(s.frames) > 1 {
		f := s.frames[len(s.frames)-1]
		s.fail(s.toks[f.open].Pos, missingCloser(f), true)
	}
	s.toks = append(s.toks, lexer.Token{Type: lexer.EOF, Pos: s.pos(len(src))})
	return s.toks, s.err
}

func missingCloser(f frame) string {
	switch f.kind {
	case fBlock:
		return "Missing closing '}' in statement block or type definition."
	case fHash:
		return "Missing closing '}' in hash literal."
	case fSub:
		return "Missing closing ')' in subexpression."
	case fIndex:
		return "Missing ']' after array index expression."
	case fAttr:
		return "Missing closing ')' in attribute argument list."
	case fCall:
		return "Missing closing ')' in method call."
	case fParams:
		return "Missing ')' in function parameter list."
	}
	return "Missing closing ')' in expression."
}

func (s *scanner) fail(p Pos, msg string, incomplete bool) {
	if s.err == nil {
		s.err = &Error{Pos: p, Msg: msg, Incomplete: incomplete, Len: 1}
	}
}

func (s *scanner) pos(off int) Pos {
	i := sort.Search(len(s.lineStarts), func(i int) bool { return s.lineStarts[i] > off }) - 1
	ls := s.lineStarts[i]
	col := 0
	if s.colLine == i && s.colOff <= off && s.colOff >= ls {
		col = s.colCol + utf8.RuneCountInString(s.src[s.colOff:off])
	} else {
		col = utf8.RuneCountInString(s.src[ls:off]) + 1
	}
	s.colLine, s.colOff, s.colCol = i, off, col
	return Pos{Filename: s.file, Offset: off, Line: i + 1, Column: col}
}

func (s *scanner) top() *frame { return &s.frames[len(s.frames)-1] }

// emit appends a token that starts at offset start.
func (s *scanner) emit(t lexer.TokenType, v string, start int) {
	s.toks = append(s.toks, lexer.Token{Type: t, Value: v, Pos: s.pos(start)})
	s.space = false
}

func (s *scanner) last() lexer.TokenType {
	if len(s.toks) == 0 {
		return 0
	}
	return s.toks[len(s.toks)-1].Type
}

// prevValue reports whether the last token ends an operand.
func (s *scanner) prevValue() bool {
	switch s.last() {
	case tVariable, tNumber, tSQString, tStrClose, tRParen, tRBracket, tRBrace,
		tIdent, tTypeLit, tGeneric:
		return true
	}
	return false
}

func (s *scanner) peek(i int) byte {
	if s.off+i < len(s.src) {
		return s.src[s.off+i]
	}
	return 0
}

// run lexes until EOF or until the frame count drops below stop.
func (s *scanner) run(stop int) {
	for s.off < len(s.src) && len(s.frames) > stop {
		s.skipSpace()
		if s.off >= len(s.src) {
			return
		}
		c := s.src[s.off]
		if s.blockEnd {
			s.blockEnd = false
			if s.startsStatement() {
				s.separator(";", s.off)
			}
		}
		switch c {
		case '\n', '\r':
			s.newline()
			continue
		case ';':
			s.off++
			s.separator(";", s.off-1)
			continue
		case ')', '}', ']':
			s.close(c)
			continue
		case '&':
			if s.peek(1) == '&' {
				s.chainOp("&&")
				continue
			}
		case '|':
			if s.peek(1) == '|' {
				s.chainOp("||")
				continue
			}
			s.off++
			s.emit(tPipe, "|", s.off-1)
			s.mode = mCmdStart
			s.top().stmtIdx = -1
			continue
		}
		if s.mode != mCmd {
			s.noParams = false
		}
		switch s.mode {
		case mStmt, mCmdStart:
			s.lexStart()
		case mCmd:
			s.lexArg()
		case mFuncName:
			start := s.off
			w, _ := s.scanWord(s.off, "(){};|,= \t\r\n", false)
			if w == "" {
				s.mode = mExpr
				s.lexExpr()
				continue
			}
			s.emit(tGeneric, w, start)
			s.mode = mExpr
			s.nextParen = fParams
		case mHashKey:
			if isWordStart(s.src, s.off) && !isDigit(c) {
				start := s.off
				w, _ := s.scanWord(s.off, "=;}{()|, \t\r\n\"'", false)
				s.emit(tGeneric, w, start)
				s.mode = mExpr
				continue
			}
			s.mode = mExpr
			s.lexExpr()
		default:
			s.lexExpr()
		}
	}
}

// push opens a frame whose opener token was just emitted.
func (s *scanner) push(kind frameKind, closer byte, inner mode) {
	restore := mExpr
	if s.mode == mCmd {
		restore = mCmd
	}
	f := frame{kind: kind, closer: closer, restore: restore, open: len(s.toks) - 1,
		openOff: s.off, stmtIdx: -1, first: s.top().stmtIdx == len(s.toks)-1}
	if kind == fBlock && s.switchAt == len(s.frames)+1 {
		f.clauses, s.switchAt = true, 0
	}
	switch kind {
	case fParen, fSub, fBlock, fFor:
		f.stmtIdx = len(s.toks)
	}
	s.frames = append(s.frames, f)
	s.mode = inner
	s.cmdName = false
}

func (s *scanner) close(c byte) {
	start := s.off
	s.off++
	f := s.top()
	if len(s.frames) == 1 || f.closer != c {
		s.emit(tUnknown, string(c), start)
		return
	}
	s.frames = s.frames[:len(s.frames)-1]
	switch c {
	case ')':
		s.emit(tRParen, ")", start)
	case '}':
		if s.toks[f.open].Type == tLBrace {
			s.toks[f.open].Value = s.src[f.openOff:start]
		}
		s.emit(tRBrace, "}", start)
	default:
		s.emit(tRBracket, "]", start)
	}
	s.mode = f.restore
	if f.kind == fBlock && f.restore == mExpr {
		s.blockEnd, s.blockFirst = true, f.first
	}
	// `switch (x) { a { 'A' } b { 'B' } }`: a clause body ends its clause
	// even when a bare-word pattern left the scanner in argument mode.
	if f.kind == fBlock && s.top().clauses {
		s.blockEnd, s.blockFirst = true, false
	}
	// `param(...) $x` and `param(...) process {}` on one line: a statement
	// (or named block) may follow the param block without a separator.
	if f.kind == fParams && f.open > 0 && s.toks[f.open-1].Type == tKeyword && s.toks[f.open-1].Value == "param" {
		s.mode = mStmt
		s.blockEnd, s.blockFirst = true, false
	}
	if f.kind == fAttr {
		s.skipSpace()
		if s.peek(0) == ']' {
			s.off++
			s.emit(tRBracket, "]", s.off-1)
			s.attrClose = len(s.toks) - 1
		}
		if f.first { // `[CmdletBinding()] param(...)` on one line
			s.mode = mStmt
			s.top().stmtIdx = len(s.toks)
		}
	}
}

// chainOp lexes the pipeline chain operators && and || (PowerShell 7): a
// new pipeline, expression or command, follows.
func (s *scanner) chainOp(op string) {
	s.off += 2
	s.emit(tChainOp, op, s.off-2)
	s.mode = mStmt
	s.top().stmtIdx = -1
}
