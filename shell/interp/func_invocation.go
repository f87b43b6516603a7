package interp

import (
	"path/filepath"

	"github.com/psh-project/psh/pipeline"
)

// invocationInfo is $MyInvocation: the command running and how it was
// called.
type invocationInfo struct {
	MyCommand        *pipeline.CommandInfo
	BoundParameters  *pipeline.Hashtable
	UnboundArguments []any
	InvocationName   string
	ScriptName       string
	PSScriptRoot     string
	PSCommandPath    string
	ExpectingInput   bool
}

// newInvocation describes this call of the function or script for
// $MyInvocation.
func (f *funcCmdlet) newInvocation() *invocationInfo {
	ci := f.fn.info()
	inv := &invocationInfo{MyCommand: ci, BoundParameters: f.bound, UnboundArguments: argsSlice(f.args),
		InvocationName: f.fn.name, ScriptName: f.fn.path}
	if f.fn.path != "" {
		inv.PSScriptRoot, inv.PSCommandPath = filepath.Dir(f.fn.path), f.fn.path
	}
	if f.script && f.fn.path != "" {
		ci.Name, ci.Type, ci.Definition = filepath.Base(f.fn.path), pipeline.ExternalScript, f.fn.path
		inv.InvocationName = f.fn.path
	}
	if f.ctx != nil {
		_, inv.ExpectingInput = f.ctx.Input()
	}
	return inv
}
