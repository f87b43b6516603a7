package pipeline

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"strings"
)

// Command is one pipeline stage as the interpreter builds it.
type Command struct {
	// Info is the resolved command.
	Info *CommandInfo
	// Name is the name it was invoked by (an alias keeps its own name in
	// error messages, as PowerShell does not: we show Info.Name).
	Name string
	Args []Argument
	Pos  Position
	// Cmdlet is an instance to use instead of Info.New().
	Cmdlet Cmdlet
}

// ErrInputStopped is returned by Send once a later stage has asked for no
// more input; the producer should stop and call End.
var ErrInputStopped = errors.New("pipeline: input no longer wanted")

// Pipeline runs commands connected by |, synchronously: each Emit calls the
// next stage's Process directly.
type Pipeline struct {
	ctx       context.Context
	session   Session
	streams   Streams
	stages    []*stage
	out       func(any) error
	hasInput  bool
	stopAt    int
	inputDone bool // a stage asked for no more input (stopAt is 0 when the first one did)
	hadErrors bool
	stdin     *bufio.Reader
}

type stage struct {
	p           *Pipeline
	index       int
	name        string
	impl        string // the command's ImplementingType
	pos         Position
	cmdlet      Cmdlet
	b           *binder
	c           Context
	next        func(any) error
	expectInput bool
	gotInput    bool
	stopErr     *ErrorRecord
	outVar      *[]any
	errVar      *[]any
	yesToAll    bool
	noToAll     bool
}

// NewPipeline builds a pipeline and binds each command's arguments. hasInput
// says whether the caller will Send input to the first command. Output of
// the last command goes to out. A binding error is returned as a terminating
// *ErrorRecord.
func NewPipeline(ctx context.Context, s Session, streams Streams, cmds []*Command, hasInput bool, out func(any) error) (*Pipeline, error) {
	streams.fill()
	p := &Pipeline{ctx: ctx, session: s, streams: streams, out: out, hasInput: hasInput}
	p.stages = make([]*stage, len(cmds))
	for i, cmd := range cmds {
		st, err := p.newStage(i, cmd, hasInput || i > 0)
		if err != nil {
			return nil, err
		}
		p.stages[i] = st
	}
	for i, st := range p.stages {
		if i+1 < len(p.stages) {
			next := p.stages[i+1]
			st.next = next.process
		} else {
			st.next = out
		}
	}
	return p, nil
}

func (p *Pipeline) newStage(i int, cmd *Command, expectInput bool) (*stage, error) {
	c := cmd.Cmdlet
	if c == nil {
		c = cmd.Info.New()
	}
	name := cmd.Info.Name
	meta, err := MetaOf(c)
	if err != nil {
		return nil, &ErrorRecord{Err: err, ID: "CmdletInvocationException", Command: name, Pos: cmd.Pos, Terminating: true}
	}
	if r := cmd.Info.Restricted; r != nil && cmd.Cmdlet == nil {
		meta = r // the parameters the session's roles allow
	}
	st := &stage{p: p, index: i, name: name, impl: cmd.Info.ImplementingType, pos: cmd.Pos, cmdlet: c, expectInput: expectInput}
	st.b = newBinder(name, c, meta, cmd.Pos)
	st.c = Context{pipe: p, st: st}
	if err := st.b.bindArgs(cmd.Args); err != nil {
		return nil, withSource(bindingRecord(err, name, cmd.Pos), st.impl)
	}
	if err := st.b.checkMandatory(expectInput); err != nil {
		return nil, withSource(bindingRecord(err, name, cmd.Pos), st.impl)
	}
	st.b.snapshot()
	if v := st.b.values.OutVariable; v != "" {
		st.outVar = new([]any)
	}
	if v := st.b.values.ErrorVariable; v != "" {
		st.errVar = new([]any)
		if strings.HasPrefix(v, "+") {
			if old, ok := p.session.GetVariable(v[1:]); ok && old != nil {
				*st.errVar = append(*st.errVar, ToSlice(old)...)
			}
		}
		_ = p.session.SetVariable(strings.TrimPrefix(v, "+"), *st.errVar)
	}
	return st, nil
}

