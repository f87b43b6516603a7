package service

import (
	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/server/control"
)

// ModuleName is the name of the module Module returns.
const ModuleName = "Microsoft.PowerShell.Management"

// SocketFunc returns the control socket's path and how pshd is started for
// this shell's directory (for the "not running" message). It is called when
// a cmdlet first needs it.
type SocketFunc func() (socket, startHint string)

// Module returns the service cmdlets, talking to the pshd whose control
// socket socket names.
func Module(socket SocketFunc) *pipeline.Module {
	cl := &client{socket: socket}
	cmd := func(name string, help *pipeline.Help, New func() pipeline.Cmdlet) *pipeline.CommandInfo {
		return &pipeline.CommandInfo{Name: name, New: New, Help: help, Module: ModuleName, Type: pipeline.CmdletCommand,
			ImplementingType: "Microsoft.PowerShell.Commands." + stripDash(name) + "Command"}
	}
	return &pipeline.Module{
		Name: ModuleName,
		Commands: []*pipeline.CommandInfo{
			cmd("Get-Service", getServiceHelp, func() pipeline.Cmdlet { return &GetService{cl: cl} }),
			cmd("Start-Service", startServiceHelp, func() pipeline.Cmdlet { return &StartService{action: action{cl: cl, op: "start"}} }),
			cmd("Stop-Service", stopServiceHelp, func() pipeline.Cmdlet { return &StopService{action: action{cl: cl, op: "stop"}} }),
			cmd("Restart-Service", restartServiceHelp, func() pipeline.Cmdlet { return &RestartService{action: action{cl: cl, op: "restart"}} }),
			cmd("Set-Service", setServiceHelp, func() pipeline.Cmdlet { return &SetService{cl: cl} }),
		},
		Aliases: map[string]string{"gsv": "Get-Service", "sasv": "Start-Service", "spsv": "Stop-Service"},
		Views: []pipeline.View{{TypeName: "System.ServiceProcess.ServiceController", Kind: pipeline.TableView,
			Columns: []pipeline.Column{{Property: "Status"}, {Property: "Name"}, {Property: "DisplayName"}}}},
	}
}

func stripDash(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != '-' {
			out = append(out, s[i])
		}
	}
	return string(out)
}

// client is the module's connection to pshd.
type client struct {
	socket SocketFunc
}

func (c *client) get() (*control.Client, string) {
	path, hint := c.socket()
	return control.NewClient(path), hint
}
