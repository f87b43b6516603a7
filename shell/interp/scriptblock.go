package interp

import (
	"context"
	"strings"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell/syntax"
)

// compiledBlock is a script block body compiled once: its parameters and
// its begin, process and end blocks (a plain body is the end block).
type compiledBlock struct {
	text     string
	params   []*paramDef
	meta     *pipeline.CommandMeta
	begin    *block
	process  *block
	end      *block
	hasParam bool
	src      *source
	pos      pipeline.Position
}

func (c *compiler) scriptBody(sb *syntax.ScriptBlock, text string, extra []*syntax.Parameter, filter bool) *compiledBlock {
	cb := &compiledBlock{text: text, src: c.src, pos: c.src.pos(sb.Pos, sb.EndPos)}
	params := extra
	var attrs []*syntax.Attribute
	if sb.Param != nil {
		params = sb.Param.Params
		cb.hasParam = true
	}
	if len(extra) > 0 {
		cb.hasParam = true
	}
	attrs = sb.Attributes
	cb.params, cb.meta = c.params(params, attrs)
	for _, nb := range sb.Named {
		b := c.body(nb.Body)
		switch nb.Name {
		case "begin":
			cb.begin = b
		case "process":
			cb.process = b
		case "end":
			cb.end = b
		}
	}
	if len(sb.Named) == 0 {
		b := c.statements(sb.Statements)
		if filter {
			cb.process = b
		} else {
			cb.end = b
		}
	}
	return cb
}

func (c *compiler) scriptBlockLiteral(p *syntax.ScriptBlockExpr) *compiledBlock {
	return c.scriptBody(p.Body, p.Text, nil, false)
}

// scriptBlock is a script block value: compiled code plus the session it
// runs in.
type scriptBlock struct {
	cb *compiledBlock
	in *Interp
	// argsIn caches that scope argsIn had its own $args at generation
	// argsGen (runDotSourced asks per input object).
	argsIn  *scope
	argsGen uint64
}

// hasArgs reports whether sc has its own $args variable.
func (sb *scriptBlock) hasArgs(sc *scope) bool {
	if sb.argsIn == sc && sb.argsGen == *sc.gen {
		return true
	}
	if sc.vars["args"] == nil {
		return false
	}
	sb.argsIn, sb.argsGen = sc, *sc.gen
	return true
}

func (cb *compiledBlock) bind(in *Interp) *scriptBlock { return &scriptBlock{cb: cb, in: in} }

// String returns the source text between the braces.
func (sb *scriptBlock) String() string { return sb.cb.text }

// GetProperty exposes Ast-less members scripts use.
func (sb *scriptBlock) GetProperty(name string) (any, bool) {
	switch strings.ToLower(name) {
	case "file":
		return sb.cb.src.file, true
	case "isfilter":
		return false, true
	}
	return nil, false
}

// InvokeWith runs the block: in the caller's scope when DotSource, else in
// a new child scope; $_ is opts.Input when HasInput.
func (sb *scriptBlock) InvokeWith(ctx context.Context, opts pipeline.InvokeOptions, emit func(any) error) error {
	in := sb.in
	prevCtx := in.ctx
	if ctx != nil && ctx != in.ctx {
		in.ctx = ctx
		defer func() { in.ctx = prevCtx }()
	}
	if opts.DotSource && !sb.cb.hasParam {
		return sb.runDotSourced(opts, emit)
	}
	f := &funcCmdlet{fn: &function{name: "", body: sb.cb}, in: in, dot: opts.DotSource}
	return f.invokeDirect(opts, emit)
}

// runDotSourced runs the block in the current scope with $_ and $args set,
// restoring them afterwards (ForEach-Object and Where-Object blocks).
func (sb *scriptBlock) runDotSourced(opts pipeline.InvokeOptions, emit func(any) error) error {
	in := sb.in
	sc := in.cur
	under := sc.underVar()
	oldUnder := under.value
	if opts.HasInput {
		under.value = opts.Input
	}
	var argsVar *variable
	var oldArgs any
	if opts.Args != nil || !sb.hasArgs(sc) {
		argsVar = sc.local("args", "args")
		oldArgs = argsVar.value
		argsVar.value = argsSlice(opts.Args)
	}
	err := sb.cb.runBlocks(in, emit)
	under.value = oldUnder
	if argsVar != nil {
		argsVar.value = oldArgs
	}
	return err
}

// runBlocks runs begin, process and end in order.
func (cb *compiledBlock) runBlocks(in *Interp, emit func(any) error) error {
	if cb.begin != nil {
		if err := cb.begin.runBody(in, emit); err != nil {
			return err
		}
	}
	if cb.process != nil {
		if err := cb.process.runBody(in, emit); err != nil {
			return err
		}
	}
	if cb.end != nil {
		return cb.end.runBody(in, emit)
	}
	return nil
}

func argsSlice(a []any) []any {
	if a == nil {
		return []any{}
	}
	return a
}

// runBody runs a function or script block body: return ends it.
func (b *block) runBody(in *Interp, out func(any) error) error {
	err := b.run(in, out)
	if r, ok := err.(*returnSignal); ok {
		for _, v := range r.values {
			if err := out(v); err != nil {
				return err
			}
		}
		return nil
	}
	return err
}
