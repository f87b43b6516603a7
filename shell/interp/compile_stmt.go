package interp

import (
	"errors"
	"fmt"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell/syntax"
)

type (
	evalFn func(in *Interp) (any, error)
	execFn func(in *Interp, out func(any) error) error
)

// compiler turns one source's syntax tree into closures.
type compiler struct {
	src *source
	// in is the session compiling: attribute arguments (constants) and
	// validation script blocks are evaluated in it.
	in *Interp
	// primaries counts the primary expressions compiled, which tests use
	// to see that compiling is linear in the size of the tree.
	primaries int
}

// block is a compiled statement list.
type block struct {
	stmts []execFn
	traps []*trapHandler
	poss  []pipeline.Position
}

func (c *compiler) statements(list []syntax.Statement) *block {
	b := &block{}
	for _, s := range list {
		if t, ok := s.(*syntax.TrapStmt); ok {
			b.traps = append(b.traps, c.trap(t))
			continue
		}
		b.stmts = append(b.stmts, c.statement(s))
		b.poss = append(b.poss, c.stmtPos(s))
	}
	return b
}

// run executes the statements. A statement-terminating error is shown and
// the next statement runs, as PowerShell does; traps see terminating errors
// first.
func (b *block) run(in *Interp, out func(any) error) error {
	for i, s := range b.stmts {
		if err := in.step(); err != nil {
			return err
		}
		err := s(in, out)
		if err == nil {
			continue
		}
		if isControl(err) {
			return err
		}
		if len(b.traps) > 0 && !pipeline.IsPipelineStopped(err) && !pipeline.IsStopped(err) {
			handled, terr := in.runTraps(b.traps, err, out)
			if terr != nil {
				return terr
			}
			if handled {
				continue
			}
		}
		if in.tryDepth == 0 && in.suppressThrow(err) {
			continue
		}
		if scriptTerminating(err) || in.tryDepth > 0 {
			return err
		}
		if in.stopPreference() {
			// $ErrorActionPreference = 'Stop' makes statement-terminating
			// errors end the script too.
			return escalate(err)
		}
		in.reportError(err, b.poss[i])
	}
	return nil
}

func (c *compiler) stmtPos(s syntax.Statement) pipeline.Position {
	start, end := stmtSpan(s)
	return c.src.pos(start, end)
}

func (c *compiler) statement(s syntax.Statement) execFn {
	switch s := s.(type) {
	case *syntax.Pipeline:
		return c.pipeline(s)
	case *syntax.AssignStmt:
		return c.assign(s)
	case *syntax.IfStmt:
		return c.ifStmt(s)
	case *syntax.WhileStmt:
		return c.whileStmt(s)
	case *syntax.DoStmt:
		return c.doStmt(s)
	case *syntax.ForStmt:
		return c.forStmt(s)
	case *syntax.ForeachStmt:
		return c.foreachStmt(s)
	case *syntax.SwitchStmt:
		return c.switchStmt(s)
	case *syntax.FunctionDef:
		return c.functionDef(s)
	case *syntax.TryStmt:
		return c.tryStmt(s)
	case *syntax.ThrowStmt:
		return c.throwStmt(s)
	case *syntax.ReturnStmt:
		return c.returnStmt(s)
	case *syntax.ExitStmt:
		return c.exitStmt(s)
	case *syntax.BreakStmt:
		label := s.Label
		return func(*Interp, func(any) error) error { return &breakSignal{label: label} }
	case *syntax.ContinueStmt:
		label := s.Label
		return func(*Interp, func(any) error) error { return &continueSignal{label: label} }
	case *syntax.TrapStmt:
		return func(*Interp, func(any) error) error { return nil }
	}
	return func(*Interp, func(any) error) error {
		return fmt.Errorf("psh: statement %T is not supported", s)
	}
}

// value compiles a statement used as a value (assignment right side, if
// condition, paren expression): its output collected as PowerShell does,
// nil for none, the object for one, an array for several.
func (c *compiler) value(s syntax.Statement) evalFn {
	if p, ok := s.(*syntax.Pipeline); ok && len(p.Commands) == 0 && p.Expr != nil && len(p.Expr.Redirects) == 0 {
		return c.expr(p.Expr.Expr)
	}
	if a, ok := s.(*syntax.AssignStmt); ok {
		run := c.assignValue(a)
		return run
	}
	ex := c.statement(s)
	return func(in *Interp) (any, error) {
		col := in.newCollector()
		err := ex(in, col.add)
		if err != nil {
			return nil, keepOutput(err, col.out)
		}
		return collapse(col.out), nil
	}
}

// collapse turns collected output into a value: nil, the single object, or
// the array.
func collapse(out []any) any {
	switch len(out) {
	case 0:
		return nil
	case 1:
		return out[0]
	}
	return out
}

func (c *compiler) cond(s syntax.Statement) func(in *Interp) (bool, error) {
	v := c.value(s)
	return func(in *Interp) (bool, error) {
		x, err := v(in)
		if err != nil {
			return false, err
		}
		return pipeline.ToBool(x), nil
	}
}

func (c *compiler) body(b *syntax.StatementBlock) *block {
	if b == nil {
		return &block{}
	}
	return c.statements(b.Statements)
}

