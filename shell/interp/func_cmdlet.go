package interp

import (
	"errors"
	"path/filepath"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// funcCmdlet runs a script function (or a script block invoked with & or
// .) as a pipeline stage: the binder fills its parameters, then begin,
// process and end run in the function's own scope.
type funcCmdlet struct {
	fn     *function
	in     *Interp
	dot    bool
	script bool
	// invocation is $MyInvocation for this call.
	invocation *invocationInfo
	// called marks a script file run as a command from another script:
	// its exit ends only it, setting $LASTEXITCODE (exited).
	called, exited bool
	values         map[string]any
	args           []any
	scope          *scope
	inputs         []any
	bound          *pipeline.Hashtable
	common         *pipeline.CommonParams
	ctx            *pipeline.Context
	// caller is the scope the command was invoked from; output is passed
	// downstream with it current, so later stages do not run in the
	// function's scope.
	caller *scope
	emit   func(any) error
	// streams, when set, are in force while the body runs (-ErrorVariable).
	streams *pipeline.Streams
}

// errorVariableStreams returns the streams in force with errors also
// appended to the caller's -ErrorVariable (the binder created it).
func (f *funcCmdlet) errorVariableStreams(name string) *pipeline.Streams {
	name = strings.TrimPrefix(name, "+")
	key := strings.ToLower(name)
	s := f.in.defaultStreams()
	base, caller := s.Error, f.caller
	s.Error = func(rec *pipeline.ErrorRecord, pref pipeline.ActionPreference) {
		var list []any
		if v := caller.lookup(key); v != nil && v.value != nil {
			list = pipeline.ToSlice(v.value)
		}
		caller.local(key, name).value = append(list, rec)
		base(rec, pref)
	}
	return &s
}

// downstream wraps c.Emit so the next stage runs in the caller's scope.
func (f *funcCmdlet) downstream(c *pipeline.Context) func(any) error {
	if f.emit == nil {
		in := f.in
		f.emit = func(v any) error {
			saved := in.cur
			in.cur = f.caller
			err := c.Emit(v)
			in.cur = saved
			return err
		}
	}
	return f.emit
}

var (
	_ pipeline.DynamicCmdlet = (*funcCmdlet)(nil)
	_ pipeline.ArgsReceiver  = (*funcCmdlet)(nil)
)

// Parameters returns the function's parameter metadata.
func (f *funcCmdlet) Parameters() *pipeline.CommandMeta { return f.fn.body.meta }

// SetParameter records a bound value (converted to the declared type).
func (f *funcCmdlet) SetParameter(p *pipeline.ParamMeta, v any) error {
	d := f.def(p)
	if d != nil && d.ti != nil && !d.isSw && v != nil {
		cv, err := pipeline.ConvertToType(v, d.ti)
		if err != nil {
			return paramError(f.fn.name, d, err)
		}
		v = cv
	}
	if f.values == nil {
		f.values = map[string]any{}
	}
	f.values[strings.ToLower(p.Name)] = v
	if f.scope != nil {
		if v == nil && d != nil && d.isSw {
			v = pipeline.Switch(false)
		}
		f.scope.local(strings.ToLower(p.Name), p.Name).value = v
		if f.bound != nil {
			f.bound.Set(p.Name, v)
		}
	}
	return nil
}

// defaultValue is an unbound parameter's value: its default expression's,
// else $false for a switch, else its type's zero value (0 for [int]).
func (f *funcCmdlet) defaultValue(d *paramDef) (any, error) {
	switch {
	case d.def != nil:
		v, err := d.def(f.in)
		if err != nil {
			return nil, err
		}
		if d.ti != nil {
			if cv, err := pipeline.ConvertToType(v, d.ti); err == nil {
				v = cv
			}
		}
		return v, nil
	case d.isSw:
		return pipeline.Switch(false), nil
	case d.ti != nil && d.ti.Type != nil:
		if cv, err := pipeline.ConvertToType(nil, d.ti); err == nil {
			return cv, nil
		}
	}
	return nil, nil
}

// ResetParameter undoes the binding of a parameter the previous input
// object bound (pipeline.ParameterResetter): it gets its default again and
// leaves $PSBoundParameters, as in PowerShell.
func (f *funcCmdlet) ResetParameter(p *pipeline.ParamMeta) error {
	key := strings.ToLower(p.Name)
	delete(f.values, key)
	if f.bound != nil {
		f.bound.Remove(p.Name)
	}
	d := f.def(p)
	if f.scope == nil || d == nil {
		return nil
	}
	v, err := f.defaultValue(d)
	if err != nil {
		return err
	}
	f.scope.local(key, p.Name).value = v
	return nil
}

// SetArgs receives the arguments no parameter took ($args).
func (f *funcCmdlet) SetArgs(args []any) { f.args = args }

func (f *funcCmdlet) def(p *pipeline.ParamMeta) *paramDef {
	for _, d := range f.fn.body.params {
		if d.meta == p {
			return d
		}
	}
	return nil
}

// enter makes the function's scope current; leave restores the caller's.
func (f *funcCmdlet) enter() func() {
	in := f.in
	prev, prevStreams := in.cur, in.streams
	in.cur = f.scope
	if f.streams != nil {
		in.streams = f.streams
	}
	in.depth++
	return func() { in.cur, in.streams = prev, prevStreams; in.depth-- }
}

// setup creates the scope and binds parameters, $args and
// $PSBoundParameters; unbound parameters get their defaults.
func (f *funcCmdlet) setup() error {
	in := f.in
	f.caller = in.cur
	if f.dot {
		f.scope = in.cur
	} else {
		f.scope = newScope(in.cur)
		f.scope.script = f.script
	}
	sc := f.scope
	sc.local("args", "args").value = argsSlice(f.args)
	f.bound = pipeline.NewHashtable()
	f.invocation = f.newInvocation()
	if f.invocation.MyCommand.Name != "" {
		sc.local("myinvocation", "MyInvocation").value = f.invocation
	}
	if f.common != nil && f.common.ErrorAction != "" {
		sc.local("erroractionpreference", "ErrorActionPreference").value = f.common.ErrorAction
	}
	if f.common != nil && f.common.WarningAction != "" {
		sc.local("warningpreference", "WarningPreference").value = f.common.WarningAction
	}
	if f.common != nil && f.common.InformationAction != "" {
		sc.local("informationpreference", "InformationPreference").value = f.common.InformationAction
	}
	if f.common != nil && f.common.ErrorVariable != "" {
		f.streams = f.errorVariableStreams(f.common.ErrorVariable)
	}
	if f.common != nil && f.common.Verbose {
		sc.local("verbosepreference", "VerbosePreference").value = pipeline.Continue
	}
	if f.common != nil && f.common.Debug {
		sc.local("debugpreference", "DebugPreference").value = pipeline.Continue
	}
	// -WhatIf and -Confirm reach the commands the function runs through
	// its preference variables, as in PowerShell.
	if f.ctx != nil && f.ctx.IsBound("WhatIf") {
		sc.local("whatifpreference", "WhatIfPreference").value = bool(f.common.WhatIf)
	}
	if f.ctx != nil && f.ctx.IsBound("Confirm") {
		pref := "None"
		if f.common.Confirm {
			pref = "Low"
		}
		sc.local("confirmpreference", "ConfirmPreference").value = pref
	}
	defer f.enter()()
	for _, d := range f.fn.body.params {
		key := strings.ToLower(d.name)
		v, ok := f.values[key]
		if ok {
			f.bound.Set(d.name, v)
		} else {
			dv, err := f.defaultValue(d)
			if err != nil {
				return err
			}
			v = dv
		}
		vr := sc.local(key, d.name)
		vr.value = v
		if d.ti != nil && !d.isSw {
			vr.typ = &typeConstraint{info: d.ti}
		}
	}
	if f.ctx != nil && f.common != nil {
		for _, name := range pipeline.CommonParameterNames() {
			if f.ctx.IsBound(name) {
				v, _ := f.common.Value(name)
				f.bound.Set(name, v)
			}
		}
	}
	sc.local("psboundparameters", "PSBoundParameters").value = f.bound
	if f.fn.path != "" {
		sc.local("psscriptroot", "PSScriptRoot").value = filepath.Dir(f.fn.path)
		sc.local("pscommandpath", "PSCommandPath").value = f.fn.path
	}
	if f.fn.body.meta.Advanced {
		sc.local("pscmdlet", "PSCmdlet").value = &psCmdlet{f: f}
	}
	return nil
}

// maxCallDepth bounds nested function and script block calls, so runaway
// recursion is an error instead of a crash.
const maxCallDepth = 1000

// callDepthOverflow is PowerShell's error for runaway recursion.
func callDepthOverflow() error {
	return &pipeline.ErrorRecord{Err: errors.New("The script failed due to call depth overflow."),
		ID: "CallDepthOverflow", Category: pipeline.InvalidOperation, Terminating: true, ScriptTerminating: true}
}

func (f *funcCmdlet) begin(emit func(any) error) error {
	if f.in.depth >= maxCallDepth {
		return callDepthOverflow()
	}
	if err := f.setup(); err != nil {
		return err
	}
	if b := f.fn.body.begin; b != nil {
		defer f.enter()()
		return b.runBody(f.in, emit)
	}
	return nil
}

func (f *funcCmdlet) process(input any, has bool, emit func(any) error) error {
	if has {
		f.inputs = append(f.inputs, input)
	}
	b := f.fn.body.process
	if b == nil {
		return nil
	}
	defer f.enter()()
	sc := f.scope
	if has {
		sc.underVar().value = input
	}
	sc.local("input", "input").value = []any{input}
	return b.runBody(f.in, emit)
}

func (f *funcCmdlet) end(emit func(any) error) error {
	b := f.fn.body.end
	if b == nil {
		return nil
	}
	defer f.enter()()
	sc := f.scope
	in := f.inputs
	if in == nil {
		in = []any{}
	}
	sc.local("input", "input").value = in
	return b.runBody(f.in, emit)
}

// Begin runs the begin block.
func (f *funcCmdlet) Begin(c *pipeline.Context) error {
	f.common, f.ctx = c.Common(), c
	f.caller = f.in.cur
	return f.scriptExit(f.begin(f.downstream(c)))
}

// Process runs the process block for one input object.
func (f *funcCmdlet) Process(c *pipeline.Context) error {
	if f.exited {
		return nil
	}
	f.ctx = c
	in, has := c.Input()
	return f.scriptExit(f.process(in, has, f.downstream(c)))
}

// scriptExit ends a called script file at its exit: the caller goes on
// with $LASTEXITCODE set to the code, as in PowerShell. Elsewhere exit
// unwinds to the top and ends the run.
func (f *funcCmdlet) scriptExit(err error) error {
	var ee *ExitError
	if !f.called || !errors.As(err, &ee) {
		return err
	}
	f.exited = true
	if ee.Code != 0 {
		f.in.nativeFailed = true // $? is $false, as after a failed program
	}
	return f.in.SetVariable("global:LASTEXITCODE", int32(ee.Code))
}

// End runs the end block.
func (f *funcCmdlet) End(c *pipeline.Context) error {
	if f.exited {
		return nil
	}
	return f.scriptExit(f.end(f.downstream(c)))
}

// invokeDirect runs the block outside a pipeline (.Invoke(), & without
// pipeline input): arguments bind to parameters by position.
func (f *funcCmdlet) invokeDirect(opts pipeline.InvokeOptions, emit func(any) error) error {
	params := f.fn.body.params
	args := opts.Args
	for i, d := range params {
		if i >= len(args) || d.isSw {
			break
		}
		if err := f.SetParameter(d.meta, args[i]); err != nil {
			return err
		}
	}
	if len(args) > len(params) {
		f.args = args[len(params):]
	} else if len(params) == 0 {
		f.args = args
	}
	if err := f.begin(emit); err != nil {
		return err
	}
	if opts.HasInput {
		if err := f.process(opts.Input, true, emit); err != nil {
			return err
		}
	} else if f.fn.body.process != nil {
		if err := f.process(nil, false, emit); err != nil {
			return err
		}
	}
	return f.end(emit)
}

// invokeInput runs the block with input as its pipeline input: the
// process block once per object, $input in the end block.
func (f *funcCmdlet) invokeInput(input []any, emit func(any) error) error {
	if err := f.begin(emit); err != nil {
		return err
	}
	for _, v := range input {
		if err := f.process(v, true, emit); err != nil {
			return err
		}
	}
	return f.end(emit)
}
