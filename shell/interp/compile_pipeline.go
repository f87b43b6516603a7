package interp

import (
	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell/syntax"
)

// argPlan is one compiled command element.
type argPlan struct {
	param  string // parameter name for -Name tokens
	text   string // the token as written
	colon  bool
	value  evalFn // nil for a plain -Name
	splat  string
	bare   bool
	pos    pipeline.Position
	isParm bool
	// literal is a number argument's source text.
	literal string
}

// cmdPlan is one compiled command of a pipeline.
type cmdPlan struct {
	name   string
	callOp string
	target evalFn
	args   []argPlan
	pos    pipeline.Position
}

func (c *compiler) pipeline(p *syntax.Pipeline) execFn {
	if len(p.Chain) > 0 {
		return c.chain(p)
	}
	var redirs []*syntax.Redirection
	var first evalFn
	var producer func(in *Interp, emit func(any) error) error
	if p.Expr != nil {
		// The expression is compiled once, as a value when it stands
		// alone and as a producer when it feeds commands: compiling it
		// both ways would double the work at every level of @(@(...)).
		redirs = append(redirs, p.Expr.Redirects...)
		if len(p.Commands) == 0 {
			first = c.expr(p.Expr.Expr)
		} else {
			producer = c.exprProducer(p.Expr.Expr, false)
		}
	}
	plans := make([]*cmdPlan, 0, len(p.Commands))
	lastRedir := -1
	for i, cmd := range p.Commands {
		plan := c.command(cmd)
		plans = append(plans, plan)
		for _, el := range cmd.Elements {
			if el.Redirect != nil {
				redirs = append(redirs, el.Redirect)
				lastRedir = i
			}
		}
	}
	rd := c.redirections(redirs)
	if lastRedir >= 0 && lastRedir < len(plans)-1 {
		// `cmd 2>&1 | next`: the redirection belongs to cmd, so what it
		// merges must reach next: run the head as its own pipeline
		// feeding the tail.
		head, tail := plans[:lastRedir+1], plans[lastRedir+1:]
		pos := c.src.pos(p.Pos, p.EndPos)
		return func(in *Interp, out func(any) error) error {
			return in.runSplit(head, tail, producer, rd, pos, out)
		}
	}
	pos := c.src.pos(p.Pos, p.EndPos)
	if len(plans) == 0 {
		discard := isIncrement(p.Expr.Expr)
		if len(redirs) == 0 {
			return func(in *Interp, out func(any) error) error {
				v, err := first(in)
				if err == nil && !discard {
					err = emitValue(v, out)
				}
				in.lastOK = err == nil
				return err
			}
		}
		return func(in *Interp, out func(any) error) error {
			r, err := rd.open(in, out)
			if err != nil {
				return rtError(pos, err)
			}
			v, err := first(in)
			if err == nil && !discard {
				err = emitValue(v, r.out)
			}
			in.lastOK = err == nil
			return r.close(err)
		}
	}
	return func(in *Interp, out func(any) error) error {
		return in.runPipeline(plans, producer, rd, pos, out)
	}
}

// emitValue writes an expression statement's value: collections unroll,
// $null is written as itself.
func emitValue(v any, out func(any) error) error {
	if v == nil {
		return out(nil)
	}
	if pipeline.IsEnumerable(v) {
		return pipeline.Enumerate(v, out)
	}
	return out(v)
}

func isIncrement(e *syntax.Expr) bool {
	if len(e.Rest) > 0 || len(e.Left.Elems) != 1 {
		return false
	}
	u := e.Left.Elems[0]
	if u.Op == "++" || u.Op == "--" {
		return true
	}
	return u.Postfix != nil && u.Postfix.PostOp != ""
}

func (c *compiler) command(cmd *syntax.Command) *cmdPlan {
	plan := &cmdPlan{name: cmd.Name, callOp: cmd.CallOp, pos: c.src.pos(cmd.Pos, cmd.EndPos)}
	if cmd.Target != nil {
		plan.target = c.postfix(cmd.Target)
	}
	for _, el := range cmd.Elements {
		switch {
		case el.Param != nil:
			a := argPlan{isParm: true, param: el.Param.Name(), text: el.Param.Text(), colon: el.Param.HasColon(),
				pos: c.src.pos(el.Param.Pos, el.Param.EndPos)}
			if el.Param.Arg != nil {
				a.value = c.cmdArg(el.Param.Arg)
				a.literal = numberText(el.Param.Arg)
			}
			plan.args = append(plan.args, a)
		case el.Splat != nil:
			plan.args = append(plan.args, argPlan{splat: el.Splat.Name, pos: c.src.pos(el.Splat.Pos, el.Splat.EndPos)})
		case el.Arg != nil:
			a := argPlan{value: c.cmdArg(el.Arg), bare: el.Arg.BareWord(), pos: c.src.pos(el.Arg.Pos, el.Arg.EndPos)}
			if bw, ok := el.Arg.Values[0].Primary.(*syntax.BareWord); ok && a.bare {
				a.text = bw.Text
			}
			a.literal = numberText(el.Arg)
			plan.args = append(plan.args, a)
		}
	}
	return plan
}

