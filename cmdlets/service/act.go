package service

import (
	"errors"
	"fmt"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/server/control"
)

// action is what Start-Service, Stop-Service and Restart-Service share:
// find the services, ask (-WhatIf, -Confirm), send the request to pshd.
type action struct {
	cl *client
	op string

	Name     []string        `param:"Position=0,Mandatory,ValueFromPipeline,ValueFromPipelineByPropertyName,Alias=ServiceName" help:"Service names; wildcards are permitted."`
	PassThru pipeline.Switch `param:"" help:"Writes the service objects after the change."`
	Force    pipeline.Switch `param:"" help:"Accepted for compatibility: pshd's services have no dependent services."`
}

// SupportsShouldProcess gives the cmdlets -WhatIf and -Confirm.
func (*action) SupportsShouldProcess() bool { return true }

var opWords = map[string]string{"start": "started", "stop": "stopped", "restart": "restarted"}

func (a *action) process(c *pipeline.Context) error {
	infos, running, err := a.cl.list(c.Context())
	if err != nil {
		return pipeline.NewError(err, "ServiceControlFailed", pipeline.ConnectionError, nil)
	}
	for _, n := range a.Name {
		m := match(infos, n, false)
		if len(m) == 0 && !pipeline.HasWildcard(n) {
			notFound(c, n, false)
		}
		for _, i := range m {
			if err := a.one(c, i, running); err != nil {
				return err
			}
		}
	}
	return nil
}

func (a *action) one(c *pipeline.Context, i control.ServiceInfo, running bool) error {
	target := fmt.Sprintf("%s (%s)", i.DisplayName, i.Name)
	if !c.ShouldProcess(target, c.CommandName()) {
		return nil
	}
	if !running && a.op == "stop" {
		return a.emit(c, i) // stopping a service of a stopped pshd: already done
	}
	cl, hint := a.cl.get()
	if !running {
		c.WriteError(pipeline.NewError(fmt.Errorf("Service '%s' cannot be %s because the psh server is not running. Start it with: %s", target, opWords[a.op], hint),
			a.errorID(), pipeline.ResourceUnavailable, i.Name))
		return nil
	}
	got, err := cl.Act(c.Context(), a.op, i.Name)
	if err != nil {
		var se *control.ServerError
		if !errors.As(err, &se) && !errors.Is(err, control.ErrNotRunning) {
			err = fmt.Errorf("Service '%s' cannot be %s: %w", target, opWords[a.op], err)
		}
		c.WriteError(pipeline.NewError(err, a.errorID(), openError, i.Name))
		return nil
	}
	return a.emit(c, got)
}

func (a *action) errorID() string {
	id := map[string]string{"start": "CouldNotStartService", "stop": "CouldNotStopService", "restart": "CouldNotStartService"}[a.op]
	return id + ",Microsoft.PowerShell.Commands." + map[string]string{"start": "StartServiceCommand", "stop": "StopServiceCommand", "restart": "RestartServiceCommand"}[a.op]
}

func (a *action) emit(c *pipeline.Context, i control.ServiceInfo) error {
	if !a.PassThru {
		return nil
	}
	return c.Emit(controllerOf(i))
}

// StartService is Start-Service.
type StartService struct{ action }

// Process implements pipeline.Cmdlet.
func (s *StartService) Process(c *pipeline.Context) error { return s.process(c) }

// StopService is Stop-Service.
type StopService struct{ action }

// Process implements pipeline.Cmdlet.
func (s *StopService) Process(c *pipeline.Context) error { return s.process(c) }

// RestartService is Restart-Service: stop then start; the service reads
// its settings again and its open sessions end.
type RestartService struct{ action }

// Process implements pipeline.Cmdlet.
func (s *RestartService) Process(c *pipeline.Context) error { return s.process(c) }

// openError is PowerShell's category for a service that cannot be
// started or stopped.
const openError = pipeline.ErrorCategory("OpenError")
