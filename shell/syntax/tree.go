package syntax

// ExprNode is an expression with operator precedence applied: *BinaryExpr,
// *ArrayLiteral or *UnaryExpr (the leaves, which nest through Operand and
// Postfix). Build it with Expr.Tree or ArgExpr.Tree.
type ExprNode interface{ exprNode() }

// BinaryExpr is `Left Op Right` after precedence resolution. Op is lower
// case as written (`-ceq` stays `-ceq`).
type BinaryExpr struct {
	Pos   Pos // position of the operator
	Op    string
	Left  ExprNode
	Right ExprNode
}

// ArrayLiteral is `a, b, c` (two or more elements).
type ArrayLiteral struct {
	Pos   Pos
	Elems []*UnaryExpr
}

func (*BinaryExpr) exprNode()   {}
func (*ArrayLiteral) exprNode() {}
func (*UnaryExpr) exprNode()    {}

// Precedence returns the binding strength of binary operator op (higher
// binds tighter; reference 1.28) and false when op is not binary.
func Precedence(op string) (int, bool) {
	switch op {
	case "..":
		return 10, true
	case "-f":
		return 9, true
	case "*", "/", "%":
		return 8, true
	case "+", "-":
		return 7, true
	case "??":
		return 6, true
	case "-band", "-bor", "-bxor":
		return 4, true
	case "-and", "-or", "-xor":
		return 3, true
	}
	if comparisonOps[op] {
		return 5, true
	}
	return 0, false
}

// Tree returns the expression with PowerShell's precedence applied.
func (e *Expr) Tree() ExprNode {
	operands := []ExprNode{arrayNode(e.Left)}
	ops := make([]string, 0, len(e.Rest))
	poss := make([]Pos, 0, len(e.Rest))
	for _, t := range e.Rest {
		ops = append(ops, t.Op)
		poss = append(poss, t.Pos)
		operands = append(operands, arrayNode(t.Right))
	}
	return climb(operands, ops, poss)
}

// Tree returns the expression with PowerShell's precedence applied.
func (e *ArgExpr) Tree() ExprNode {
	operands := []ExprNode{e.Left}
	ops := make([]string, 0, len(e.Rest))
	poss := make([]Pos, 0, len(e.Rest))
	for _, t := range e.Rest {
		ops = append(ops, t.Op)
		poss = append(poss, t.Pos)
		operands = append(operands, t.Right)
	}
	return climb(operands, ops, poss)
}

func arrayNode(a *ArrayExpr) ExprNode {
	if len(a.Elems) == 1 {
		return a.Elems[0]
	}
	return &ArrayLiteral{Pos: a.Pos, Elems: a.Elems}
}

// climb builds a left-associative tree by precedence (shunting-yard).
func climb(operands []ExprNode, ops []string, poss []Pos) ExprNode {
	var out []ExprNode
	var stack []int // indexes into ops
	reduce := func() {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		r, l := out[len(out)-1], out[len(out)-2]
		out = out[:len(out)-2]
		out = append(out, &BinaryExpr{Pos: poss[i], Op: ops[i], Left: l, Right: r})
	}
	out = append(out, operands[0])
	for i, op := range ops {
		p, _ := Precedence(op)
		for len(stack) > 0 {
			q, _ := Precedence(ops[stack[len(stack)-1]])
			if q < p {
				break
			}
			reduce()
		}
		stack = append(stack, i)
		out = append(out, operands[i+1])
	}
	for len(stack) > 0 {
		reduce()
	}
	return out[0]
}