// numberText is the source text of an argument that is a lone number
// literal ("" otherwise), which a [string] or AsText parameter takes
// instead of the number: `Get-Mailbox 007` names 007.
func numberText(arg *syntax.CommandArgument) string {
	if len(arg.Values) != 1 || len(arg.Values[0].Suffixes) != 0 {
		return ""
	}
	if n, ok := arg.Values[0].Primary.(*syntax.Number); ok {
		return n.Text
	}
	return ""
}

// cmdArg compiles an argument: one value or a comma list (an array).
func (c *compiler) cmdArg(a *syntax.CommandArgument) evalFn {
	if len(a.Values) == 1 {
		return c.postfix(a.Values[0])
	}
	vals := make([]evalFn, len(a.Values))
	for i, v := range a.Values {
		vals[i] = c.postfix(v)
	}
	return func(in *Interp) (any, error) {
		out := make([]any, len(vals))
		for i, v := range vals {
			x, err := v(in)
			if err != nil {
				return nil, err
			}
			out[i] = x
		}
		return out, nil
	}
}

// evalArgs evaluates a command's arguments for the binder; @splat expands
// a hashtable to named arguments and an array to positional ones.
func (in *Interp) evalArgs(plan *cmdPlan) ([]pipeline.Argument, error) {
	args := make([]pipeline.Argument, 0, len(plan.args))
	endOfParams := false
	for _, a := range plan.args {
		if a.isParm && endOfParams {
			args = append(args, pipeline.Argument{Value: a.text, Pos: a.pos})
			continue
		}
		if !endOfParams && (a.isParm && a.text == "--" || a.bare && a.text == "--") {
			endOfParams = true
			continue
		}
		switch {
		case a.splat != "":
			v, _ := in.getVar(a.splat)
			if h, ok := v.(*pipeline.Hashtable); ok {
				for _, k := range h.Keys() {
					val, _ := h.Get(k)
					args = append(args, pipeline.Argument{IsParam: true, Name: pipeline.ToString(k), Value: val,
						HasValue: true, Splatted: true, Text: "-" + pipeline.ToString(k), Pos: a.pos})
				}
				continue
			}
			_ = pipeline.Enumerate(v, func(x any) error {
				args = append(args, pipeline.Argument{Value: x, Pos: a.pos})
				return nil
			})
		case a.isParm:
			arg := pipeline.Argument{IsParam: true, Name: a.param, Text: a.text, Pos: a.pos, Literal: a.literal}
			if a.value != nil {
				v, err := a.value(in)
				if err != nil {
					return nil, err
				}
				arg.Value, arg.HasValue = v, true
			}
			args = append(args, arg)
		default:
			v, err := a.value(in)
			if err != nil {
				return nil, err
			}
			args = append(args, pipeline.Argument{Value: v, Pos: a.pos, Literal: a.literal})
		}
	}
	return args, nil
}

// pipelineFed compiles a command pipeline whose input is given values
// (shell.Invoke with input).
func (c *compiler) pipelineFed(p *syntax.Pipeline, input []any) execFn {
	var redirs []*syntax.Redirection
	plans := make([]*cmdPlan, 0, len(p.Commands))
	for _, cmd := range p.Commands {
		plans = append(plans, c.command(cmd))
		for _, el := range cmd.Elements {
			if el.Redirect != nil {
				redirs = append(redirs, el.Redirect)
			}
		}
	}
	rd := c.redirections(redirs)
	pos := c.src.pos(p.Pos, p.EndPos)
	producer := func(in *Interp, emit func(any) error) error {
		for _, v := range input {
			if err := emit(v); err != nil {
				return err
			}
		}
		return nil
	}
	return func(in *Interp, out func(any) error) error {
		return in.runPipeline(plans, producer, rd, pos, out)
	}
}

// chain compiles `a && b || c`: each link runs when the previous pipeline
// succeeded (&&) or failed (||), judged by $?, left to right.
func (c *compiler) chain(p *syntax.Pipeline) execFn {
	first := c.pipeline(&syntax.Pipeline{Pos: p.Pos, EndPos: p.EndPos, Expr: p.Expr, Commands: p.Commands})
	type link struct {
		and bool
		run execFn
	}
	links := make([]link, len(p.Chain))
	for i, l := range p.Chain {
		links[i] = link{and: l.Op == "&&", run: c.pipeline(&syntax.Pipeline{Pos: l.Pos, EndPos: l.EndPos, Expr: l.Expr, Commands: l.Commands})}
	}
	return func(in *Interp, out func(any) error) error {
		if err := first(in, out); err != nil {
			return err
		}
		for _, l := range links {
			if l.and != in.lastOK {
				continue
			}
			if err := l.run(in, out); err != nil {
				return err
			}
		}
		return nil
	}
}
