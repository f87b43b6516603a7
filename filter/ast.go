package filter

import (
	"strings"
)

// Kind is the kind of an Expr node.
type Kind int

// The kinds of Expr nodes.
const (
	Compare Kind = iota // Property -Op Value
	And                 // Left -and Right
	Or                  // Left -or Right
	Not                 // -not Left
)

// Op is a comparison operator.
type Op int

// The comparison operators.
const (
	Eq Op = iota
	Ne
	Lt
	Gt
	Le
	Ge
	Like
	NotLike
)

var opNames = [...]string{"eq", "ne", "lt", "gt", "le", "ge", "like", "notlike"}

// String returns the operator as written in a filter, e.g. "-eq".
func (o Op) String() string {
	if o < 0 || int(o) >= len(opNames) {
		return "-?"
	}
	return "-" + opNames[o]
}

// opByName maps a lower-case operator name without '-' to its Op.
func opByName(name string) (Op, bool) {
	for i, n := range opNames {
		if n == name {
			return Op(i), true
		}
	}
	return 0, false
}

// ValueKind is how a value was written in the filter.
type ValueKind int

// The kinds of values.
const (
	Quoted ValueKind = iota // 'text' or "text"
	Word                    // bare word, e.g. UserMailbox
	Number                  // bare integer, e.g. 500 or -2147483645
	True                    // $true
	False                   // $false
	Null                    // $null
)

// Value is the right-hand side of a comparison as written.
type Value struct {
	Kind ValueKind
	Text string // unescaped text for Quoted, Word and Number
	Pos  int    // byte offset of the value in the filter text
}

// String returns the value in filter syntax.
func (v Value) String() string {
	switch v.Kind {
	case Quoted:
		return quoteString(v.Text)
	case True:
		return "$true"
	case False:
		return "$false"
	case Null:
		return "$null"
	}
	return v.Text
}

func quoteString(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

// Expr is a node of a parsed filter.
type Expr struct {
	Kind  Kind
	Pos   int   // byte offset of the node's first token
	Left  *Expr // And, Or: left operand; Not: the operand
	Right *Expr // And, Or: right operand

	// Compare only.
	Property string // as written
	OpPos    int    // byte offset of the operator
	Op       Op
	Value    Value
}

// String returns the filter in a normalised, fully parenthesised form that
// parses back to the same tree (positions aside).
func (e *Expr) String() string {
	var b strings.Builder
	e.write(&b)
	return b.String()
}

func (e *Expr) write(b *strings.Builder) {
	switch e.Kind {
	case Compare:
		b.WriteString("(")
		b.WriteString(e.Property)
		b.WriteString(" ")
		b.WriteString(e.Op.String())
		b.WriteString(" ")
		b.WriteString(e.Value.String())
		b.WriteString(")")
	case And, Or:
		b.WriteString("(")
		e.Left.write(b)
		if e.Kind == And {
			b.WriteString(" -and ")
		} else {
			b.WriteString(" -or ")
		}
		e.Right.write(b)
		b.WriteString(")")
	case Not:
		b.WriteString("-not")
		e.Left.write(b)
	}
}
