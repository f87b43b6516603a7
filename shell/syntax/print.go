package syntax

import (
	"strings"
)

// String prints the script back as PowerShell source. The output parses to
// the same tree (positions and verbatim texts aside); layout is canonical.
func (n *ScriptBlock) String() string {
	var p printer
	p.scriptBlock(n)
	return p.String()
}

type printer struct{ strings.Builder }

func (p *printer) scriptBlock(n *ScriptBlock) {
	if n == nil {
		return
	}
	sep := ""
	next := func() { p.WriteString(sep); sep = "\n" }
	for _, a := range n.Attributes {
		next()
		p.attribute(a)
	}
	if n.Param != nil {
		next()
		p.WriteString("param(")
		p.params(n.Param.Params)
		p.WriteString(")")
	}
	for _, b := range n.Named {
		next()
		p.WriteString(b.Name + " ")
		p.block(b.Body)
	}
	for _, s := range n.Statements {
		next()
		p.stmt(s)
	}
}

func (p *printer) params(ps []*Parameter) {
	for i, x := range ps {
		if i > 0 {
			p.WriteString(", ")
		}
		for _, a := range x.Attributes {
			p.attribute(a)
		}
		for _, t := range x.Types {
			p.WriteString("[" + t.Name + "]")
		}
		p.variable(x.Name)
		if x.Default != nil {
			p.WriteString(" = ")
			p.argExpr(x.Default)
		}
	}
}

func (p *printer) attribute(a *Attribute) {
	p.WriteString("[" + a.Name + "(")
	for i, x := range a.Args {
		if i > 0 {
			p.WriteString(", ")
		}
		if x.Name != "" {
			p.WriteString(x.Name)
			if x.Value != nil {
				p.WriteString(" = ")
			}
		}
		if x.Value != nil {
			p.argExpr(x.Value)
		}
	}
	p.WriteString(")]")
}

func (p *printer) block(b *StatementBlock) {
	p.WriteString("{")
	p.stmts(b.Statements)
	p.WriteString("}")
}

func (p *printer) stmts(ss []Statement) {
	for i, s := range ss {
		if i > 0 {
			p.WriteString(";")
		}
		p.WriteString(" ")
		p.stmt(s)
	}
	if len(ss) > 0 {
		p.WriteString(" ")
	}
}

func (p *printer) label(l string) {
	if l != "" {
		p.WriteString(":" + l + " ")
	}
}

func (p *printer) optStmt(kw string, s Statement) {
	p.WriteString(kw)
	if s != nil {
		p.WriteString(" ")
		p.stmt(s)
	}
}

