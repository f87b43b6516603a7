package pipeline

import (
	"context"
	"strings"
)

// Cmdlet is a command written in Go. Process is called once per pipeline
// input object, or once when the command receives no pipeline input.
type Cmdlet interface {
	Process(c *Context) error
}

// Beginner is implemented by cmdlets that need to run once before the first
// input object (PowerShell's BeginProcessing).
type Beginner interface {
	Begin(c *Context) error
}

// Ender is implemented by cmdlets that need to run once after the last input
// object (PowerShell's EndProcessing); it may still emit objects.
type Ender interface {
	End(c *Context) error
}

// Disposer is implemented by cmdlets that hold resources (an open
// transaction, a file): Dispose runs once for every stage however the
// pipeline ends — after End, after a terminating error, or when a later
// stage stopped it early.
type Disposer interface {
	Dispose()
}

// Switch is the type of a switch parameter: present or not.
type Switch bool

// IsPresent reports whether the switch was given (or given as -Name:$true).
func (s Switch) IsPresent() bool { return bool(s) }

// ScriptBlock is a compiled script block as cmdlets see it. The interpreter
// implements it; cmdlets such as ForEach-Object and Where-Object call it.
type ScriptBlock interface {
	// InvokeWith runs the block. Output objects go to emit one at a time,
	// as they are produced.
	InvokeWith(ctx context.Context, opts InvokeOptions, emit func(any) error) error
	// String returns the block's source text without the braces.
	String() string
}

// InvokeOptions says how a script block runs.
type InvokeOptions struct {
	// Input is the value of $_ and $PSItem when HasInput is set.
	Input    any
	HasInput bool
	// Args are the block's $args (or bind to its param block).
	Args []any
	// DotSource runs the block in the caller's scope instead of a child
	// scope, as ForEach-Object and Where-Object do.
	DotSource bool
	// Context is the running cmdlet's context, if any: errors and warnings
	// the block writes go to its streams.
	Context *Context
}

// Invoke runs sb with $_ bound to input and returns everything it emits.
func Invoke(c *Context, sb ScriptBlock, input any, args ...any) ([]any, error) {
	var out []any
	ctx := context.Background()
	if c != nil {
		ctx = c.Context()
	}
	err := sb.InvokeWith(ctx, InvokeOptions{Input: input, HasInput: true, Args: args, DotSource: true, Context: c},
		func(v any) error { out = append(out, v); return nil })
	return out, err
}

// InvokeValue runs sb like Invoke and returns its output as one value: nil
// for no output, the object itself for one, a []any for several.
func InvokeValue(c *Context, sb ScriptBlock, input any, args ...any) (any, error) {
	out, err := Invoke(c, sb, input, args...)
	switch len(out) {
	case 0:
		return nil, err
	case 1:
		return out[0], err
	}
	return out, err
}

// GetProperty exposes IsPresent, as scripts read it ($Force.IsPresent).
func (s Switch) GetProperty(name string) (any, bool) {
	if strings.EqualFold(name, "IsPresent") {
		return bool(s), true
	}
	return nil, false
}

// ShouldProcesser is the optional capability of a cmdlet that changes
// things: when SupportsShouldProcess returns true the cmdlet takes -WhatIf
// and -Confirm, and Context.ShouldProcess honours them (and
// $WhatIfPreference, $ConfirmPreference). Without it ShouldProcess always
// returns true and -WhatIf is not a parameter, as in PowerShell.
type ShouldProcesser interface {
	SupportsShouldProcess() bool
}

// ConfirmImpacter is the optional capability that gives a cmdlet's
// ConfirmImpact ("Low", "Medium" or "High"): ShouldProcess asks for
// confirmation when it reaches $ConfirmPreference (High by default).
type ConfirmImpacter interface {
	ConfirmImpact() string
}

// ParameterResetter is the optional capability of a DynamicCmdlet that can
// undo a parameter's binding: before each input object the binder resets
// the parameters the previous object bound, so that they have their
// defaults again (and, for script functions, leave $PSBoundParameters).
type ParameterResetter interface {
	ResetParameter(p *ParamMeta) error
}