func bindingRecord(err error, name string, pos Position) error {
	var be *BindingError
	if errors.As(err, &be) {
		rec := be.record()
		if !rec.Pos.IsValid() {
			rec.Pos = pos
		}
		return rec
	}
	return err
}

// HadErrors reports whether any command wrote a non-terminating error
// (which makes $? false).
func (p *Pipeline) HadErrors() bool { return p.hadErrors }

// Begin runs each command's Begin, first to last.
func (p *Pipeline) Begin() error {
	for _, st := range p.stages {
		if b, ok := st.cmdlet.(Beginner); ok {
			if err := p.handle(st.finish(st.callBegin(b))); err != nil {
				return err
			}
		}
	}
	return nil
}

// Send gives one input object to the first command. It returns
// ErrInputStopped when no more input is wanted.
func (p *Pipeline) Send(v any) error {
	if p.inputDone {
		return ErrInputStopped
	}
	err := p.handle(p.stages[0].process(v))
	if err == nil && p.inputDone {
		return ErrInputStopped
	}
	return err
}

// End finishes the pipeline: a first command that got no input is
// processed once, then each command's End runs, first to last, each
// flushing into the next.
func (p *Pipeline) End() error {
	for i, st := range p.stages {
		if i < p.stopAt {
			continue
		}
		if i == 0 && !p.hasInput {
			if err := p.handle(st.processOnce()); err != nil {
				return err
			}
			if i < p.stopAt {
				continue
			}
		}
		if e, ok := st.cmdlet.(Ender); ok {
			if err := p.handle(st.finish(st.callEnd(e))); err != nil {
				return err
			}
		}
		st.flushVariables()
	}
	return nil
}

// Dispose calls Dispose on every stage that implements Disposer. Callers
// run it once the pipeline is over, whatever the outcome.
func (p *Pipeline) Dispose() {
	for _, st := range p.stages {
		if d, ok := st.cmdlet.(Disposer); ok {
			d.Dispose()
		}
	}
}

// Run is Begin, Send for each input value, then End, then Dispose.
func (p *Pipeline) Run(input []any) error {
	defer p.Dispose()
	if err := p.Begin(); err != nil {
		return err
	}
	for _, v := range input {
		if err := p.Send(v); err != nil {
			if err == ErrInputStopped {
				break
			}
			return err
		}
	}
	return p.End()
}

func (p *Pipeline) handle(err error) error {
	if err == nil {
		return nil
	}
	// Only this pipeline's own stop signal ends here: one from the
	// pipeline a function's output feeds (gen | Select-Object -First 1,
	// where gen runs Write-Output) must unwind through this one too.
	var se *stoppedError
	if errors.As(err, &se) && se.p == p {
		p.inputDone = true
		if se.stage > p.stopAt {
			p.stopAt = se.stage
		}
		return nil
	}
	return err
}

func (st *stage) process(v any) error {
	st.gotInput = true
	c := &st.c
	c.input, c.hasInput = v, true
	ok, err := st.b.bindInput(c, v)
	if err != nil {
		c.WriteError(withSource(bindingRecord(err, st.name, st.pos), st.impl))
		return st.checkStop()
	}
	if !ok {
		// A simple function without pipeline parameters takes its input
		// as $input; a cmdlet, an advanced function or one whose pipeline
		// parameters all refused it needs a parameter that binds it.
		if _, dyn := st.cmdlet.(DynamicCmdlet); st.b.meta.TakesPipelineInput() || !dyn || st.b.meta.Advanced {
			c.WriteError(&ErrorRecord{Err: errors.New("The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input."),
				ID: "InputObjectNotBound", Category: InvalidArgument, Target: v})
			return st.checkStop()
		}
	}
	if err := st.b.missingForInput(); err != nil {
		c.WriteError(withSource(bindingRecord(err, st.name, st.pos), st.impl))
		return st.checkStop()
	}
	return st.finish(st.callProcess(c))
}

func (st *stage) processOnce() error {
	st.c.input, st.c.hasInput = nil, false
	return st.finish(st.callProcess(&st.c))
}

