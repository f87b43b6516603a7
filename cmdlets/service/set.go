package service

import (
	"fmt"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/server/control"
)

// SetService is Set-Service: it changes a service's start type.
type SetService struct {
	cl *client

	Name        string          `param:"Position=0,Mandatory,ValueFromPipelineByPropertyName,Alias=ServiceName" help:"The service name."`
	StartupType string          `param:"Alias=StartMode|SM|ST,ValidateSet=Automatic|Manual|Disabled" help:"Automatic (started with pshd), Manual or Disabled."`
	PassThru    pipeline.Switch `param:"" help:"Writes the service object after the change."`
}

// SupportsShouldProcess gives Set-Service -WhatIf and -Confirm.
func (*SetService) SupportsShouldProcess() bool { return true }

// Process implements pipeline.Cmdlet.
func (s *SetService) Process(c *pipeline.Context) error {
	infos, running, err := s.cl.list(c.Context())
	if err != nil {
		return pipeline.NewError(err, "ServiceControlFailed", pipeline.ConnectionError, nil)
	}
	m := match(infos, s.Name, false)
	if len(m) != 1 {
		notFound(c, s.Name, false)
		return nil
	}
	i := m[0]
	target := fmt.Sprintf("%s (%s)", i.DisplayName, i.Name)
	if !c.IsBound("StartupType") {
		return s.emit(c, i)
	}
	t, err := control.ParseStartType(s.StartupType)
	if err != nil {
		return pipeline.NewError(err, "InvalidArgument", pipeline.InvalidArgument, s.StartupType)
	}
	if !c.ShouldProcess(target, "Set-Service") {
		return nil
	}
	cl, hint := s.cl.get()
	if !running {
		c.WriteError(pipeline.NewError(fmt.Errorf("Service '%s' cannot be configured because the psh server is not running. Start it with: %s", target, hint),
			"CouldNotSetService,Microsoft.PowerShell.Commands.SetServiceCommand", pipeline.ResourceUnavailable, i.Name))
		return nil
	}
	got, err := cl.SetStartType(c.Context(), i.Name, t)
	if err != nil {
		c.WriteError(pipeline.NewError(err, "CouldNotSetService,Microsoft.PowerShell.Commands.SetServiceCommand", pipeline.PermissionDenied, i.Name))
		return nil
	}
	return s.emit(c, got)
}

func (s *SetService) emit(c *pipeline.Context, i control.ServiceInfo) error {
	if !s.PassThru {
		return nil
	}
	return c.Emit(controllerOf(i))
}
