package interp

import (
	"errors"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// psCmdlet is $PSCmdlet in an advanced function: ShouldProcess and the
// Write* methods of the running command.
type psCmdlet struct {
	f *funcCmdlet
}

// GetProperty exposes ParameterSetName and MyInvocation.
func (p *psCmdlet) GetProperty(name string) (any, bool) {
	switch strings.ToLower(name) {
	case "parametersetname":
		if p.f.ctx == nil {
			return pipeline.AllParameterSets, true
		}
		return p.f.ctx.ParameterSetName(), true
	case "myinvocation":
		if p.f.invocation == nil {
			p.f.invocation = p.f.newInvocation()
		}
		return p.f.invocation, true
	}
	return nil, false
}

// CallMethod implements ShouldProcess, WriteVerbose, WriteWarning,
// WriteDebug, WriteError, WriteObject and ThrowTerminatingError.
func (p *psCmdlet) CallMethod(name string, args []any) (any, bool, error) {
	c := p.f.ctx
	str := func(i int) string {
		if i < len(args) {
			return pipeline.ToString(args[i])
		}
		return ""
	}
	switch strings.ToLower(name) {
	case "shouldprocess":
		if c == nil {
			return true, true, nil
		}
		target, action := str(0), p.f.fn.name
		if len(args) >= 2 {
			action = str(1)
		}
		return c.ShouldProcess(target, action), true, nil
	case "shouldcontinue":
		return true, true, nil
	case "writeverbose":
		if c != nil {
			c.WriteVerbose(str(0))
		}
		return nil, true, nil
	case "writewarning":
		if c != nil {
			c.WriteWarning(str(0))
		}
		return nil, true, nil
	case "writedebug":
		if c != nil {
			c.WriteDebug(str(0))
		}
		return nil, true, nil
	case "writeerror":
		if c != nil && len(args) > 0 {
			c.WriteError(errorArg(args[0]))
		}
		return nil, true, nil
	case "writeobject":
		if c != nil && len(args) > 0 {
			if len(args) > 1 && pipeline.ToBool(args[1]) {
				return nil, true, c.EmitAll(args[0])
			}
			return nil, true, c.Emit(args[0])
		}
		return nil, true, nil
	case "throwterminatingerror":
		if len(args) > 0 {
			rec := *pipeline.AsErrorRecord(errorArg(args[0]))
			rec.Terminating = true
			return nil, true, &rec
		}
		return nil, true, nil
	}
	return nil, false, nil
}

func errorArg(v any) error {
	switch x := v.(type) {
	case *pipeline.ErrorRecord:
		return x
	case error:
		return x
	}
	return errors.New(pipeline.ToString(v))
}