func (p *printer) stmt(s Statement) {
	switch s := s.(type) {
	case *AssignStmt:
		p.expr(s.Target)
		p.WriteString(" " + s.Op + " ")
		p.stmt(s.Value)
	case *Pipeline:
		p.pipeline(s)
	case *FunctionDef:
		p.WriteString(s.Kind + " " + cmdNameText(s.Name))
		if s.Parens {
			p.WriteString("(")
			p.params(s.Params)
			p.WriteString(")")
		}
		p.WriteString(" {\n")
		p.scriptBlock(s.Body)
		p.WriteString("\n}")
	case *IfStmt:
		for i, c := range s.Clauses {
			if i > 0 {
				p.WriteString(" else")
			}
			p.WriteString("if (")
			p.stmt(c.Cond)
			p.WriteString(") ")
			p.block(c.Body)
		}
		if s.Else != nil {
			p.WriteString(" else ")
			p.block(s.Else)
		}
	case *WhileStmt:
		p.label(s.Label)
		p.WriteString("while (")
		p.stmt(s.Cond)
		p.WriteString(") ")
		p.block(s.Body)
	case *DoStmt:
		p.label(s.Label)
		p.WriteString("do ")
		p.block(s.Body)
		if s.Until {
			p.WriteString(" until (")
		} else {
			p.WriteString(" while (")
		}
		p.stmt(s.Cond)
		p.WriteString(")")
	case *ForStmt:
		p.label(s.Label)
		p.WriteString("for (")
		for i, x := range []Statement{s.Init, s.Cond, s.Step} {
			if i > 0 {
				p.WriteString("; ")
			}
			if x != nil {
				p.stmt(x)
			}
		}
		p.WriteString(") ")
		p.block(s.Body)
	case *ForeachStmt:
		p.label(s.Label)
		p.WriteString("foreach (")
		p.variable(s.Var)
		p.WriteString(" in ")
		p.stmt(s.Collection)
		p.WriteString(") ")
		p.block(s.Body)
	case *SwitchStmt:
		p.switchStmt(s)
	case *TryStmt:
		p.WriteString("try ")
		p.block(s.Body)
		for _, c := range s.Catches {
			p.WriteString(" catch ")
			for i, t := range c.Types {
				if i > 0 {
					p.WriteString(", ")
				}
				p.WriteString("[" + t.Name + "]")
			}
			if len(c.Types) > 0 {
				p.WriteString(" ")
			}
			p.block(c.Body)
		}
		if s.Finally != nil {
			p.WriteString(" finally ")
			p.block(s.Finally)
		}
	case *TrapStmt:
		p.WriteString("trap ")
		if s.Type != nil {
			p.WriteString("[" + s.Type.Name + "] ")
		}
		p.block(s.Body)
	case *ThrowStmt:
		p.optStmt("throw", s.Value)
	case *ReturnStmt:
		p.optStmt("return", s.Value)
	case *ExitStmt:
		p.optStmt("exit", s.Value)
	case *BreakStmt:
		p.WriteString(strings.TrimSpace("break " + s.Label))
	case *ContinueStmt:
		p.WriteString(strings.TrimSpace("continue " + s.Label))
	}
}

func (p *printer) switchStmt(s *SwitchStmt) {
	p.label(s.Label)
	p.WriteString("switch")
	for _, o := range s.Options {
		p.WriteString(" " + o)
	}
	if s.File != nil {
		p.WriteString(" ")
		p.postfix(s.File)
	} else {
		p.WriteString(" (")
		p.stmt(s.Input)
		p.WriteString(")")
	}
	p.WriteString(" {")
	for i, c := range s.Clauses {
		if i > 0 {
			p.WriteString(";")
		}
		p.WriteString(" ")
		switch {
		case c.Default:
			p.WriteString("default")
		case c.Word != "":
			p.WriteString(cmdNameText(c.Word))
		default:
			p.postfix(c.Pattern)
		}
		p.WriteString(" ")
		p.block(c.Body)
	}
	p.WriteString(" }")
}

func (p *printer) pipeline(s *Pipeline) {
	sep := ""
	if s.Expr != nil {
		p.expr(s.Expr.Expr)
		for _, r := range s.Expr.Redirects {
			p.WriteString(" ")
			p.redirect(r)
		}
		sep = " | "
	}
	for _, c := range s.Commands {
		p.WriteString(sep)
		sep = " | "
		p.command(c)
	}
	for _, l := range s.Chain {
		p.WriteString(" " + l.Op + " ")
		p.pipeline(&Pipeline{Expr: l.Expr, Commands: l.Commands})
	}
}

func (p *printer) command(c *Command) {
	switch {
	case c.CallOp != "":
		p.WriteString(c.CallOp + " ")
		p.postfix(c.Target)
	default:
		p.WriteString(cmdNameText(c.Name))
	}
	for _, e := range c.Elements {
		p.WriteString(" ")
		switch {
		case e.Param != nil:
			p.WriteString(e.Param.Text())
			if e.Param.Arg != nil {
				p.cmdArg(e.Param.Arg)
			}
		case e.Splat != nil:
			p.WriteString("@" + e.Splat.Name)
		case e.Redirect != nil:
			p.redirect(e.Redirect)
		case e.Arg != nil:
			p.cmdArg(e.Arg)
		}
	}
}

func (p *printer) cmdArg(a *CommandArgument) {
	for i, v := range a.Values {
		if i > 0 {
			p.WriteString(",")
		}
		p.postfix(v)
	}
}

func (p *printer) redirect(r *Redirection) {
	if r.Merge != "" {
		p.WriteString(r.Merge)
		return
	}
	p.WriteString(r.Op + " ")
	p.postfix(r.Target)
}