func (c *compiler) ifStmt(s *syntax.IfStmt) execFn {
	type clause struct {
		cond func(*Interp) (bool, error)
		body *block
	}
	var clauses []clause
	for _, cl := range s.Clauses {
		clauses = append(clauses, clause{c.cond(cl.Cond), c.body(cl.Body)})
	}
	var elseBody *block
	if s.Else != nil {
		elseBody = c.body(s.Else)
	}
	return func(in *Interp, out func(any) error) error {
		for _, cl := range clauses {
			ok, err := cl.cond(in)
			if err != nil {
				return err
			}
			if ok {
				return cl.body.run(in, out)
			}
		}
		if elseBody != nil {
			return elseBody.run(in, out)
		}
		return nil
	}
}

func (c *compiler) whileStmt(s *syntax.WhileStmt) execFn {
	cond, body, label := c.cond(s.Cond), c.body(s.Body), s.Label
	return func(in *Interp, out func(any) error) error {
		for {
			ok, err := cond(in)
			if err != nil {
				return err
			}
			if !ok {
				return nil
			}
			if err := in.checkCancel(); err != nil {
				return err
			}
			if brk, err := body.iterate(in, out, label); brk || err != nil {
				return err
			}
		}
	}
}

func (c *compiler) doStmt(s *syntax.DoStmt) execFn {
	cond, body, label, until := c.cond(s.Cond), c.body(s.Body), s.Label, s.Until
	return func(in *Interp, out func(any) error) error {
		for {
			if err := in.checkCancel(); err != nil {
				return err
			}
			if brk, err := body.iterate(in, out, label); brk || err != nil {
				return err
			}
			ok, err := cond(in)
			if err != nil {
				return err
			}
			if ok == until {
				return nil
			}
		}
	}
}

func (c *compiler) forStmt(s *syntax.ForStmt) execFn {
	var init, step execFn
	if s.Init != nil {
		init = c.statement(s.Init)
	}
	if s.Step != nil {
		step = c.statement(s.Step)
	}
	var cond func(*Interp) (bool, error)
	if s.Cond != nil {
		cond = c.cond(s.Cond)
	}
	body, label := c.body(s.Body), s.Label
	return func(in *Interp, out func(any) error) error {
		if init != nil {
			if err := init(in, out); err != nil {
				return err
			}
		}
		for {
			if cond != nil {
				ok, err := cond(in)
				if err != nil {
					return err
				}
				if !ok {
					return nil
				}
			}
			if err := in.checkCancel(); err != nil {
				return err
			}
			if brk, err := body.iterate(in, out, label); brk || err != nil {
				return err
			}
			if step != nil {
				if err := step(in, out); err != nil {
					return err
				}
			}
		}
	}
}

func (c *compiler) foreachStmt(s *syntax.ForeachStmt) execFn {
	coll := c.producer(s.Collection)
	body, label := c.body(s.Body), s.Label
	name := s.Var.Name
	return func(in *Interp, out func(any) error) error {
		v := in.varRef(name)
		errStop := errors.New("stop")
		var inner error
		err := coll(in, func(x any) error {
			if err := in.checkCancel(); err != nil {
				inner = err
				return errStop
			}
			if err := in.assignVar(v, x); err != nil {
				inner = err
				return errStop
			}
			if brk, err := body.iterate(in, out, label); brk || err != nil {
				inner = err
				return errStop
			}
			return nil
		}, true)
		if err == errStop {
			return inner
		}
		return err
	}
}

// varRef returns the variable a loop assigns, creating it in the current
// scope.
func (in *Interp) varRef(name string) *variable {
	qual, rest := splitScope(name)
	key := toLower(rest)
	if qual == "" {
		if v, ok := in.cur.vars[key]; ok {
			return v
		}
	}
	return in.scopeFor(qual).local(key, rest)
}

// keepOutput attaches output collected so far to a return unwinding
// through a value context, so the function still emits it.
func keepOutput(err error, out []any) error {
	if r, ok := err.(*returnSignal); ok && len(out) > 0 {
		r.values = append(append([]any(nil), out...), r.values...)
	}
	return err
}

// suppressThrow implements PowerShell's surprise (reference 3.3): outside
// any try, a thrown error under $ErrorActionPreference SilentlyContinue or
// Ignore (e.g. an advanced function called with -ErrorAction
// SilentlyContinue) is recorded (not under Ignore) and the next statement
// runs.
func (in *Interp) suppressThrow(err error) bool {
	var rec *pipeline.ErrorRecord
	if !errors.As(err, &rec) || !rec.FromThrow {
		return false
	}
	switch pipeline.ParsePreference(in.lookupValue("erroractionpreference"), pipeline.Continue) {
	case pipeline.SilentlyContinue:
		in.recordError(rec)
		return true
	case pipeline.Ignore:
		return true
	}
	return false
}

// iterate runs one pass of a loop body: brk reports a break out of this
// loop; err is any other error (a continue for this loop is no error).
func (b *block) iterate(in *Interp, out func(any) error, label string) (brk bool, err error) {
	if err := b.run(in, out); err != nil {
		brk, _, err := loopSignal(err, label)
		return brk, err
	}
	return false, nil
}

// stopPreference reports whether $ErrorActionPreference is Stop.
func (in *Interp) stopPreference() bool {
	return pipeline.ParsePreference(in.lookupValue("erroractionpreference"), pipeline.Continue) == pipeline.Stop
}

// escalate marks a terminating error as ending the script.
func escalate(err error) error {
	var rec *pipeline.ErrorRecord
	if errors.As(err, &rec) {
		r := *rec
		r.Terminating, r.ScriptTerminating = true, true
		return &r
	}
	return err
}