// callBegin, callProcess and callEnd run one call into the command; a
// panic in it becomes a terminating error attributed to the command (see
// recovered), so the script's catch, trap and finally blocks see it like
// any other failure.
func (st *stage) callBegin(b Beginner) (err error) {
	defer st.recovered(&err)
	return b.Begin(&st.c)
}

func (st *stage) callProcess(c *Context) (err error) {
	defer st.recovered(&err)
	return st.cmdlet.Process(c)
}

func (st *stage) callEnd(e Ender) (err error) {
	defer st.recovered(&err)
	return e.End(&st.c)
}

// recovered turns a panic of a Go command into its error. A script
// function's or script block's panic is the interpreter's own bug: it goes
// on up to the API boundary, which reports it as one.
func (st *stage) recovered(err *error) {
	if r := recover(); r != nil {
		if _, dyn := st.cmdlet.(DynamicCmdlet); dyn {
			panic(r)
		}
		*err = &ErrorRecord{Err: fmt.Errorf("The command failed unexpectedly: %v", r), ID: "CommandPanicked",
			Category: NotSpecified, Command: st.name, Source: st.impl, Pos: st.pos, Terminating: true}
	}
}

func (st *stage) checkStop() error {
	if st.stopErr != nil {
		return st.stopErr
	}
	return nil
}

// finish turns a command's result into what the runner propagates.
func (st *stage) finish(err error) error {
	if st.stopErr != nil {
		return st.stopErr
	}
	if err == nil {
		return nil
	}
	if err == StopUpstream {
		st.p.inputDone = true
		if st.index > st.p.stopAt {
			st.p.stopAt = st.index
		}
		return &stoppedError{p: st.p, stage: st.index}
	}
	var se *stoppedError
	if errors.As(err, &se) {
		return err
	}
	var rec *ErrorRecord
	if errors.As(err, &rec) {
		if !rec.Terminating {
			r := *rec
			r.Terminating = true
			if r.Command == "" {
				r.Command, r.Source = st.name, st.impl
			}
			if !r.Pos.IsValid() {
				r.Pos = st.pos
			}
			return &r
		}
		return err
	}
	var be *BindingError
	if errors.As(err, &be) {
		return withSource(bindingRecord(err, st.name, st.pos), st.impl)
	}
	var fc FlowControl
	if errors.As(err, &fc) {
		return err
	}
	// A command that gave up because the run was cancelled (returning
	// ctx.Err(), or a program killed by it) stops the run.
	if cerr := st.p.ctx.Err(); cerr != nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || IsPipelineStopped(err)) {
		return PipelineStopped(cerr)
	}
	return &ErrorRecord{Err: err, ID: "CmdletInvocationException", Category: NotSpecified,
		Command: st.name, Source: st.impl, Pos: st.pos, Terminating: true}
}

func (st *stage) preference(param, variable string) ActionPreference {
	v := st.b.values
	switch param {
	case "ErrorAction":
		if v.ErrorAction != "" {
			return v.ErrorAction
		}
	case "WarningAction":
		if v.WarningAction != "" {
			return v.WarningAction
		}
	}
	return st.sessionPref(variable, Continue)
}

func (st *stage) sessionPref(variable string, def ActionPreference) ActionPreference {
	if val, ok := st.p.session.GetVariable(variable); ok {
		return ParsePreference(val, def)
	}
	return def
}

func (st *stage) addErrorVariable(rec *ErrorRecord) {
	if st.errVar == nil {
		return
	}
	*st.errVar = append(*st.errVar, rec)
	_ = st.p.session.SetVariable(strings.TrimPrefix(st.b.values.ErrorVariable, "+"), *st.errVar)
}

func (st *stage) flushVariables() {
	if st.outVar != nil {
		name := st.b.values.OutVariable
		list := *st.outVar
		if strings.HasPrefix(name, "+") {
			name = name[1:]
			if old, ok := st.p.session.GetVariable(name); ok && old != nil {
				list = append(ToSlice(old), list...)
			}
		}
		_ = st.p.session.SetVariable(name, list)
	}
}

// withSource names the implementing type in a binding error's record.
func withSource(err error, impl string) error {
	if rec, ok := err.(*ErrorRecord); ok && rec.Source == "" {
		rec.Source = impl
	}
	return err
}
