package core

import (
	"fmt"

	"github.com/psh-project/psh/pipeline"
)

// ForEachObject is ForEach-Object (% and foreach): it runs a script block
// for each input object, in the caller's scope, or reads a member of it
// (ForEach-Object Name, ForEach-Object ToUpper).
type ForEachObject struct {
	InputObject  any                  `param:"ValueFromPipeline" help:"The objects to process."`
	Process_     []any                `param:"Name=Process,Position=0" help:"The script block run for each input object (or, as a string, the member to read)."`
	Begin_       pipeline.ScriptBlock `param:"Name=Begin" help:"A script block run before the first input object."`
	End_         pipeline.ScriptBlock `param:"Name=End" help:"A script block run after the last input object."`
	MemberName   string               `param:"" help:"The property to read or method to call on each input object."`
	ArgumentList []any                `param:"Alias=Args" help:"Arguments for the method named by -MemberName."`
	Remaining    []any                `param:"ValueFromRemainingArguments" help:"Further script blocks: the last is -End, the others -Process."`

	ready  bool
	blocks []pipeline.ScriptBlock
	emit   func(any) error
}

func (f *ForEachObject) setup() error {
	if f.ready {
		return nil
	}
	f.ready = true
	// ForEach-Object Name: the first positional argument is a string.
	if len(f.Process_) == 1 && f.MemberName == "" {
		if _, ok := f.Process_[0].(pipeline.ScriptBlock); !ok {
			f.MemberName = pipeline.ToString(f.Process_[0])
			f.ArgumentList = append(f.ArgumentList, f.Remaining...)
			f.Process_, f.Remaining = nil, nil
		}
	}
	for _, r := range append(f.Process_, f.Remaining...) {
		sb, ok := r.(pipeline.ScriptBlock)
		if !ok {
			return fmt.Errorf("Cannot bind parameter 'Process'. Cannot convert the \"%s\" value of type \"%s\" to type \"System.Management.Automation.ScriptBlock\".", pipeline.ToString(r), pipeline.TypeName(r))
		}
		f.blocks = append(f.blocks, sb)
	}
	f.Remaining = nil
	// With several blocks: begin, process..., end (PowerShell's rule).
	if len(f.blocks) >= 2 && f.Begin_ == nil && f.End_ == nil {
		f.Begin_ = f.blocks[0]
		if len(f.blocks) >= 3 {
			f.End_ = f.blocks[len(f.blocks)-1]
			f.blocks = f.blocks[1 : len(f.blocks)-1]
		} else {
			f.blocks = f.blocks[1:]
		}
	}
	return nil
}

// Begin runs the -Begin block.
func (f *ForEachObject) Begin(c *pipeline.Context) error {
	if err := f.setup(); err != nil {
		return err
	}
	if f.Begin_ != nil {
		return run(c, f.Begin_, nil, false)
	}
	return nil
}

// Process runs the process blocks, or the member, for one input object.
func (f *ForEachObject) Process(c *pipeline.Context) error {
	if err := f.setup(); err != nil {
		return err
	}
	in, has := c.Input()
	if !has {
		in = f.InputObject
		if !c.IsBound("InputObject") {
			has = false
		} else {
			has = true
		}
	}
	if f.MemberName != "" {
		return f.member(c, in)
	}
	if !has && c.ExpectingInput() {
		return nil
	}
	for _, sb := range f.blocks {
		if err := f.runCached(c, sb, in); err != nil {
			return err
		}
	}
	return nil
}

// End runs the -End block.
func (f *ForEachObject) End(c *pipeline.Context) error {
	if f.End_ != nil {
		return run(c, f.End_, nil, false)
	}
	return nil
}

func (f *ForEachObject) member(c *pipeline.Context, in any) error {
	if in == nil {
		return nil
	}
	if v, ok := pipeline.GetProperty(in, f.MemberName); ok && len(f.ArgumentList) == 0 {
		return c.EmitAll(v)
	}
	v, err := pipeline.CallMethod(in, f.MemberName, f.ArgumentList)
	if err != nil {
		c.WriteError(pipeline.NewError(err, "MethodInvocationException", pipeline.InvalidOperation, in))
		return nil
	}
	return c.EmitAll(v)
}

// run invokes sb in the caller's scope with $_ bound, streaming its output.
func run(c *pipeline.Context, sb pipeline.ScriptBlock, in any, hasInput bool) error {
	return sb.InvokeWith(c.Context(), pipeline.InvokeOptions{Input: in, HasInput: hasInput, DotSource: true, Context: c}, c.Emit)
}

// runCached is run with the emit function bound once per command.
func (f *ForEachObject) runCached(c *pipeline.Context, sb pipeline.ScriptBlock, in any) error {
	if f.emit == nil {
		f.emit = c.Emit
	}
	return sb.InvokeWith(c.Context(), pipeline.InvokeOptions{Input: in, HasInput: true, DotSource: true, Context: c}, f.emit)
}
